package dev.veil.detect.recognizers.contact;

import dev.veil.detect.Text;

/**
 * The looser signals {@link YearRecognizer} weighs for a year that a clinical note writes without
 * a life-event word: whether the text around reads as clock times, whether a capitalised place
 * comes before "in", a year in brackets after a history item, an injury or diagnosis word before
 * it. Kept apart so the recognizer reads as the list of its rules.
 */
final class YearClues {
    /**
     * Years a "since", "from" or "last" may start when the value is also a 24-hour time: a person's
     * lifetime, not 1900-1929 or 2040 on (as times "since 1900" and "until 2100" are far likelier).
     */
    static final int PLAUSIBLE_MIN = 1930;
    static final int PLAUSIBLE_MAX = 2039;
    /** Words of a shift or a day's hours: around them, four digits are a clock time ("HR" is a heart rate). */
    private static final WordList TIME_WORDS = WordList.of("am", "pm", "hrs", "overnight", "shift", "tonight",
            "noc", "morning", "evening", "afternoon", "slept", "sleeping", "asleep", "awake", "oclock");
    /** Words before a clock time, when another four-digit number follows them. */
    private static final WordList TIME_BEFORE = WordList.of("at", "to", "until", "till", "from", "since", "by");
    /** Prepositions of place before a capitalised name: "moved to Fall River in 1989". */
    private static final WordList PLACE_PREPOSITIONS = WordList.of("to", "in", "from", "at", "near", "of");
    /** An injury or diagnosis, in lower case, right before the year it happened: "hip fx 2021". */
    private static final WordList EVENTS = WordList.of("fx", "fracture", "fractures", "stroke", "cva", "mi", "tia",
            "dvt", "surgery", "mva", "mvc", "injury", "accident", "overdose", "od", "seizure", "dx", "diagnosed");

    private YearClues() {
    }

    static boolean plausible(int year) {
        return year >= PLAUSIBLE_MIN && year <= PLAUSIBLE_MAX;
    }

    /**
     * Whether the ten tokens on each side of token {@code k} read as clock times: an HH:MM time,
     * a word of the day's hours ("slept", "overnight", "pm"), or another four-digit time after
     * "at", "to", "from" ("from 1900 to 2300").
     */
    static boolean timeLikeAround(Text text, int k) {
        return timeLikeAround(text, k, k);
    }

    /** As {@link #timeLikeAround(Text, int)}, not counting token {@code other} (the other end of a range). */
    static boolean timeLikeAround(Text text, int k, int other) {
        String s = text.string();
        int from = Math.max(0, k - 10);
        int to = Math.min(text.tokenCount() - 1, k + 10);
        for (int t = from; t <= to; t++) {
            if (t == k || t == other) {
                continue;
            }
            if (TIME_WORDS.containsToken(text, t)) {
                return true;
            }
            if (!text.tokenHas(t, Text.FLAG_ALL_DIGITS)) {
                continue;
            }
            int a = text.tokenStart(t);
            int b = text.tokenEnd(t);
            int len = b - a;
            if (len <= 2 && b + 2 < s.length() && s.charAt(b) == ':' && DateParts.isDigit(s.charAt(b + 1))
                    && DateParts.isDigit(s.charAt(b + 2))) {
                return true; // "10:30"
            }
            if (len == 4 && t > 0 && text.tokenEnd(t - 1) + 1 == a && clockLike(DateParts.value(s, a, b))
                    && (TIME_BEFORE.containsToken(text, t - 1) || s.charAt(a - 1) == '@')) {
                return true;
            }
        }
        return false;
    }

    /** Words after which four digits are a number of something, not a year ("Suite 2075", "plt 2090"). */
    private static final WordList NUMBER_LABELS = WordList.of("suite", "ste", "room", "rm", "apt", "unit", "box",
            "ext", "no", "number", "route", "rte", "hwy", "highway", "interstate", "exit", "flight", "model",
            "version", "ver", "code", "pin", "id", "account", "acct", "ref", "order", "invoice", "ticket", "po",
            "pager", "page", "pages", "phone", "fax", "bed", "building", "bldg", "floor", "lot", "gate", "ward",
            "bus", "train", "item", "part", "step", "steps", "patients", "cases", "mg", "mcg", "units", "ml", "cc",
            "kcal", "calories", "x", "score", "total", "count", "plt", "platelets", "wbc", "glucose", "ldh", "cpk",
            "ck", "bnp", "ast", "alt", "ferritin", "fibrinogen", "weight", "wt", "volume", "vol", "dose", "over",
            "under", "about", "approximately", "approx", "around", "than", "of", "to", "and", "or", "is", "was",
            // "in" has its own rules (YearRecognizer.cueBefore): "later became Acme in 1965" is history
            "in", "ending", "digits", "last");
    private static final int LISTED_MIN = 1950;
    private static final int LISTED_MAX = 2100;

