package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Dates written with digits only, with an optional attached time of day:
 * <ul>
 *   <li>ISO 8601 {@code 2024-02-11}, {@code 2024-02-11T10:30:00Z}, {@code 2024/02/11 10:30}: 0.95;
 *   <li>US and European day-month orders {@code 03/14/1985}, {@code 14.03.1985}, {@code 2/24/2101}:
 *       0.9 with a 4-digit year, 0.7 with a 2-digit year ({@code 3/14/85});
 *   <li>month/day without a year {@code 10/12}, {@code 2/24} (clinical notes): 0.55 when the day
 *       has two digits, 0.5 with a one-digit day below the month ({@code 10/5}, {@code 3/2}), 0.35
 *       otherwise ({@code 1/2} is more often a fraction, {@code 5/10} a rating),
 *       0.55 again with a clock time after it ({@code 10/3 11:00}) or alone in brackets with the
 *       month above the day ({@code (8/1)}, not {@code (1/2)});
 *   <li>month/year {@code 10/2006}: 0.6;
 *   <li>compact {@code 19850314}: 0.3.
 * </ul>
 * Impossible dates (month 13, day 32, 30 February) are rejected; one separator is used throughout.
 * Low scores rise with cue words ("dob", "date", "on", "since", ...; "available", "target d/c", a
 * weekday right before); "pain" or "score" lower them ({@code pain 5/10} is a rating), and so does a
 * word after that makes it a fraction or a grade ({@code 1/2 hour}, {@code 3/6 systolic murmur}).
 */
public final class NumericDateRecognizer implements Recognizer {

    @Override
    public String name() {
        return "date_numeric";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(
                ContextRule.boost(EntityType.DATE, 0.3, "dob", "d.o.b", "born", "birth", "birthday", "date", "dated",
                        "on", "since", "until", "admitted", "discharged", "admission", "discharge", "seen", "visit",
                        "from", "due", "expires", "effective", "signed", "surgery", "died", "deceased", "home",
                        "started", "scheduled", "appt", "appointment", "planned", "labs", "lab", "note", "meeting",
                        "rounds", "adm", "admit", "placed", "inserted", "removed", "transferred", "dc", "ed", "er",
                        "done", "intubated", "extubated", "by", "next", "lmp", "last", "today", "presented",
                        "cta", "ct", "mri", "cxr", "echo", "ekg", "egd", "orif", "cabg", "cath", "tee", "tte", "biopsy",
                        "pulled", "changed", "drawn", "intubation", "extubation", "stay", "adhesions", "removal", "s/p",
                        "returned", "drain", "training", "hx", "npn", "sched", "schd", "booked", "level", "levels")
                        .window(3, 0),
                // words of planning and paperwork right before a month/day: "bed available 6/3",
                // "accepted for 2/10",
                // "(SUBMITTED 5/2)", "Target d/c 8/5", "Follow up Friday 6/7", "week of 6/3"; two
                // words only, since "after", "repeat" and the like also come before a fraction
                ContextRule.boost(EntityType.DATE, 0.3, "available", "submitted", "target", "d/c", "f/u", "follow",
                        "followup", "follow-up", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "through",
                        "thru", "starting", "after", "before", "sent", "faxed", "received", "expected", "returned",
                        "recheck", "repeat", "week of", "as of", "approved", "denied", "pending", "tentative",
                        "tentatively", "rescheduled", "accepted", "accepting", "availability", "avail", "booked", "for", "mtg",
                        "set", "rtc", "clinic", "hc", "appt", "w/u", "eval", "visit")
                        .window(2, 0),
                // ratings and ventilator settings: "pain 5/10", "PSV 10/5", "BiPAP 12/5"
                ContextRule.suppress(EntityType.DATE, 0.4, "pain", "score", "scale", "rated", "ratio", "strength",
                        "grade", "tab", "tabs", "page", "pages", "psv", "ps", "peep", "cpap", "bipap", "murmur",
                        "motor", "power", "reflexes", "apgar", "apgars", "gcs", "x", "sem", "ie", "i:e", "tof", "twitches")
                        .window(2, 1).only(name()),
                // a fraction or a grade is told by the word after it: "1/2 hour", "2/3 of", "1/2 NS",
                // "3/6 systolic murmur", "2/6 SEM", "+2/4 pulses", "1/1 sitter"
                ContextRule.suppress(EntityType.DATE, 0.4, "of", "hour", "hours", "hr", "hrs", "ns", "dose", "doses",
                        "cup", "cups", "glass", "way", "inch", "mile", "miles", "tsp", "tbsp", "systolic", "diastolic",
                        "holosystolic", "murmur", "sem", "hsm", "pulse", "pulses", "sitter", "tablet", "strength",
                        "normal", "lb", "lbs", "dilution", "l", "lnc", "nc", "lpm", "liters", "day", "days", "wk",
                        "wks", "week", "weeks", "times", "mg", "mcg", "units", "u", "cc", "ml", "min", "mins",
                        "minutes", "beats", "bpm", "mmhg", "years", "yrs", "months", "mos")
                        .window(0, 1).only(name()));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        String s = text.string();
        int[] g = new int[6];
        // a date starts at a digit that starts a word token (a digit inside a token follows a
        // letter or digit, which is glue), so the shared index of tokens with a digit is walked
        int next = 0;
        for (int k = 0, n = text.digitTokenCount(); k < n; k++) {
            int st = text.tokenStart(text.digitToken(k));
            // "4/3-4/11": the second date of a range follows the first one's hyphen
            boolean rangeEnd = st > 1 && st == next + 1 && s.charAt(next) == '-' && !out.isEmpty()
                    && out.get(out.size() - 1).end() == next && out.get(out.size() - 1).recognizer().equals(name());
            if (st < next || !DateParts.isDigit(s.charAt(st)) || (st > 0 && isGlue(s, st - 1) && !rangeEnd)) {
                continue;
            }
            next = candidate(text, st, g, out, rangeEnd);
        }
    }

