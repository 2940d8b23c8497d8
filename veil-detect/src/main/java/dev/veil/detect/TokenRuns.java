package dev.veil.detect;

/**
 * Identifiers written as several word tokens joined by single separators, such as
 * {@code GB82 WEST 1234 5698 7654 32}, {@code 1EG4-TE5-MK73} or {@code AB 12 34 56 C}. Works on the
 * token index of {@link Text}, so a recognizer that starts from a token costs nothing for the
 * characters in between. Stateless helpers; no allocation.
 */
public final class TokenRuns {
    private TokenRuns() {
    }

    /**
     * The index of the last token of the run that starts at token {@code first}: a following token
     * joins while it starts exactly one character after the previous token ends, that character is
     * one of {@code separators}, and the run's letters and digits stay within {@code maxChars}.
     * Returns {@code first} when nothing joins.
     */
    public static int runEnd(Text text, int first, String separators, int maxChars) {
        int count = text.tokenCount();
        int last = first;
        int chars = text.tokenLength(first);
        while (last + 1 < count) {
            int gap = text.tokenEnd(last);
            int next = last + 1;
            if (text.tokenStart(next) != gap + 1 || separators.indexOf(text.charAt(gap)) < 0) {
                break;
            }
            int len = text.tokenLength(next);
            if (chars + len > maxChars) {
                break;
            }
            chars += len;
            last = next;
        }
        return last;
    }

    /**
     * Copies the letters and digits of tokens {@code first..last} into {@code buf}, upper-casing
     * ASCII letters. Returns the number of chars copied, or -1 if a char is not an ASCII letter or
     * digit or {@code buf} is too small.
     */
    public static int copyUpper(Text text, int first, int last, char[] buf) {
        text.tokenCount(); // builds the token index if no one has yet
        int n = 0;
        for (int t = first; t <= last; t++) {
            for (int i = text.tokenStart(t), end = text.tokenEnd(t); i < end; i++) {
                char c = text.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    c -= 32;
                } else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                    return -1;
                }
                if (n == buf.length) {
                    return -1;
                }
                buf[n++] = c;
            }
        }
        return n;
    }

    /** Number of ASCII digits in {@code buf[0..len)}. */
    public static int digitCount(char[] buf, int len) {
        int d = 0;
        for (int i = 0; i < len; i++) {
            if (buf[i] >= '0' && buf[i] <= '9') {
                d++;
            }
        }
        return d;
    }

    /**
     * True if {@code [start, end)} consists of word tokens of exactly the given lengths, joined by
     * one and the same separator char, e.g. {@code (3, 2, 4)} for {@code 536-22-8726}.
     */
    public static boolean isGrouped(Text text, int start, int end, int... sizes) {
        int t = text.tokenIndexAtOrAfter(start);
        if (t + sizes.length > text.tokenCount() || text.tokenStart(t) != start) {
            return false;
        }
        char sep = 0;
        for (int k = 0; k < sizes.length; k++) {
            if (text.tokenLength(t + k) != sizes[k]) {
                return false;
            }
            if (k > 0) {
                int gap = text.tokenEnd(t + k - 1);
                if (text.tokenStart(t + k) != gap + 1 || (sep != 0 && text.charAt(gap) != sep)) {
                    return false;
                }
                sep = text.charAt(gap);
            }
        }
        return text.tokenEnd(t + sizes.length - 1) == end;
    }

    /** The separator char of a grouped span (the first char after its first token), or 0 if ungrouped. */
    public static char separator(Text text, int start, int end) {
        int t = text.tokenIndexAtOrAfter(start);
        int e = text.tokenEnd(t);
        return e < end ? text.charAt(e) : 0;
    }

    /**
     * True if tokens {@code first..last} are all digits and read as a date or a year range
     * ({@code 2024-05-01}, {@code 05-01-2024}, {@code 2023-2024}): a label such as "policy" or
     * "serial" followed by a date is not followed by an identifier.
     */
    public static boolean looksLikeDate(Text text, int first, int last) {
        int n = last - first + 1;
        if (n < 2 || n > 3) {
            return false;
        }
        int[] v = new int[3];
        int[] len = new int[3];
        for (int k = 0; k < n; k++) {
            int t = first + k;
            if (!text.tokenHas(t, Text.FLAG_ALL_DIGITS) || text.tokenLength(t) > 4) {
                return false;
            }
            len[k] = text.tokenLength(t);
            for (int i = text.tokenStart(t); i < text.tokenEnd(t); i++) {
                v[k] = v[k] * 10 + (text.charAt(i) - '0');
            }
        }
        if (n == 2) {
            return len[0] == 4 && len[1] == 4 && isYear(v[0]) && isYear(v[1]);
        }
        if (len[0] == 4) {
            return isYear(v[0]) && v[1] >= 1 && v[1] <= 12 && v[2] >= 1 && v[2] <= 31 && len[2] <= 2;
        }
        return len[0] <= 2 && len[1] <= 2 && (len[2] == 2 || len[2] == 4) && v[0] >= 1 && v[0] <= 31 && v[1] >= 1
                && v[1] <= 31 && (v[0] <= 12 || v[1] <= 12);
    }

    private static boolean isYear(int y) {
        return y >= 1900 && y <= 2099;
    }
}
