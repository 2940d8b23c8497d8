package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Dates with a month name or abbreviation, found from month tokens: {@code March 14th, 2023},
 * {@code 14 Mar 2023}, {@code 14th of March}, {@code Mar. 14}, {@code 14-MAR-2023},
 * {@code Jan 2020}, with a weekday before ({@code Monday, March 14, 2023}) and a time after
 * ({@code March 14, 2023 at 10:30 AM}) included. A month name alone is not reported, and the
 * month words that are also common words or names ("May", "March", "Jan") count only when
 * capitalised, followed by a year, or followed by a day and then no word ("june 22."). Impossible days (April 31) are rejected.
 *
 * <p>Scores: day and year 0.95, month and year 0.85, month and day 0.8.
 */
public final class WrittenDateRecognizer implements Recognizer {

    @Override
    public String name() {
        return "date_written";
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
        int count = text.tokenCount();
        for (int k = 0; k < count; k++) {
            int len = text.tokenLength(k);
            if (len < 3 || len > 9 || text.tokenHas(k, Text.FLAG_HAS_DIGIT)) {
                continue;
            }
            int month = DateParts.monthOfToken(text, k);
            if (month != 0) {
                k = atMonth(text, k, month, out);
            }
        }
    }

    /** Tries the date patterns around month token {@code k}; returns the last token index used. */
    private int atMonth(Text text, int k, int month, List<Finding> out) {
        String s = text.string();
        int monthEnd = text.tokenEnd(k);
        if (monthEnd < s.length() && s.charAt(monthEnd) == '.') {
            monthEnd++;
        }
        int start = text.tokenStart(k);
        int end = -1;
        int last = k;
        int day = dayAt(text, k + 1, monthEnd);
        int year;
        if (day > 0) {
            // March 14[th][,] [2023]
            end = text.tokenEnd(k + 1);
            last = k + 1;
            year = yearAt(text, k + 2, end);
            if (year > 0) {
                end = text.tokenEnd(k + 2);
                last = k + 2;
            }
        } else {
            year = yearAt(text, k + 1, monthEnd);
            int d = k - 1;
            int next = start;
            if (d >= 1 && text.tokenEquals(d, "of") && joined(s, text.tokenEnd(d), next)) {
                next = text.tokenStart(d); // 14th of March
                d--;
            }
            if (d >= 0 && joined(s, text.tokenEnd(d), next) && !sentenceBreak(text, text.tokenEnd(d), next, k, year)) {
                day = dayValue(text, d);
                if (day > 0) {
                    start = text.tokenStart(d);
                }
            }
            end = monthEnd;
            int shortYear = day == 0 && year <= 0 ? apostropheYearEnd(s, monthEnd) : -1;
            if (year > 0) {
                end = text.tokenEnd(k + 1);
                last = k + 1;
            } else if (shortYear > 0) {
                end = shortYear; // "in March '86", "Feb '01"
                year = DateParts.year(DateParts.value(s, shortYear - 2, shortYear), 2);
            } else if (day == 0) {
                return k;
            }
        }
        boolean capital = text.tokenHas(k, Text.FLAG_INITIAL_UPPER);
        if (!capital && year <= 0 && DateParts.isAmbiguousWord(text, text.tokenStart(k), text.tokenEnd(k))
                && !(start == text.tokenStart(k) && day > 0 && (!wordAfter(text, last) || ordinal(text, k + 1)))) {
            // "you may 5 times", "march 5 miles": a lower-case month word is a date only with a
            // year, or with a day right after it and no word after the day ("anniversary is june 22.")
            // or a day written as an ordinal ("dialyzed jan 3rd at the unit")
            return k;
        }
        if (day > 0 && !DateParts.validDay(Math.max(year, 0), month, day)) {
            return k;
        }
        start = withWeekday(text, start);
        double score = day > 0 && year > 0 ? 0.95 : year > 0 ? 0.85 : 0.8;
        int withTime = DateParts.timeEnd(s, end);
        out.add(new Finding(EntityType.DATE, start, withTime, score, name()));
        return last;
    }

    /** The end of " '86" (a space, an apostrophe, two digits, no third) at {@code at}, or -1. */
    private static int apostropheYearEnd(String s, int at) {
        int q = at + 1; // the apostrophe
        if (q + 2 >= s.length() || s.charAt(at) != ' ' || s.charAt(q) != '\'' && s.charAt(q) != '\u2019'
                || !DateParts.isDigit(s.charAt(q + 1)) || !DateParts.isDigit(s.charAt(q + 2))) {
            return -1;
        }
        int e = q + 3;
        return e == s.length() || !Character.isLetterOrDigit(s.charAt(e)) ? e : -1;
    }