    /** Reads digit groups at {@code start} into {@code g} (start/end pairs), reports a date; returns where to go on. */
    private int candidate(Text text, int start, int[] g, List<Finding> out, boolean rangeEnd) {
        String s = text.string();
        int n = s.length();
        int groups = 0;
        char sep = 0;
        int i = start;
        while (true) {
            int e = DateParts.digitsEnd(s, i, 9);
            if (groups == 3) {
                return skipRun(s, e); // a fourth group: an IP, a version or a longer code
            }
            g[2 * groups] = i;
            g[2 * groups + 1] = e;
            groups++;
            if (e + 1 < n && "/-.".indexOf(s.charAt(e)) >= 0 && DateParts.isDigit(s.charAt(e + 1))
                    && (sep == 0 || sep == s.charAt(e))) {
                sep = s.charAt(e);
                i = e + 1;
            } else {
                i = e;
                break;
            }
        }
        int end = i;
        boolean timeFollows = end < n && s.charAt(end) == 'T';
        if (end < n && Character.isLetter(s.charAt(end)) && !timeFollows) {
            return end;
        }
        double score = score(s, g, groups, sep);
        if (score > 0 && score < SURE_MONTH_DAY && groups == 2 && sep == '/' && afterDateAndWord(s, start, out)) {
            score = SURE_MONTH_DAY; // "discharge 6/5 or 6/6", "on 3/2 and 3/9": the second of two dates
        }
        if (score > 0 && groups == 2 && sep == '/' && (rangeEnd || rangeStart(s, end))
                && !(rating(DateParts.value(s, g[0], g[1]), DateParts.value(s, g[2], g[3])) && s.charAt(g[0]) != '0')) {
            // "IABP (10/26-10/30)", "MICU stay 5/3-5/5": two month/day dates joined by a hyphen
            score = Math.max(score, RANGE_SCORE);
            if (rangeEnd) {
                Finding first = out.remove(out.size() - 1);
                out.add(new Finding(EntityType.DATE, first.start(), first.end(), Math.max(first.score(), RANGE_SCORE),
                        name()));
            }
        }
        if (score > 0) {
            int withTime = groups >= 2 ? DateParts.timeEnd(s, end) : end;
            if (timeFollows && withTime == end) {
                return end;
            }
            if (groups == 2 && score < SURE_MONTH_DAY && !rangeEnd && sep == '/'
                    && (withTime > end || wrapped(s, start, end, g) || closesClause(s, start, end)
                            && !rating(DateParts.value(s, g[0], g[1]), DateParts.value(s, g[2], g[3])))) {
                // "f/u with Dr. Iyer 10/3 11:00": a clock time after it; "DLCO 88% (8/1)": alone in
                // brackets and no proper fraction (month above day, so not "(1/2)", "(2/3)")
                score = SURE_MONTH_DAY;
            }
            out.add(new Finding(EntityType.DATE, start, withTime, score, name()));
            return withTime;
        }
        return end;
    }

