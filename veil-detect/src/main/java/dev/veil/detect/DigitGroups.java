package dev.veil.detect;

import java.util.Arrays;

/**
 * Finds runs of digit groups such as {@code 4539 1488 0343 6467}, {@code 536-22-8726} or
 * {@code 650.555.0175}: digits separated by single separator characters, bounded on both sides by
 * something that is not a letter or digit. The shared starting point of the numeric recognizers,
 * which then validate each candidate's digits.
 *
 * <p>Cost: the runs for a separator set are found once per {@link Text}, in one pass that starts
 * only at word tokens beginning with a digit (the text between numbers is not read), and kept
 * with the text; every later scan with the same separators, whatever its digit range, replays
 * them. Several recognizers share a separator set (nine-digit IDs, cards, phone-like numbers).
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
     * skipped as a whole (it is a longer number, not this entity), and so is a run glued to a
     * following letter ({@code 12345abc}). The {@code digits} array passed to the visitor is
     * reused between calls.
     */
    public static void scan(Text text, int minDigits, int maxDigits, String separators, Visitor v) {
        if (!text.hasDigit()) {
            return;
        }
        Runs runs = text.derived(separators, Runs.class);
        if (runs == null) {
            runs = Runs.find(text, separators);
            text.putDerived(separators, runs);
        }
        char[] digits = new char[maxDigits];
        for (int r = 0; r < runs.count; r++) {
            int n = runs.digitCount[r];
            if (n < minDigits || n > maxDigits) {
                continue;
            }
            System.arraycopy(runs.digits, runs.digitOffset[r], digits, 0, n);
            v.visit(runs.start[r], runs.end[r], digits, n, runs.groups[r]);
        }
    }

    /** The runs of one separator set in one text, glued runs already dropped. */
    private static final class Runs {
        int count;
        int[] start = new int[8];
        int[] end = new int[8];
        int[] digitCount = new int[8];
        int[] groups = new int[8];
        int[] digitOffset = new int[8];
        char[] digits = new char[64];
        int digitsUsed;

        static Runs find(Text text, String separators) {
            Runs runs = new Runs();
            char[] s = text.chars();
            int n = s.length;
            // A run starts at a digit that follows no letter or digit, i.e. at the start of a word
            // token with a digit: the shared index of such tokens skips the text between numbers.
            int tokens = text.digitTokenCount();
            int consumed = 0;
            for (int k = 0; k < tokens; k++) {
                int start = text.tokenStart(text.digitToken(k));
                char c = s[start];
                if (start < consumed || c < '0' || c > '9') {
                    continue;
                }
                int offset = runs.digitsUsed;
                int i = start;
                int groups = 1;
                int lastDigitEnd = i;
                while (i < n) {
                    c = s[i];
                    if (c >= '0' && c <= '9') {
                        runs.addDigit(c);
                        i++;
                        lastDigitEnd = i;
                    } else if (separators.indexOf(c) >= 0 && i + 1 < n && isDigit(s[i + 1]) && i > start
                            && isDigit(s[i - 1])) {
                        groups++;
                        i++;
                    } else {
                        break;
                    }
                }
                consumed = i;
                // a letter glued to the end means this is part of a word such as "12345abc"
                if (lastDigitEnd < n && Character.isLetter(s[lastDigitEnd])) {
                    runs.digitsUsed = offset;
                } else {
                    runs.add(start, lastDigitEnd, runs.digitsUsed - offset, groups, offset);
                }
            }
            return runs;
        }

        void addDigit(char c) {
            if (digitsUsed == digits.length) {
                digits = Arrays.copyOf(digits, digitsUsed * 2);
            }
            digits[digitsUsed++] = c;
        }

        void add(int s, int e, int n, int g, int offset) {
            if (count == start.length) {
                int cap = count * 2;
                start = Arrays.copyOf(start, cap);
                end = Arrays.copyOf(end, cap);
                digitCount = Arrays.copyOf(digitCount, cap);
                groups = Arrays.copyOf(groups, cap);
                digitOffset = Arrays.copyOf(digitOffset, cap);
            }
            start[count] = s;
            end[count] = e;
            digitCount[count] = n;
            groups[count] = g;
            digitOffset[count] = offset;
            count++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