    /** A letter word follows token {@code k} on the same line, after spaces only. */
    private static boolean wordAfter(Text text, int k) {
        if (k + 1 >= text.tokenCount() || !text.tokenHas(k + 1, Text.FLAG_HAS_LETTER)) {
            return false;
        }
        for (int i = text.tokenEnd(k); i < text.tokenStart(k + 1); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * "Hct 20. May need PT": a number ending one sentence and a month word opening the next, told
     * from the European "20. May 2024" by what follows the month: no year, and a lower-case word.
     */
    private static boolean sentenceBreak(Text text, int a, int b, int month, int year) {
        if (year > 0 || !hasPeriod(text.string(), a, b)) {
            return false;
        }
        int next = month + 1;
        return next < text.tokenCount() && text.tokenHas(next, Text.FLAG_ALL_LOWER)
                && text.tokenHas(next, Text.FLAG_HAS_LETTER) && !text.tokenHas(next, Text.FLAG_HAS_DIGIT);
    }

    private static boolean hasPeriod(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /** Day of month in token {@code k} (digits with an optional st/nd/rd/th) right after {@code prevEnd}. */
    private static int dayAt(Text text, int k, int prevEnd) {
        if (k >= text.tokenCount() || !joined(text.string(), prevEnd, text.tokenStart(k))) {
            return 0;
        }
        return dayValue(text, k);
    }

    private static int dayValue(Text text, int k) {
        int a = text.tokenStart(k);
        int b = text.tokenEnd(k);
        String s = text.string();
        int d = DateParts.digitsEnd(s, a, 2);
        if (d == a || (d < b && !isOrdinalSuffix(text, d, b))) {
            return 0;
        }
        int v = DateParts.value(s, a, d);
        return v >= 1 && v <= 31 ? v : 0;
    }

    /** Whether token {@code k} is a day with an ordinal suffix ("3rd", "21st"). */
    private static boolean ordinal(Text text, int k) {
        int a = text.tokenStart(k);
        int d = DateParts.digitsEnd(text.string(), a, 2);
        return d > a && isOrdinalSuffix(text, d, text.tokenEnd(k));
    }

    private static boolean isOrdinalSuffix(Text text, int a, int b) {
        if (b - a != 2) {
            return false;
        }
        String l = text.lower();
        return l.startsWith("st", a) || l.startsWith("nd", a) || l.startsWith("rd", a) || l.startsWith("th", a);
    }

    /** A 4-digit year in token {@code k} right after {@code prevEnd} (a comma may separate), else 0. */
    private static int yearAt(Text text, int k, int prevEnd) {
        if (k >= text.tokenCount() || !text.tokenHas(k, Text.FLAG_ALL_DIGITS) || text.tokenLength(k) != 4
                || !joined(text.string(), prevEnd, text.tokenStart(k))) {
            return 0;
        }
        int end = text.tokenEnd(k);
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return 0;
        }
        return Math.max(0, DateParts.year(DateParts.value(text.string(), text.tokenStart(k), end), 4));
    }

    /** Includes a weekday written just before {@code start} ("Monday, ", "Tue ", "Sunday the "). */
    private static int withWeekday(Text text, int start) {
        int k = text.tokenIndexBefore(start);
        if (k >= 1 && text.tokenEquals(k, "the") && joined(text.string(), text.tokenEnd(k), start)) {
            if (DateParts.isWeekday(text, text.tokenStart(k - 1), text.tokenEnd(k - 1))
                    && joined(text.string(), text.tokenEnd(k - 1), text.tokenStart(k))) {
                return text.tokenStart(k - 1);
            }
            return start;
        }
        if (k >= 0 && DateParts.isWeekday(text, text.tokenStart(k), text.tokenEnd(k))
                && joined(text.string(), text.tokenEnd(k), start)) {
            return text.tokenStart(k);
        }
        return start;
    }

    /**
     * Whether the gap {@code s[a, b)} between two parts of one date is a plain separator: one or
     * two spaces with at most one of {@code , . - /} (no line break, nothing else).
     */
    static boolean joined(String s, int a, int b) {
        if (b <= a || b - a > 3) {
            return false;
        }
        int marks = 0;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '.' || c == '-' || c == '/') {
                marks++;
            } else if (c != ' ') {
                return false;
            }
        }
        return marks <= 1;
    }
}
