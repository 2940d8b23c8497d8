package dev.veil.detect;

/**
 * Finds runs of digit groups such as {@code 4539 1488 0343 6467}, {@code 536-22-8726} or
 * {@code 650.555.0175}: digits separated by single separator characters, bounded on both sides by
 * something that is not a letter or digit. One linear pass; the shared starting point of the
 * numeric recognizers, which then validate each candidate's digits.
 */
public final class DigitGroups {

    /** Receives one candidate: its span and its digits (separators removed). */
    @FunctionalInterface
    public interface Visitor {
        void visit(int start, int end, char[] digits, int digitCount, int groupCount);
    }

    private DigitGroups() {
    }

    /**
     * Visits every maximal run in {@code text} that has between {@code minDigits} and
     * {@code maxDigits} digits, whose groups are separated by exactly one character from
     * {@code separators} (e.g. {@code " -."}). A run with more than {@code maxDigits} digits is
     * skipped as a whole (it is a longer number, not this entity).
     */
    public static void scan(Text text, int minDigits, int maxDigits, String separators, Visitor v) {
        if (!text.hasDigit()) {
            return;
        }
        String s = text.string();
        int n = s.length();
        char[] digits = new char[maxDigits];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || (i > 0 && isLetterOrDigit(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            int count = 0;
            int groups = 1;
            int lastDigitEnd = i;
            boolean tooLong = false;
            while (i < n) {
                c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (count < maxDigits) {
                        digits[count] = c;
                    } else {
                        tooLong = true;
                    }
                    count++;
                    i++;
                    lastDigitEnd = i;
                } else if (separators.indexOf(c) >= 0 && i + 1 < n && isDigit(s.charAt(i + 1)) && i > start
                        && isDigit(s.charAt(i - 1))) {
                    groups++;
                    i++;
                } else {
                    break;
                }
            }
            // a letter glued to the end means this is part of a word such as "12345abc"
            boolean gluedAfter = lastDigitEnd < n && Character.isLetter(s.charAt(lastDigitEnd));
            if (!tooLong && !gluedAfter && count >= minDigits) {
                v.visit(start, lastDigitEnd, digits, count, groups);
            }
            if (i == start) {
                i++;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                : Character.isLetterOrDigit(c);
    }
}
