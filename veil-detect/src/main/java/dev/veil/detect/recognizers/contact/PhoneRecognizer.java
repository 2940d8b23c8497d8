package dev.veil.detect.recognizers.contact;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Telephone and fax numbers. A cheap scan finds phone-shaped candidates (a leading '+' or '(',
 * digit groups joined by single spaces, '-', '.', '/' or parentheses, an optional extension such
 * as {@code ext. 204} or {@code x204}); only those are handed to libphonenumber, because its
 * {@code findNumbers} over whole texts is far too slow for the analyzer's budget.
 *
 * <p>Scores by how sure the validation is:
 * <ul>
 *   <li>'+' prefix and a valid number for its country: 0.95 (possible but not valid: 0.6);
 *   <li>valid US/NANP number written with phone grouping: 0.85 (bare 10 digits: 0.45);
 *   <li>valid national number, written with a trunk '0' or an area code in parentheses, of another
 *       common region: 0.6 when grouped, else 0.45;
 *   <li>a local US number without area code, {@code 555-0115}: 0.6 after '#', else 0.3 (a cue word
 *       such as "pgr", "cell" or "HCP" lifts it over the threshold in the context stage);
 *   <li>phone-shaped but not valid anywhere we try: 0.3.
 * </ul>
 * Scores under 0.5 need a cue word ("call", "phone", "fax", ...), which adds 0.4: numbers from
 * synthetic or foreign data are often not valid for any numbering plan, and only the cue tells
 * them from other grouped numbers. Dates and IPv4 addresses, which share the shapes, are skipped.
 */
public final class PhoneRecognizer implements Recognizer {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Regions tried, in order, for numbers without a country prefix (after US). */
    static final List<String> OTHER_REGIONS = List.of(
            "GB", "DE", "FR", "IN", "AU", "BR", "NL", "BE", "CH", "SE", "IE", "AT", "NZ", "ZA", "MX");
    private static final NumberingPlan US = NumberingPlan.of("US");
    /** Canada shares the NANP with the US (country code 1, same 3-3-4 layout): "705-738-8986" is Ontario. */
    private static final NumberingPlan CA = NumberingPlan.of("CA");
    private static final List<NumberingPlan> OTHER_PLANS = OTHER_REGIONS.stream().map(NumberingPlan::of).toList();
    private static final WordList EXTENSION = WordList.of("ext", "extension", "x", "ext.", "extn");
    static final int MIN_DIGITS = 6;
    static final int MAX_DIGITS = 15;

