package dev.veil.monitor.screen;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A normalised copy of a prompt that the phrase rules match against, with a map back to the
 * original offsets. Normalisation undoes the cheap tricks used to slip phrases past filters:
 * invisible characters are dropped, compatibility forms (full-width letters, ligatures) are folded
 * with NFKC, common Cyrillic and Greek look-alikes become Latin, text is lower-cased, curly quotes
 * are straightened and whitespace runs collapse to one space (or one newline if the run had one).
 *
 * <p>Two derived views catch the remaining tricks: {@link #leet()} reads digits and symbols inside
 * words as letters ({@code 1gn0r3} as {@code ignore}); {@link #squashed()} joins runs of single
 * letters ({@code i g n o r e}) into words. Immutable.
 */
final class PromptView {
    final String text;
    /** For each char of {@link #text}: the original index where it starts. */
    final int[] from;
    /** For each char of {@link #text}: the original index where it ends (exclusive). */
    final int[] to;

    private PromptView(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** Original span covered by normalised chars {@code [s, e)}. */
    int origStart(int s) {
        return from[Math.min(s, from.length - 1)];
    }

    int origEnd(int e) {
        return to[Math.max(0, e - 1)];
    }

    static PromptView of(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] f = new int[n + 8];
        int[] t = new int[n + 8];
        int len = 0;
        boolean pendingSpace = false;
        boolean pendingNewline = false;
        int spaceFrom = 0;
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Invisible.isInvisible(cp)) {
                i = next;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!pendingSpace) {
                    spaceFrom = i;
                }
                pendingSpace = true;
                pendingNewline |= cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
                i = next;
                continue;
            }
            if (pendingSpace && len > 0) {
                out.append(pendingNewline ? '\n' : ' ');
                if (len + 1 >= f.length) {
                    f = Arrays.copyOf(f, f.length * 2);
                    t = Arrays.copyOf(t, t.length * 2);
                }
                f[len] = spaceFrom;
                t[len] = i;
                len++;
            }
            pendingSpace = false;
            pendingNewline = false;
            if (cp < 128) {
                // ASCII fast path: lower-case in place, no allocation.
                if (len + 1 >= f.length) {
                    f = Arrays.copyOf(f, f.length * 2);
                    t = Arrays.copyOf(t, t.length * 2);
                }
                out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
                f[len] = i;
                t[len] = next;
                len++;
                i = next;
                continue;
            }
            String mapped = fold(cp);
            for (int k = 0; k < mapped.length(); k++) {
                if (len + 1 >= f.length) {
                    f = Arrays.copyOf(f, f.length * 2);
                    t = Arrays.copyOf(t, t.length * 2);
                }
                out.append(mapped.charAt(k));
                f[len] = i;
                t[len] = next;
                len++;
            }
            i = next;
        }
        return new PromptView(out.toString(), Arrays.copyOf(f, Math.max(1, len)), Arrays.copyOf(t, Math.max(1, len)));
    }

    /** Folds one non-ASCII code point. */
    private static String fold(int cp) {
        switch (cp) {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x0060 -> {
                return "'";
            }
            case 0x201C, 0x201D, 0x201E, 0x2033, 0x00AB, 0x00BB -> {
                return "\"";
            }
            default -> {
                // fall through to the look-alike table and NFKC
            }
        }
        char latin = Confusables.latin(cp);
        if (latin != 0) {
            return String.valueOf(latin);
        }
        String nf = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return nf.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Digits and symbols inside letter words read as letters; same length, same offsets. A '1'
     * stands for either 'i' or 'l', so callers try both; null if nothing changes.
     */
    PromptView leet(char oneAs) {
        char[] c = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < c.length; i++) {
            char m = c[i] == '1' ? oneAs : leetLetter(c[i]);
            if (m != 0 && (isLetterAt(c, i - 1) || isLetterAt(c, i + 1))) {
                c[i] = m;
                changed = true;
            }
        }
        return changed ? new PromptView(new String(c), from, to) : null;
    }

    private static boolean isLetterAt(char[] c, int i) {
        return i >= 0 && i < c.length && c[i] >= 'a' && c[i] <= 'z';
    }

    private static char leetLetter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7', '+' -> 't';
            case '8' -> 'b';
            case '9' -> 'g';
            default -> 0;
        };
    }

    /**
     * Runs of at least five single letters separated by one space or punctuation mark
     * ({@code i g n o r e}, {@code i.g.n.o.r.e}) joined into words; null if there is none.
     */
    PromptView squashed() {
        String s = text;
        int n = s.length();
        StringBuilder out = null;
        int[] f = null;
        int[] t = null;
        int len = 0;
        int i = 0;
        while (i < n) {
            int runEnd = singleLetterRunEnd(s, i);
            if (runEnd > i) {
                if (out == null) {
                    out = new StringBuilder(n);
                    f = new int[n];
                    t = new int[n];
                    for (int k = 0; k < i; k++) {
                        out.append(s.charAt(k));
                        f[len] = from[k];
                        t[len] = to[k];
                        len++;
                    }
                }
                for (int k = i; k < runEnd; k++) {
                    char c = s.charAt(k);
                    if (c >= 'a' && c <= 'z') {
                        out.append(c);
                        f[len] = from[k];
                        t[len] = to[k];
                        len++;
                    }
                }
                i = runEnd;
                continue;
            }
            if (out != null) {
                out.append(s.charAt(i));
                f[len] = from[i];
                t[len] = to[i];
                len++;
            }
            i++;
        }
        if (out == null) {
            return null;
        }
        return new PromptView(out.toString(), Arrays.copyOf(f, Math.max(1, len)), Arrays.copyOf(t, Math.max(1, len)));
    }

    /** End of a run of >= 5 single letters starting at {@code i}, or {@code i} if there is none. */
    private static int singleLetterRunEnd(String s, int i) {
        int n = s.length();
        if (!isSingleLetter(s, i)) {
            return i;
        }
        int count = 1;
        int j = i + 1;
        while (j + 1 < n && isSeparator(s.charAt(j)) && isSingleLetter(s, j + 1)) {
            count++;
            j += 2;
        }
        return count >= 5 ? j : i;
    }

    private static boolean isSingleLetter(String s, int i) {
        char c = s.charAt(i);
        if (c < 'a' || c > 'z') {
            return false;
        }
        boolean leftOk = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        boolean rightOk = i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
        return leftOk && rightOk;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '|' || c == '/' || c == ',';
    }

    @Override
    public String toString() {
        return "PromptView[" + text.length() + " chars]";
    }
}
