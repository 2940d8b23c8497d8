package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * A year standing alone, reported only right after a word that makes it a date of someone's life
 * ({@code born 1960}, {@code diagnosed 2015}, {@code since 2010}, {@code class of 1999},
 * {@code summer of 2012}, {@code Copyright 1998}, {@code ICD placed 2096}), after "in" and a
 * procedure, an abbreviation or a lower-case word ({@code MI in 2015}, {@code died in 2002}: 0.55;
 * "became Acme in 1965", after a name, is a company's history) or after a procedure in a clinical history
 * ({@code s/p CABG 1989}, {@code EGD 2097}). Bare four-digit numbers are far more
 * often counts, amounts or codes, so the cue is checked here, on the one or two words before,
 * instead of through the analyzer's wider context window. (Clinical de-identification corpora
 * label such years; HIPAA Safe Harbor would keep them, so masking one is over-redaction, not a leak.)
 *
 * <p>Nursing notes write times as four digits ({@code since 1900}, {@code until 2000}), so a
 * value that is also a valid 24-hour time counts after "since", "until", "from", "quit" or "last"
 * only in a lifetime's range (1930-2039) and when the ten tokens around speak of no hours
 * ({@link YearClues#timeLikeAround}: "slept", "pm", "10:30", "from 1900 to 2300"); a unit after
 * the number ({@code in 1500 ml}) rules it out.
 *
 * <p>Clinical histories also date events without a life-event word, and these count at 0.55: a
 * year alone in brackets after a history item ({@code CABG (2012)}, {@code GI bleed (2015)}), an
 * injury or diagnosis word before it ({@code hip fx 2021}), "in" after a place named after a
 * preposition ({@code moved to Fall River in 1989}) or after a bracket ({@code (overdose) in
 * 2019}). A season or "early"/"late"/"mid" before the year is part of the span ({@code summer
 * 2021}, {@code mid-2018}), and an apostrophe year after a time word is a year ({@code in '98}).
 */
public final class YearRecognizer implements Recognizer {
    private static final int MIN = 1900;
    private static final int MAX = 2199;
    private static final WordList CUES = WordList.of("born", "dob", "died", "deceased", "graduated", "married",
            "diagnosed", "divorced", "widowed", "retired", "emigrated", "immigrated", "adopted", "baptized",
            "since", "until", "spring", "summer", "autumn", "fall", "winter", "copyright", "placed", "created",
            "banded", "performed", "implanted", "repaired", "resected", "removed", "transplanted", "deployed",
            "moved", "arrived", "dx", "quit", "last", "from", "early", "late", "mid", "dated", "study", "exam", "around",
            "mammogram", "colonoscopy");
    /** Qualifiers that belong to the date they open: "summer 2021", "late 2022", "mid-2018". */
    private static final WordList QUALIFIERS = WordList.of("spring", "summer", "autumn", "winter", "early", "late",
            "mid");
    /** Words that date an apostrophe year: "in '98", "since '05", "class of '99". */
    private static final WordList APOSTROPHE_CUES = WordList.of("in", "since", "until", "from", "of", "by", "last",
            "early", "late", "summer", "spring", "winter", "fall", "autumn", "circa");
    /** "account ending in 2004": the last digits of a number, not a year. */
    private static final WordList LAST_DIGITS = WordList.of("ending", "ends", "end", "number", "code", "extension",
            "pin", "suite", "room", "unit", "apt", "box");
    /** Cues that also introduce clock times in clinical notes ("since 2000", "last 2100", "from 1900"). */
    private static final WordList TIME_CUES = WordList.of("since", "until", "from", "quit", "last");
    private static final WordList UNITS = WordList.of("ml", "cc", "mg", "mcg", "g", "kg", "l", "lb", "lbs", "hrs",
            "hr", "h", "hours", "units", "unit", "u", "cal", "kcal", "calories", "dollars", "usd", "eur", "people",
            "patients", "cases", "km", "m", "miles", "feet", "ft", "times", "steps", "words", "pages", "rpm");

    @Override
    public String name() {
        return "date_year";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        String s = text.string();
        for (int d = 0, numbers = text.digitTokenCount(); d < numbers; d++) {
            int k = text.digitToken(d);
            if (k < 1) {
                continue;
            }
            int apostrophe = YearClues.apostropheYearStart(text, k);
            if (apostrophe > 0 && APOSTROPHE_CUES.containsToken(text, k - 1)
                    && text.tokenEnd(k - 1) == apostrophe - 1) {
                out.add(new Finding(EntityType.DATE, apostrophe, text.tokenEnd(k), 0.6, name())); // "in '98"
                continue;
            }
            if (text.tokenLength(k) != 4 || !text.tokenHas(k, Text.FLAG_ALL_DIGITS)) {
                continue;
            }
            int a = text.tokenStart(k);
            int b = text.tokenEnd(k);
            int year = DateParts.value(s, a, b);
            if (year < MIN || year > MAX || UNITS.containsToken(text, k + 1)) {
                continue;
            }
            if (a >= 4 && s.charAt(a - 1) == '-' && text.tokenEquals(k - 1, "mid") && text.tokenEnd(k - 1) == a - 1
                    && standsAlone(s, a - 1, b)) {
                out.add(new Finding(EntityType.DATE, text.tokenStart(k - 1), b, 0.6, name())); // "mid-2018"
                continue;
            }
            int second = rangeEnd(text, k, year);
            if (second > 0) {
                // "notes from 2019-2020", "from 2009 to 2011": two years, each a date (de-identification
                // corpora label each)
                out.add(new Finding(EntityType.DATE, a, b, 0.6, name()));
                out.add(new Finding(EntityType.DATE, second - 4, second, 0.6, name())); // "2020", "to 2011"
                continue;
            }
            if (!standsAlone(s, a, b)) {
                continue;
            }
            boolean clockLike = YearClues.clockLike(year);
            // a clock-time reading is ruled out by a year outside a lifetime or by text around
            // that speaks of hours ("since 2000 the patient slept", "from 1900 to 2300")
            boolean notATime = !clockLike || YearClues.plausible(year) && !YearClues.timeLikeAround(text, k);
            int cue = cueBefore(text, k);
            if (cue < 0) {
                // "EGD 2097", "AVR 2001"; not "PT 1930 today", a visit at a quarter hour
                if ((!clockLike || notATime && year % 100 % 15 != 0) && procedureBefore(text, k)
                        && !UNITS.containsToken(text, k + 1)) {
                    // "EGD 2097", "L TKA 2097": a procedure's abbreviation, then the year it was done
                    out.add(new Finding(EntityType.DATE, a, b, 0.6, name()));
                } else if (notATime && !UNITS.containsToken(text, k - 1)
                        && (YearClues.bracketedAfterItem(text, k) || YearClues.eventBefore(text, k)
                                || YearClues.listedYear(text, k, year))) {
                    // "CAD s/p CABG (2012)", "remote GI bleed (2015)", "hip fx 2021", "Pneumovax given 2091."
                    out.add(new Finding(EntityType.DATE, a, b, 0.55, name()));
                }
                continue;
            }
            if (TIME_CUES.containsToken(text, cue) && !notATime) {
                continue;
            }
            if (year == 2000 && (text.tokenEquals(cue, "until") || text.tokenEquals(cue, "till"))) {
                continue; // "bedrest until 2000": a shift's round hour far more often than the year
            }
            // "summer 2021", "late 2022": the qualifier is part of the date
            int start = QUALIFIERS.containsToken(text, cue) ? text.tokenStart(cue) : a;
            // "in 1987" alone dates an event as often as a company's history: a little lower
            out.add(new Finding(EntityType.DATE, start, b, text.tokenEquals(cue, "in") ? 0.55 : 0.6, name()));
        }
    }

    /** Index of the cue word before token {@code k} ("in 1985", "summer of 2012"), or -1. */
    private static int cueBefore(Text text, int k) {
        int p = k - 1;
        if (!gapIsSpace(text, text.tokenEnd(p), text.tokenStart(k))) {
            return -1;
        }
        if (text.tokenEquals(p, "in") && p >= 1 && YearClues.bracketBefore(text, p)) {
            return p; // "prior attempt (overdose) in 2019"
        }
        if (text.tokenEquals(p, "in") && afterMeasure(text, p)) {
            return p; // "FEV1 42% in 2022", "EF 35% in 2019": a measure, then when it was taken
        }
        boolean linking = text.tokenEquals(p, "of") || text.tokenEquals(p, "in");
        if (linking && p >= 1 && gapIsSpace(text, text.tokenEnd(p - 1), text.tokenStart(p))) {
            // "class of 1999", "summer of 2012", "born in 1960"
            if (text.tokenEquals(p - 1, "class") || CUES.containsToken(text, p - 1)) {
                return p - 1;
            }
            // "lumpectomy in 1987", "MI in 2015", "died at home in 2002": a year after "in" and a
            // procedure, an abbreviation or a lower-case word dates an event; after a name ("later
            // became Acme in 1965") it is a company's history
            // "moved to Fall River in 1989", "IN WORCESTER IN 2019": a place after a preposition
            return text.tokenEquals(p, "in") && p >= 1 && gapIsSpace(text, text.tokenEnd(p - 1), text.tokenStart(p))
                    && (abbreviation(text, p - 1) || PROCEDURE_ENDINGS.endsToken(text, p - 1)
                            || YearClues.placeBefore(text, p)
                            || text.tokenHas(p - 1, Text.FLAG_ALL_LOWER) && !LAST_DIGITS.containsToken(text, p - 1)) ? p : -1;
        }
        if (CUES.containsToken(text, p)) {
            return p;
        }
        return statusPost(text, k);
    }

    /**
     * Whether "in" at token {@code p} follows a percentage, a closing bracket or a number and one
     * space ("42% in 2022", "rising from 6.2 in 2022"). Not a comma: in prose ", in 1950 while
     * studying" is a story's year, which the project's labelled data leaves out.
     */
    private static boolean afterMeasure(Text text, int p) {
        int q = text.tokenStart(p) - 1;
        return q >= 1 && text.charAt(q) == ' ' && (text.charAt(q - 1) == '%' || text.charAt(q - 1) == ')'
                || DateParts.isDigit(text.charAt(q - 1))); // "rising from 6.2 in 2022", "MoCA 20 in 2023"
    }

    /** Token {@code k - 1} is a procedure's abbreviation in capitals, 2 to 6 letters, on the same line. */
    private static boolean procedureBefore(Text text, int k) {
        int p = k - 1;
        return abbreviation(text, p) && gapIsSpace(text, text.tokenEnd(p), text.tokenStart(k));
    }

    /** "MI", "CABG", "TKA": 2 to 6 capitals, no digit. */
    private static boolean abbreviation(Text text, int p) {
        int len = text.tokenLength(p);
        return len >= 2 && len <= 6 && text.tokenHas(p, Text.FLAG_ALL_UPPER) && !text.tokenHas(p, Text.FLAG_HAS_DIGIT);
    }

    /** Endings of procedure names: "lumpectomy", "tracheostomy", "angioplasty", "colonoscopy". */
    private static final Endings PROCEDURE_ENDINGS = new Endings("ectomy", "otomy", "ostomy", "plasty", "scopy",
            "graphy", "pexy", "desis", "placement", "repair", "transplant", "surgery", "replacement", "bypass",
            // and of diagnoses written in title case: "Pulmonary Fibrosis in 2019", "Hodgkin Lymphoma in 2015"
            "itis", "osis", "oma", "emia", "pathy", "cancer", "disease", "syndrome", "fracture", "infarction",
            "failure", "stroke");

    /** Word endings, matched on the lower-cased text without allocating. */
    private record Endings(String... endings) {
        boolean endsToken(Text text, int k) {
            String lower = text.lower();
            int a = text.tokenStart(k);
            int b = text.tokenEnd(k);
            for (String e : endings) {
                if (b - a >= e.length() && lower.startsWith(e, b - e.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Clinical history "s/p CABG 1989", "s/p PEG placement 2126": a procedure of one to three words
     * after "s/p" (status post) on the same line, then the year. Returns the index of the "s" token.
     */
    private static int statusPost(Text text, int k) {
        String s = text.string();
        for (int p = k - 2; p >= 1 && k - p <= 4; p--) {
            if (text.tokenHas(p, Text.FLAG_HAS_DIGIT) || lineBreak(s, text.tokenEnd(p), text.tokenStart(p + 1))) {
                return -1;
            }
            if (text.tokenEquals(p, "p") && text.tokenEquals(p - 1, "s")
                    && text.tokenStart(p) - text.tokenEnd(p - 1) == 1 && s.charAt(text.tokenEnd(p - 1)) == '/') {
                return p - 1;
            }
        }
        return -1;
    }

    private static boolean lineBreak(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean gapIsSpace(Text text, int a, int b) {
        return b - a == 1 && text.charAt(a) == ' ';
    }

    /** Not part of a longer number, range, date or code ("1985-03-14", "2019/20", "1985.5"). */
    /** Longest span of years a "2019-2020" range covers; more reads as a shift or a count. */
    private static final int MAX_RANGE_YEARS = 30;

    /**
     * End of the second year of a range "YYYY-YYYY" that starts at token {@code k} (the first year
     * {@code year}), or -1: both years in a lifetime, the second later by at most
     * {@link #MAX_RANGE_YEARS}, and no clock times around ("2000-2300" is a night shift).
     */
    private static int rangeEnd(Text text, int k, int year) {
        int worded = wordedRangeEnd(text, k, year);
        if (worded > 0) {
            return worded;
        }
        String s = text.string();
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        if (b >= s.length() || s.charAt(b) != '-' || k + 1 >= text.tokenCount() || text.tokenStart(k + 1) != b + 1
                || text.tokenLength(k + 1) != 4 || !text.tokenHas(k + 1, Text.FLAG_ALL_DIGITS)
                || a > 0 && "/-.:$#".indexOf(s.charAt(a - 1)) >= 0) {
            return -1;
        }
        int end = text.tokenEnd(k + 1);
        int next = DateParts.value(s, b + 1, end);
        if (!YearClues.plausible(year) || !YearClues.plausible(next) || next <= year || next - year > MAX_RANGE_YEARS
                || !endsAlone(s, end) || YearClues.timeLikeAround(text, k)) {
            return -1;
        }
        return end;
    }

    /**
     * "from 2009 to 2011", "2019 through 2022": two years joined by a word, the second later and
     * within {@link #MAX_RANGE_YEARS}; not two quarter hours ("from 2000 to 2030", a shift's half
     * hour) nor in text that speaks of hours. End of the second year, or -1.
     */
    private static int wordedRangeEnd(Text text, int k, int year) {
        String s = text.string();
        int w = k + 1;
        int k2 = k + 2;
        if (k2 >= text.tokenCount() || !(text.tokenEquals(w, "to") || text.tokenEquals(w, "through")
                || text.tokenEquals(w, "until")) || !gapIsSpace(text, text.tokenEnd(k), text.tokenStart(w))
                || !gapIsSpace(text, text.tokenEnd(w), text.tokenStart(k2)) || text.tokenLength(k2) != 4
                || !text.tokenHas(k2, Text.FLAG_ALL_DIGITS) || !standsAlone(s, text.tokenStart(k), text.tokenEnd(k))) {
            return -1;
        }
        int end = text.tokenEnd(k2);
        int next = DateParts.value(s, text.tokenStart(k2), end);
        if (!YearClues.plausible(year) || !YearClues.plausible(next) || next <= year || next - year > MAX_RANGE_YEARS
                || !endsAlone(s, end) || year % 15 == 0 && next % 15 == 0 && YearClues.clockLike(year)
                || YearClues.timeLikeAround(text, k, k2) || UNITS.containsToken(text, k2 + 1)) {
            return -1;
        }
        return end;
    }

    /** No date, number or time punctuation glued before {@code a} or after {@code b} ("/2019", "2019:"). */
    private static boolean standsAlone(String s, int a, int b) {
        return (a == 0 || "/-.:$#".indexOf(s.charAt(a - 1)) < 0) && endsAlone(s, b);
    }

    /** No date, number or time punctuation glued after {@code b} ("2019/", "2019:30", "2019.5"). */
    private static boolean endsAlone(String s, int b) {
        return b >= s.length() || "/-:%".indexOf(s.charAt(b)) < 0 && !(s.charAt(b) == '.' && b + 1 < s.length()
                && DateParts.isDigit(s.charAt(b + 1)));
    }
}