    /**
     * "s/p VATS decortication 2/5, chest tubes out 2/9.", "coiled 3/6. Now": a month/day after a
     * word, ending its clause (a mark, a line break or the text's end after it), with '/' only: a
     * rating or a fraction stands before a word ("2/6 SEM", "1/2 tab"), after a word that says so
     * ("murmur 3/6.", "Motor 4/5,": the context stage's suppressing words) or has a rating's shape
     * ("HA 6/10,", "2/5.": out of ten or five, checked by the caller).
     */
    private static boolean closesClause(String s, int start, int end) {
        if (end < s.length()) {
            char c = s.charAt(end);
            if (c != '.' && c != ',' && c != ';' && c != '\n' && c != '\r') {
                return false;
            }
            if (c == '.' && end + 1 < s.length() && DateParts.isDigit(s.charAt(end + 1))) {
                return false; // "2/5.5"
            }
        }
        int p = start - 1;
        while (p >= 0 && s.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && p < start - 1 && Character.isLetter(s.charAt(p));
    }

    /** Whether this recognizer's last finding ends right before " or ", " and " or ", " before {@code start}. */
    private boolean afterDateAndWord(String s, int start, List<Finding> out) {
        if (out.isEmpty() || !out.get(out.size() - 1).recognizer().equals(name())) {
            return false;
        }
        int prev = out.get(out.size() - 1).end();
        int gap = start - prev;
        return gap == 4 && s.startsWith(" or ", prev) || gap == 5 && s.startsWith(" and ", prev)
                || gap == 2 && s.startsWith(", ", prev);
    }

    /** Score of a month/day that a time follows or that stands alone in brackets. */
    private static final double SURE_MONTH_DAY = 0.55;

    /** "(8/1)": a month/day alone in brackets whose month is above its day, and no rating. */
    private static boolean wrapped(String s, int start, int end, int[] g) {
        int month = DateParts.value(s, g[0], g[1]);
        int day = DateParts.value(s, g[2], g[3]);
        return start > 0 && end < s.length() && s.charAt(start - 1) == '(' && s.charAt(end) == ')'
                && month > day && !rating(month, day);
    }

    /** "NPN 3-11", "11-7 shift", "7-3": a nursing shift (hours 7, 3, 11, 19 or 23 at both ends), not a date. */
    private static boolean shift(int a, int b) {
        return shiftHour(a) && shiftHour(b);
    }

    private static boolean shiftHour(int h) {
        return h == 7 || h == 3 || h == 11 || h == 19 || h == 23;
    }

    /** "6/10" (pain), "4/5" (motor strength): a rating on a scale of 10 or of 5, not a date. */
    private static boolean rating(int a, int b) {
        return b == 10 || b == 5 && a <= 5;
    }

    /** Score of a month-day written with a hyphen: below the threshold unless a date cue raises it. */
    private static final double HYPHEN_MONTH_DAY = 0.2;

    /** Score of a month/day date that is one end of a range of two. */
    private static final double RANGE_SCORE = 0.6;

    /** Whether "-m/d" follows at {@code end}: a range of two month/day dates. */
    private static boolean rangeStart(String s, int end) {
        int n = s.length();
        if (end + 3 >= n || s.charAt(end) != '-' || !DateParts.isDigit(s.charAt(end + 1))) {
            return false;
        }
        int e = DateParts.digitsEnd(s, end + 1, 3);
        if (e - end - 1 > 2 || e + 1 >= n || s.charAt(e) != '/' || !DateParts.isDigit(s.charAt(e + 1))) {
            return false;
        }
        int e2 = DateParts.digitsEnd(s, e + 1, 3);
        return e2 - e - 1 <= 2 && (e2 >= n || !DateParts.isDigit(s.charAt(e2)) && s.charAt(e2) != '/')
                && DateParts.validDay(0, DateParts.value(s, end + 1, e), DateParts.value(s, e + 1, e2));
    }

    private static double score(String s, int[] g, int groups, char sep) {
        int l0 = g[1] - g[0];
        int l1 = g[3] - g[2];
        int l2 = g[5] - g[4];
        if (groups == 1) {
            return l0 == 8 ? compact(s, g[0]) : 0;
        }
        int a = DateParts.value(s, g[0], g[1]);
        int b = DateParts.value(s, g[2], g[3]);
        if (groups == 2) {
            if (sep == '/' && l0 <= 2 && l1 == 4 && a >= 1 && a <= 12 && b >= 1900 && b <= 2199 && b % 1000 != 0) {
                return 0.6; // month/year: "last 10/2006", "echo 11/2006" (not a dilution "1/2000")
            }
            if (sep == '/' && l0 <= 2 && l1 == 2 && a >= 1 && a <= 12 && b > 31) {
                // month/two-digit year: "admitted 12/99", "flu shot 10/99"; low, so only a date cue
                // makes it count (a blood pressure "120/80" has three digits first, "1/50" a dilution)
                return 0.25;
            }
            if (sep == '-' && l0 <= 2 && l1 <= 2 && DateParts.validDay(0, a, b) && !rating(a, b) && !shift(a, b)) {
                // "s/p ERCP 2-6.", "TLC placed 2-8,", "npn 2-14 nights": month-day with a hyphen, in
                // clinical notes; more often a range ("RR 12-20", "x 2-3 days"), so it counts only
                // with a date cue before it (the context stage's boost), never from its shape alone
                return HYPHEN_MONTH_DAY;
            }
            // month/day without a year, written with '/' only: "10/12", "2/24"
            if (sep != '/' || l0 > 2 || l1 > 2 || !DateParts.validDay(0, a, b)) {
                return 0;
            }
            if (a == 2 && b == 2 && g[3] < s.length() - 1 && s.charAt(g[3]) == ' '
                    && Character.isLetter(s.charAt(g[3] + 1))) {
                return 0; // "2/2 nonadherence": clinical shorthand for "secondary to"
            }
            // "5/10" is a rating (pain, strength) more often than the 10th of May
            boolean zeros = s.charAt(g[0]) == '0' || s.charAt(g[2]) == '0'; // "03/05": a date, never a rating
            if (l1 == 2) {
                return zeros || !rating(a, b) ? 0.55 : 0.35;
            }
            // a one-digit day: fractions, ratings and grades put the smaller number first ("1/2",
            // "3/4", "4/5 strength", "2/6 murmur"), a date of the month's first days mostly does not
            // ("4/2", "10/5"); vent settings ("PS 10/5") are suppressed by their context words
            return a > b ? 0.5 : 0.35;
        }
        int c = DateParts.value(s, g[4], g[5]);
        if (l0 == 4) {
            int y = DateParts.year(a, 4);
            return y > 0 && l1 <= 2 && l2 <= 2 && DateParts.validDay(y, b, c) ? 0.95 : 0;
        }
        if (l0 > 2 || l1 > 2 || (l2 != 2 && l2 != 4)) {
            return 0;
        }
        int y = DateParts.year(c, l2);
        if (y < 0 || (sep == '.' && l2 == 2 && (l0 != 2 || l1 != 2))) {
            return 0; // "1.2.30" is a version number more often than a date
        }
        if (!DateParts.validDay(y, a, b) && !DateParts.validDay(y, b, a)) {
            return 0;
        }
        return l2 == 4 ? 0.9 : 0.7;
    }

    /** {@code yyyymmdd} with a plausible year. */
    private static double compact(String s, int i) {
        int y = DateParts.year(DateParts.value(s, i, i + 4), 4);
        int m = DateParts.value(s, i + 4, i + 6);
        int d = DateParts.value(s, i + 6, i + 8);
        return y > 0 && DateParts.validDay(y, m, d) ? 0.3 : 0;
    }

    private static int skipRun(String s, int i) {
        int j = i;
        while (j < s.length() && (DateParts.isDigit(s.charAt(j)) || "/-.".indexOf(s.charAt(j)) >= 0)) {
            j++;
        }
        return j;
    }

    /** Whether the char at {@code i} makes the digit after it part of a longer token. */
    private static boolean isGlue(String s, int i) {
        char c = s.charAt(i);
        if (c == ':' && i > 0 && Character.isLetter(s.charAt(i - 1))) {
            return false; // "D:2/11/93  T:2/12/93", "DOB:04/22/1951": a label glued to its date
        }
        if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == ':') {
            return true;
        }
        // "1.2.3.4" or "12/3/4/5": a separator right after a digit continues the previous run
        return "/-.".indexOf(c) >= 0 && i > 0 && DateParts.isDigit(s.charAt(i - 1));
    }
}