    @Override
    public String name() {
        return "phone";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PHONE);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.PHONE, 0.4, "phone", "tel", "telephone", "call", "called",
                "mobile", "cell", "cellphone", "fax", "contact", "reach", "ph", "whatsapp", "sms", "text", "dial",
                "number", "reached", "reachable", "hotline", "landline", "pager", "beeper", "callback", "phone number",
                "tel no", "mob", "pgr", "hcp", "page", "paged", "contacts"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] s = text.chars();
        char[] digits = new char[MAX_DIGITS + 1];
        // Candidates start at a digit that no glue character precedes, or at a '+' or '(' right
        // before a digit: both sit at the start of a word token with a digit, so the shared index
        // of those tokens is walked instead of every char.
        int next = 0;
        for (int k = 0, n = text.digitTokenCount(); k < n; k++) {
            int st = text.tokenStart(text.digitToken(k));
            if (st < next || !isDigit(s[st])) {
                continue;
            }
            int from = st;
            if (st > 0 && (s[st - 1] == '+' || s[st - 1] == '(') && st - 1 >= next
                    && (st < 2 || !isGlue(s[st - 2]))) {
                from = st - 1;
            } else if (st > 0 && isGlue(s[st - 1]) && !(s[st - 1] == '#' && (st < 2 || s[st - 2] == ' '))) {
                continue; // glued to a word or number; a '#' standing alone marks a number ("HCP is sister, #508-...")
            }
            next = candidate(text, s, from, digits, out);
        }
    }

    /** Reads the candidate starting at {@code start}, reports it if it validates; returns where to go on. */
    private int candidate(Text text, char[] s, int start, char[] digits, List<Finding> out) {
        int[] cuts = new int[4];
        int end = candidate(text, s, start, digits, out, s.length, cuts);
        if (end >= 0) {
            return end;
        }
        // the run went on past the number ("1-800-555-0124 24/7"): try it without the groups after
        // its last spaces, longest first; if none is a number, go on after the whole run as before
        for (int c = cuts[3] - 1; c >= 0; c--) {
            int shorter = candidate(text, s, start, digits, out, cuts[c], null);
            if (shorter >= 0) {
                return shorter;
            }
        }
        return -end;
    }

    /**
     * Reads one candidate from {@code start} up to {@code limit} and reports it if it is a number.
     * Returns the end of what was read, negated if the candidate was read but not reported (so
     * the caller may try a shorter one); {@code cuts} (if given) receives the ends of the digit
     * groups that a space follows (up to three, count in {@code cuts[3]}).
     */
    private int candidate(Text text, char[] s, int start, char[] digits, List<Finding> out, int limit, int[] cuts) {
        int n = limit;
        int i = start;
        int count = 0;
        int groups = 0;
        int open = 0;
        boolean parens = false;
        boolean slash = false;
        int lastDigitEnd = start;
        if (s[i] == '+') {
            i++;
        }
        while (i < n) {
            char c = s[i];
            if (isDigit(c)) {
                groups++;
                while (i < n && isDigit(s[i])) {
                    if (count <= MAX_DIGITS) {
                        digits[Math.min(count, MAX_DIGITS)] = s[i];
                    }
                    count++;
                    i++;
                }
                lastDigitEnd = i;
                continue;
            }
            // a separator run: at most one space on each side of one of - . / ( )
            int j = i;
            int spaces = 0;
            int marks = 0;
            int o = open; // brackets count only if the separator run is taken
            boolean sl = false;
            while (j < n && j - i < 4) {
                char d = s[j];
                if (d == ' ') {
                    spaces++;
                } else if (d == '-' || d == '.' || d == '/') {
                    marks++;
                    sl |= d == '/';
                } else if (d == '(') {
                    o++;
                } else if (d == ')') {
                    if (o == 0) {
                        break;
                    }
                    o--;
                } else {
                    break;
                }
                j++;
            }
            if (j == i || j >= n || !isDigit(s[j]) || spaces > 2 || marks > 1 || count > MAX_DIGITS) {
                break;
            }
            if (cuts != null && spaces > 0 && cuts[3] < 3) {
                cuts[cuts[3]++] = lastDigitEnd;
            }
            parens |= o > open;
            open = o;
            slash |= sl;
            i = j;
        }
        int end = lastDigitEnd;
        if (open > 0 && s[start] == '(' && cuts != null) {
            // "(12-3456789)": brackets around the whole number, not around an area code
            return candidate(text, s, start + 1, digits, out);
        }
        if (open > 0 && s[start] != '(') {
            return -end; // "AST 840 (1600)", "WBC 14.2 (16.8)": a value and the one before it, not a number
        }
        if (end < s.length && Character.isLetter(s[end]) && !EXTENSION.contains(text, end, wordEnd(text.string(), end))) {
            return Math.max(end, start + 1); // glued to a word: no number, shorter or not
        }
        if (count < MIN_DIGITS || count > MAX_DIGITS) {
            return -Math.max(end, start + 1);
        }
        char first = s[start];
        if (first != '+' && first != '(' && (skippedShape(s, start, end, groups) || slash && groups != 2)) {
            return -end;
        }
        double score = score(text.string(), start, end, digits, count, groups, parens);
        if (score > 0) {
            out.add(new Finding(EntityType.PHONE, start, extensionEnd(text, end), score, name()));
            return end;
        }
        return -end;
    }

    private static double score(String s, int start, int end, char[] digits, int count, int groups,
            boolean parens) {
        if (timeRange(s, start, end)) {
            return 0; // "0900-1100", "2300-0700": a span of clock times (shifts, notes), not a number
        }
        if (count == 7 && groups == 2 && !parens && end - start == 8 && s.charAt(start + 3) == '-'
                && digits[0] >= '2') {
            // "pgr 555-0115", "Dtr (HCP) 555-0106", "husband's # 555-0139": a local number without its
            // area code, as notes write them; a number only with a cue word (context stage) or "#"
            return hashBefore(s, start) ? 0.6 : 0.3;
        }
        if (s.charAt(start) == '+') {
            // the digits as libphonenumber's parse reads "+..." (InternationalNumbers), without its cost
            PhoneNumber p = InternationalNumbers.parse(digits, count);
            if (p == null) {
                return 0.3;
            }
            return UTIL.isValidNumber(p) ? 0.95 : UTIL.isPossibleNumber(p) ? 0.6 : 0.3;
        }
        boolean shaped = groups >= 2 || parens;
        // libphonenumber costs microseconds per parse, so each region is only asked about numbers
        // that could belong to it: NANP numbers have 10 digits (11 with the leading 1), and the
        // other plans' national formats start with the trunk '0' or an area code in parentheses.
        if (count == 10 || (count == 11 && digits[0] == '1')) {
            if (valid(US, digits, count - 10, count) || valid(CA, digits, count - 10, count)) {
                return shaped && nanpGrouping(digits, count, groups, parens) ? 0.85 : 0.45;
            }
        }
        // a national number with the trunk '0' has nine digits or more in the plans asked; shorter
        // runs that start with '0' are clock times and values ("FSBG at 0600 134")
        if (digits[0] == '0' && count >= 9 || parens) {
            int from = digits[0] == '0' ? 1 : 0;
            for (NumberingPlan plan : OTHER_PLANS) {
                if (valid(plan, digits, from, count)) {
                    return shaped ? 0.6 : 0.45;
                }
            }
        }
        return shaped ? 0.3 : 0;
    }

    /** A '#' (number sign) right before the number, a space between allowed: "# 555-0139", "#555-0139". */
    private static boolean hashBefore(String s, int start) {
        int p = start - 1;
        if (p >= 0 && s.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && s.charAt(p) == '#';
    }

    /** {@code HHMM-HHMM} with two valid 24-hour times. */
    private static boolean timeRange(String s, int start, int end) {
        return end - start == 9 && s.charAt(start + 4) == '-' && clockTime(s, start) && clockTime(s, start + 5);
    }

    private static boolean clockTime(String s, int i) {
        int h = (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
        int m = (s.charAt(i + 2) - '0') * 10 + (s.charAt(i + 3) - '0');
        return h <= 24 && m <= 59 && Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i + 3));
    }

    /** 10 digits as 3-3-4 (or 1+10 as 1-3-3-4), the way NANP numbers are written. */
    private static boolean nanpGrouping(char[] digits, int count, int groups, boolean parens) {
        return (count == 10 && (groups == 3 || parens)) || (count == 11 && digits[0] == '1' && groups >= 3);
    }

    /**
     * Whether {@code digits[from, to)} is a valid national number of {@code plan}: national numbers
     * are what is left after the trunk prefix, read as libphonenumber reads them (leading zeros of
     * the national part dropped).
     */
    private static boolean valid(NumberingPlan plan, char[] digits, int from, int to) {
        if (to - from < 4 || to - from > 14) {
            return false;
        }
        long national = 0;
        for (int i = from; i < to; i++) {
            national = national * 10 + (digits[i] - '0');
        }
        return plan.isValid(Long.toString(national));
    }


    /**
     * Shapes shared with other entities: dates (d/m/y, y-m-d, d.m.y), IPv4 addresses, SSN-like
     * 3-2-4 groups and version or decimal numbers with dots only.
     */
    private static boolean skippedShape(char[] s, int start, int end, int groups) {
        int[] sizes = new int[4];
        char sep = 0;
        boolean mixed = false;
        int g = 0;
        int run = 0;
        for (int i = start; i <= end; i++) {
            char c = i < end ? s[i] : ' ';
            if (isDigit(c)) {
                run++;
                continue;
            }
            if (run > 0) {
                if (g < sizes.length) {
                    sizes[g] = run;
                }
                g++;
                run = 0;
            }
            if (i < end) {
                mixed |= sep != 0 && sep != c;
                sep = c;
            }
        }
        if (sizes[0] == 4 && groups >= 3 && (s[start + 4] == '-' || s[start + 4] == '/')) {
            return true; // "2024-03-02 10:11": a date with a time after it
        }
        if (groups == 3 && !mixed && sep != ' ') {
            boolean dmy = sizes[0] <= 2 && sizes[1] <= 2 && (sizes[2] == 4 || sizes[2] == 2);
            boolean ymd = sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2;
            boolean ssn = sep == '-' && sizes[0] == 3 && sizes[1] == 2 && sizes[2] == 4;
            if (dmy || ymd || ssn) {
                return true;
            }
        }
        if (groups == 3 && !mixed && sep == ' ' && sizes[0] == 3 && sizes[1] == 2 && sizes[2] == 4) {
            return true; // "064 07 0036": the SSN layout with spaces, which no numbering plan uses
        }
        if (groups == 4 && sep == '.' && !mixed) {
            return sizes[0] <= 3 && sizes[1] <= 3 && sizes[2] <= 3 && sizes[3] <= 3;
        }
        // "12-3456789": the IRS's EIN layout, which no numbering plan writes
        return groups == 2 && sep == '-' && sizes[0] == 2 && sizes[1] == 7;
    }

    /** End of an extension after the number ({@code ext. 204}, {@code x204}, {@code #12}), or {@code end}. */
    private static int extensionEnd(Text text, int end) {
        String s = text.string();
        int n = s.length();
        int i = end;
        while (i < n && i - end < 2 && (s.charAt(i) == ' ' || s.charAt(i) == ',')) {
            i++;
        }
        int w = i < n && s.charAt(i) == '#' ? i + 1 : wordEnd(s, i);
        if (w == i || (s.charAt(i) != '#' && !EXTENSION.contains(text, i, w))) {
            return end;
        }
        i = w;
        while (i < n && i - w < 2 && (s.charAt(i) == '.' || s.charAt(i) == ' ' || s.charAt(i) == ':')) {
            i++;
        }
        int d = i;
        while (i < n && isDigit(s.charAt(i)) && i - d < 6) {
            i++;
        }
        return i > d && (i == n || !Character.isLetterOrDigit(s.charAt(i))) ? i : end;
    }

    private static int wordEnd(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 10 && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Characters that, right before a digit, make it part of a longer token. */
    private static boolean isGlue(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '-' || c == '+'
                || c == '$' || c == '€' || c == '£' || c == '#';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
