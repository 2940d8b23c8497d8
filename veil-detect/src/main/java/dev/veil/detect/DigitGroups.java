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
        Groups g = runs.groups;
        char[] s = text.chars();
        char[] digits = new char[maxDigits];
        for (int r = 0; r < runs.count; r++) {
            int n = runs.digitCount[r];
            if (n < minDigits || n > maxDigits) {
                continue;
            }
            // the run's digits: its groups' chars, the separators between them left out
            int at = 0;
            for (int k = runs.firstGroup[r], last = runs.lastGroup[r]; k <= last; k++) {
                int len = g.end[k] - g.start[k];
                System.arraycopy(s, g.start[k], digits, at, len);
                at += len;
            }
            v.visit(g.start[runs.firstGroup[r]], g.end[runs.lastGroup[r]], digits, n, runs.lastGroup[r] - runs.firstGroup[r] + 1);
        }
    }

    /** The runs of one separator set in one text, as ranges of {@link Groups}; glued runs already dropped. */
    private static final class Runs {
        final Groups groups;
        int count;
        int[] firstGroup = new int[8];
        int[] lastGroup = new int[8];
        int[] digitCount = new int[8];

        private Runs(Groups groups) {
            this.groups = groups;
        }

        static Runs find(Text text, String separators) {
            Groups g = Groups.of(text);
            char[] s = text.chars();
            int n = s.length;
            Runs runs = new Runs(g);
            int k = 0;
            while (k < g.count) {
                int first = k;
                int digits = g.end[k] - g.start[k];
                // join the next group while exactly one separator of the set lies between them
                while (k + 1 < g.count && g.start[k + 1] == g.end[k] + 1 && separators.indexOf(s[g.end[k]]) >= 0) {
                    k++;
                    digits += g.end[k] - g.start[k];
                }
                int end = g.end[k];
                // a letter glued to the end means this is part of a word such as "12345abc"
                if (end >= n || !Character.isLetter(s[end])) {
                    runs.add(first, k, digits);
                }
                k++;
            }
            return runs;
        }

        void add(int first, int last, int digits) {
            if (count == firstGroup.length) {
                int cap = count * 2;
                firstGroup = Arrays.copyOf(firstGroup, cap);
                lastGroup = Arrays.copyOf(lastGroup, cap);
                digitCount = Arrays.copyOf(digitCount, cap);
            }
            firstGroup[count] = first;
            lastGroup[count] = last;
            digitCount[count] = digits;
            count++;
        }
    }

    /**
     * The runs of ASCII digits that start a word token, found once per text and shared by every
     * separator set: a set's runs are these groups joined wherever exactly one of its separators
     * lies between two of them (a digit right after a separator always starts a token, so every
     * group a run can continue with is here). Finding the groups reads the text; joining them for
     * another set reads only the groups.
     */
    private static final class Groups {
        private static final Object KEY = new Object();

        int count;
        int[] start = new int[16];
        int[] end = new int[16];

        static Groups of(Text text) {
            Groups g = text.derived(KEY, Groups.class);
            if (g == null) {
                g = find(text);
                text.putDerived(KEY, g);
            }
            return g;
        }

        private static Groups find(Text text) {
            Groups g = new Groups();
            char[] s = text.chars();
            int n = s.length;
            for (int k = 0, tokens = text.digitTokenCount(); k < tokens; k++) {
                int a = text.tokenStart(text.digitToken(k));
                if (!isDigit(s[a])) {
                    continue;
                }
                int b = a + 1;
                while (b < n && isDigit(s[b])) {
                    b++;
                }
                if (g.count == g.start.length) {
                    g.start = Arrays.copyOf(g.start, g.count * 2);
                    g.end = Arrays.copyOf(g.end, g.count * 2);
                }
                g.start[g.count] = a;
                g.end[g.count] = b;
                g.count++;
            }
            return g;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
