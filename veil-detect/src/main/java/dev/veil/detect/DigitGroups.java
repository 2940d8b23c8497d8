package dev.veil.detect;

/**
 * Finds runs of digit groups such as {@code 4539 1488 0343 6467}, {@code 536-22-8726} or
 * {@code 650.555.0175}: digits separated by single separator characters, bounded on both sides by
 * something that is not a letter or digit. One linear pass that starts only at word tokens
 * beginning with a digit (the {@link Text} token index is shared by all recognizers, so the text
 * between numbers is not read again); the shared starting point of the numeric recognizers, which
 * then validate each candidate's digits.
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
        // A run starts at a digit that follows no letter or digit, i.e. at the start of a word token
        // with a digit: walking the shared index of such tokens skips the text between numbers.
        int count = text.digitTokenCount();
        int consumed = 0;
        for (int k = 0; k < count; k++) {
            int start = text.tokenStart(text.digitToken(k));
            if (start < consumed) {
                continue;
            }
            char c = s.charAt(start);
            if (c < '0' || c > '9') {
                continue;
            }
            int i = start;
            int digitCount = 0;
            int groups = 1;
            int lastDigitEnd = i;
            boolean tooLong = false;
            while (i < n) {
                c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (digitCount < maxDigits) {
                        digits[digitCount] = c;
                    } else {
                        tooLong = true;
                    }
                    digitCount++;
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
            consumed = i;
            // a letter glued to the end means this is part of a word such as "12345abc"
            boolean gluedAfter = lastDigitEnd < n && Character.isLetter(s.charAt(lastDigitEnd));
            if (!tooLong && !gluedAfter && digitCount >= minDigits) {
                v.visit(start, lastDigitEnd, digits, digitCount, groups);
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