    /**
     * A year written bare at the end of a clause of a history list, with no cue word: "Bell's palsy,
     * left, 2079, resolved", "Pneumovax given 2091.", "BCC right forearm, ED&C 2079", "(2082,
     * 2085)". Only values that cannot be a clock time (minutes of 60 or more: "2079", not "2019"),
     * between 1950 and 2100, after a word that is no number label ("Suite 2075", "plt 2090") or a
     * bracket.
     */
    static boolean listedYear(Text text, int k, int year) {
        if (year < LISTED_MIN || year > LISTED_MAX || clockLike(year) || k < 1) {
            return false;
        }
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        int n = text.length();
        if (b < n && ",.;)\n\r".indexOf(text.charAt(b)) < 0
                || b + 1 < n && text.charAt(b) == '.' && DateParts.isDigit(text.charAt(b + 1))) {
            return false; // not the end of a clause, or a decimal
        }
        if (text.charAt(a - 1) == '(') {
            return b < n && text.charAt(b) == ','; // "(2082, 2085)", not a film's "Titanic (1997)"
        }
        int q = a - 2;
        if (text.charAt(a - 1) != ' ' || q < 0) {
            return false;
        }
        boolean comma = text.charAt(q) == ',';
        if (comma) {
            q--;
        }
        int p = k - 1;
        if (q < 0 || text.tokenEnd(p) != q + 1) {
            return false; // a mark other than a comma between, or another line
        }
        if (text.tokenHas(p, Text.FLAG_ALL_DIGITS)) {
            return comma && text.tokenLength(p) == 4 && p >= 1 && text.tokenStart(p) > 0
                    && text.charAt(text.tokenStart(p) - 1) == '('; // "(2082, 2085)": the second of a list
        }
        return !NUMBER_LABELS.containsToken(text, p);
    }

    static boolean clockLike(int v) {
        return v % 100 < 60 && v / 100 < 24;
    }

    /**
     * "moved to Fall River in 1989", "arriving in New York in 1947", "IN WORCESTER IN 2019": one to
     * three capitalised words before "in" (token {@code in}), with a preposition of place before
     * them, name a place the person was in; "later became Acme in 1965", with no preposition,
     * stays a company's history.
     */
    static boolean placeBefore(Text text, int in) {
        int t = in - 1;
        int words = 0;
        while (t >= 0 && words < 3 && text.tokenHas(t, Text.FLAG_INITIAL_UPPER) && !PLACE_PREPOSITIONS.containsToken(
                text, t) && spaceBetween(text, t, t + 1)) {
            t--;
            words++;
        }
        return words > 0 && t >= 0 && PLACE_PREPOSITIONS.containsToken(text, t) && spaceBetween(text, t, t + 1);
    }

    /** "(overdose) in 2019": a closing bracket, then " in". */
    static boolean bracketBefore(Text text, int in) {
        int a = text.tokenStart(in);
        return a >= 2 && text.charAt(a - 1) == ' ' && text.charAt(a - 2) == ')';
    }

    /**
     * "CAD s/p CABG (2012)", "remote GI bleed (2015)": the year alone in brackets right after a
     * lower-case word or an abbreviation in capitals (a history item), not after a title ("Titanic
     * (1997)").
     */
    static boolean bracketedAfterItem(Text text, int k) {
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        if (a < 3 || b >= text.length() || text.charAt(a - 1) != '(' || text.charAt(b) != ')'
                || text.charAt(a - 2) != ' ' || k < 1 || text.tokenEnd(k - 1) != a - 2) {
            return false;
        }
        int p = k - 1;
        int len = text.tokenLength(p);
        boolean abbreviation = len >= 2 && len <= 6 && text.tokenHas(p, Text.FLAG_ALL_UPPER)
                && !text.tokenHas(p, Text.FLAG_HAS_DIGIT);
        return abbreviation || text.tokenHas(p, Text.FLAG_ALL_LOWER) && len >= 2
                || PROCEDURES.endsToken(text, p); // "Cholecystectomy (2009)", not "Titanic (1997)"
    }

    /** Endings of a procedure's name, any case: "Cholecystectomy", "Arthroplasty", "Colonoscopy". */
    private static final Endings PROCEDURES = new Endings("ectomy", "otomy", "ostomy", "plasty", "scopy", "pexy",
            "rrhaphy", "desis");

    /** A token that ends with one of the endings, lower-cased, with letters before it. */
    private record Endings(String... endings) {
        boolean endsToken(Text text, int k) {
            int a = text.tokenStart(k);
            int b = text.tokenEnd(k);
            String lower = text.lower();
            for (String e : endings) {
                if (b - a > e.length() + 2 && lower.startsWith(e, b - e.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** "hip fx 2021", "stroke 2016": an injury or diagnosis word right before the year, one space between. */
    static boolean eventBefore(Text text, int k) {
        int p = k - 1;
        return p >= 0 && EVENTS.containsToken(text, p) && text.tokenHas(p, Text.FLAG_ALL_LOWER)
                && spaceBetween(text, p, k);
    }

    /**
     * End of a year written with an apostrophe and two digits at token {@code k} ("in '98", "since
     * ’05"), as the start of the span (the apostrophe's index), or -1.
     */
    static int apostropheYearStart(Text text, int k) {
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        if (b - a != 2 || !text.tokenHas(k, Text.FLAG_ALL_DIGITS) || a < 2) {
            return -1;
        }
        char q = text.charAt(a - 1);
        if (q != '\'' && q != '\u2019' || text.charAt(a - 2) != ' ') {
            return -1;
        }
        // "'90s" is a decade, "'98-'99" a range handled as two: only a word boundary after
        return b < text.length() && Character.isLetterOrDigit(text.charAt(b)) ? -1 : a - 1;
    }

    private static boolean spaceBetween(Text text, int p, int k) {
        return text.tokenStart(k) - text.tokenEnd(p) == 1 && text.charAt(text.tokenEnd(p)) == ' ';
    }
}
