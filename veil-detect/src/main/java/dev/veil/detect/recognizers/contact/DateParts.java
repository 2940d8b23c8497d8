package dev.veil.detect.recognizers.contact;

import dev.veil.detect.Text;

/**
 * Calendar checks and small scanners shared by the date recognizers: month and weekday names,
 * day-of-month validity (so "02/30/2020" and "13/13/2020" are rejected) and the time of day that
 * may follow a date ({@code T10:30:00Z}, {@code 10:30 AM}, {@code at 9:05pm}).
 */
final class DateParts {
    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2199;

    /** Month names and abbreviations; {@link #MONTH_OF} gives each one's month number. */
    private static final WordList MONTHS = WordList.of("january", "jan", "february", "feb", "march", "mar",
            "april", "apr", "may", "june", "jun", "july", "jul", "august", "aug", "september", "sep", "sept",
            "october", "oct", "november", "nov", "december", "dec");
    private static final int[] MONTH_OF = {1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 11, 11,
        12, 12};
    private static final WordList WEEKDAYS = WordList.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    /** Month words that are also common English words or names: they need a capital or a year. */
    private static final WordList AMBIGUOUS = WordList.of("may", "march", "mar", "jan", "june", "jun", "dec",
            "sun", "sat", "wed");

    private DateParts() {
    }

    /** Month number 1-12 if {@code text[start, end)} names a month, else 0. */
    /** The month (1-12) word token {@code k} names, or 0. */
    static int monthOfToken(Text text, int k) {
        int len = text.tokenLength(k);
        if (len < 3 || len > 9) {
            return 0;
        }
        int i = MONTHS.indexOfToken(text, k);
        return i < 0 ? 0 : MONTH_OF[i];
    }

    static int month(Text text, int start, int end) {
        int len = end - start;
        if (len < 3 || len > 9) {
            return 0;
        }
        int i = MONTHS.indexOf(text, start, end);
        return i < 0 ? 0 : MONTH_OF[i];
    }

    static boolean isWeekday(Text text, int start, int end) {
        return WEEKDAYS.contains(text, start, end);
    }

    static boolean isAmbiguousWord(Text text, int start, int end) {
        return AMBIGUOUS.contains(text, start, end);
    }

    /** Whether day {@code d} exists in month {@code m} of {@code year} (0 = year unknown: 29 Feb allowed). */
    static boolean validDay(int year, int m, int d) {
        if (m < 1 || m > 12 || d < 1) {
            return false;
        }
        int max = switch (m) {
            case 2 -> year == 0 || isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return d <= max;
    }

    private static boolean isLeap(int y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    /** A 4-digit year in range, or a 2-digit one (mapped to 2000+, only for leap-year checks). */
    static int year(int value, int digits) {
        if (digits == 2) {
            return 2000 + value;
        }
        return digits == 4 && value >= MIN_YEAR && value <= MAX_YEAR ? value : -1;
    }

    /** Value of the ASCII digits {@code s[a, b)}. */
    static int value(String s, int a, int b) {
        int v = 0;
        for (int i = a; i < b; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /**
     * End of a time of day attached at {@code i} ({@code "T10:30:00.123Z"}, {@code " 10:30"},
     * {@code ", 9:05 pm"}, {@code " at 10:30 AM"}, {@code " 14:05:00+02:00"}), or {@code i} if none.
     */
    static int timeEnd(String s, int i) {
        int n = s.length();
        int j = i;
        if (j < n && s.charAt(j) == 'T') {
            j++;
        } else {
            if (j < n && s.charAt(j) == ',') {
                j++;
            }
            if (j < n && s.charAt(j) == ' ') {
                j++;
            } else {
                return i;
            }
            if (s.regionMatches(true, j, "at ", 0, 3)) {
                j += 3;
            }
        }
        int h = digitsEnd(s, j, 2);
        if (h == j || h >= n || s.charAt(h) != ':' || DateParts.value(s, j, h) > 24) {
            return i;
        }
        int m = digitsEnd(s, h + 1, 2);
        if (m - h - 1 != 2 || DateParts.value(s, h + 1, m) > 59) {
            return i;
        }
        int end = m;
        if (end + 2 < n && s.charAt(end) == ':' && digitsEnd(s, end + 1, 2) == end + 3) {
            end += 3;
            if (end + 1 < n && s.charAt(end) == '.' && isDigit(s.charAt(end + 1))) {
                end = digitsEnd(s, end + 1, 9);
            }
        }
        return zoneOrMeridiem(s, end);
    }

    private static int zoneOrMeridiem(String s, int end) {
        int n = s.length();
        if (end < n && s.charAt(end) == 'Z') {
            return end + 1;
        }
        if (end < n && (s.charAt(end) == '+' || s.charAt(end) == '-')) {
            int hh = digitsEnd(s, end + 1, 2);
            if (hh == end + 3) {
                if (hh + 2 < n && s.charAt(hh) == ':' && digitsEnd(s, hh + 1, 2) == hh + 3) {
                    return hh + 3;
                }
                return digitsEnd(s, hh, 2) == hh + 2 ? hh + 2 : hh;
            }
            return end;
        }
        int j = end < n && s.charAt(end) == ' ' ? end + 1 : end;
        char c = j + 1 < n ? (char) (s.charAt(j) | 0x20) : 0;
        if (c == 'a' || c == 'p') {
            int k = j + 1;
            boolean dotted = k < n && s.charAt(k) == '.';
            if (dotted) {
                k++;
            }
            if (k < n && (s.charAt(k) | 0x20) == 'm') {
                k++;
                if (dotted && k < n && s.charAt(k) == '.') {
                    k++; // "p.m." keeps its last dot, "pm." ends a sentence
                }
                if (k == n || !Character.isLetterOrDigit(s.charAt(k))) {
                    return k;
                }
            }
        }
        return end;
    }

    /** End of up to {@code max} ASCII digits starting at {@code i}. */
    static int digitsEnd(String s, int i, int max) {
        int j = i;
        while (j < s.length() && j - i < max && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
