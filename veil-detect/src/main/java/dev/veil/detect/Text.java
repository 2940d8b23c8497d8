package dev.veil.detect;

import java.util.Arrays;

/**
 * The text under analysis plus cheap shared indexes, computed once and lazily, so that each
 * recognizer can skip work instead of scanning the whole text again.
 *
 * <ul>
 *   <li>{@link #mayContain(char)}: whether an ASCII character occurs at all (one pass, 128-bit set);
 *   <li>word tokens: maximal runs of letters or digits, with shape flags ({@link #FLAG_ALL_DIGITS}, ...);
 *   <li>{@link #lower()}: a lower-cased copy with the same indices (char-by-char, never changes length).
 * </ul>
 *
 * <p>Not thread-safe: one instance per analysis call, used by one thread. Offsets are UTF-16 indices.
 */
public final class Text {
    /** Token starts with an upper-case letter. */
    public static final int FLAG_INITIAL_UPPER = 1;
    /** Every letter in the token is upper case and there is at least one letter. */
    public static final int FLAG_ALL_UPPER = 1 << 1;
    /** Every letter in the token is lower case and there is at least one letter. */
    public static final int FLAG_ALL_LOWER = 1 << 2;
    /** The token contains at least one digit. */
    public static final int FLAG_HAS_DIGIT = 1 << 3;
    /** The token contains at least one letter. */
    public static final int FLAG_HAS_LETTER = 1 << 4;
    /** The token consists of digits only. */
    public static final int FLAG_ALL_DIGITS = 1 << 5;
    /** The token contains a non-ASCII letter. */
    public static final int FLAG_NON_ASCII = 1 << 6;

    private final String text;
    private long ascii0;
    private long ascii1;
    private boolean nonAscii;
    private boolean presenceDone;

    private int[] tokStart;
    private int[] tokEnd;
    private int[] tokFlags;
    private int tokCount = -1;
    private int[] tokHash;
    private int[] digitTok;
    private int digitTokCount;
    /** Results of shared scanners kept with the text (DigitGroups' runs), keyed by their parameters. */
    private Object[] derivedKeys;
    private Object[] derivedValues;
    private int derivedCount;

    private String lower;
    /** The text's chars, copied once: the scans below read an array rather than the String (no coder check per char). */
    private char[] chars;

    public Text(String text) {
        this.text = text;
    }

    /**
     * The text's chars as an array, shared and not copied (made once per text): hot scans read it
     * instead of {@link #charAt}, which costs a String coder check per char. Read-only: writing to
     * it would corrupt the analysis of every later recognizer.
     */
    public char[] chars() {
        char[] c = chars;
        if (c == null) {
            c = text.toCharArray();
            chars = c;
        }
        return c;
    }

    public String string() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    public String substring(int start, int end) {
        return text.substring(start, end);
    }

    /**
     * False only if the ASCII character {@code c} certainly does not occur. Non-ASCII characters
     * always answer true.
     */
    public boolean mayContain(char c) {
        if (c >= 128) {
            return true;
        }
        computePresence();
        return c < 64 ? (ascii0 & (1L << c)) != 0 : (ascii1 & (1L << (c - 64))) != 0;
    }

    /** True if any character is outside ASCII. */
    public boolean hasNonAscii() {
        computePresence();
        return nonAscii;
    }

    /** True if the text contains at least one ASCII digit. */
    public boolean hasDigit() {
        computePresence();
        return (ascii0 & 0x03FF_0000_0000_0000L) != 0;
    }

    private void computePresence() {
        if (!presenceDone) {
            tokenize(); // gathers the presence bits in its pass over the chars
        }
    }

    /** Lower-cased copy, same length and indices as the text. */
    public String lower() {
        if (lower == null) {
            char[] in = chars();
            char[] out = new char[in.length];
            boolean changed = false;
            for (int i = 0; i < out.length; i++) {
                char c = in[i];
                char l;
                if (c < 128) {
                    l = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
                } else {
                    l = Character.toLowerCase(c);
                }
                out[i] = l;
                changed |= l != c;
            }
            lower = changed ? new String(out) : text;
        }
        return lower;
    }

    // ---- word tokens ----

    /** Number of word tokens (maximal runs of letters or digits). */
    public int tokenCount() {
        tokenize();
        return tokCount;
    }

    public int tokenStart(int i) {
        return tokStart[i];
    }

    public int tokenEnd(int i) {
        return tokEnd[i];
    }

    public int tokenFlags(int i) {
        return tokFlags[i];
    }

    public boolean tokenHas(int i, int flag) {
        return (tokFlags[i] & flag) != 0;
    }

    public int tokenLength(int i) {
        return tokEnd[i] - tokStart[i];
    }

    /** The token's text. Allocates; prefer {@link #tokenEquals} in hot loops. */
    public String token(int i) {
        return text.substring(tokStart[i], tokEnd[i]);
    }

    /** The token's lower-cased text. */
    public String tokenLower(int i) {
        return lower().substring(tokStart[i], tokEnd[i]);
    }

    /** Case-insensitive ASCII comparison of token {@code i} with {@code word} (given in lower case). */
    public boolean tokenEquals(int i, String lowerWord) {
        int s = tokStart[i];
        int len = tokEnd[i] - s;
        if (len != lowerWord.length()) {
            return false;
        }
        return lower().regionMatches(s, lowerWord, 0, len);
    }

    /**
     * Number of tokens that contain a digit. Numbers are few in most texts, so recognizers of
     * numeric identifiers iterate {@link #digitToken} instead of every token.
     */
    public int digitTokenCount() {
        tokenize();
        return digitTokCount;
    }

    /** The token index of the {@code k}-th token containing a digit, in text order. */
    public int digitToken(int k) {
        if (k < 0 || k >= digitTokCount) {
            throw new IndexOutOfBoundsException(k);
        }
        return digitTok[k];
    }

    /**
     * Hash of token {@code i}'s lower-cased text, equal to {@code tokenLower(i).hashCode()}. Computed
     * with the tokens (in the same pass), so recognizers can match tokens against word lists by an int
     * compare (then confirm with {@link #tokenEquals}) without allocating.
     */
    public int tokenHash(int i) {
        tokenize();
        return tokHash[i];
    }

    /** Index of the first token whose end is after {@code charIndex}, or {@link #tokenCount()}. */
    public int tokenIndexAtOrAfter(int charIndex) {
        tokenize();
        int lo = 0;
        int hi = tokCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokEnd[mid] <= charIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token that ends at or before {@code charIndex}, or -1. */
    public int tokenIndexBefore(int charIndex) {
        return tokenIndexAtOrAfter(charIndex) - 1;
    }

    private void tokenize() {
        if (tokCount >= 0) {
            return;
        }
        char[] s = chars();
        int n = s.length;
        int cap = Math.max(8, n / 5);
        int[] st = new int[cap];
        int[] en = new int[cap];
        int[] fl = new int[cap];
        // the lower-case hash of each token (see tokenHash) is computed in the same pass
        int[] hs = new int[cap];
        int count = 0;
        int i = 0;
        // the presence bits (see mayContain) are gathered in the same pass: every char is read once
        long a0 = 0;
        long a1 = 0;
        boolean na = false;
        while (i < n) {
            char c = s[i];
            if (!isWordChar(c)) {
                a0 |= below64(c);
                a1 |= from64To128(c);
                na |= c >= 128;
                i++;
                continue;
            }
            int start = i;
            int upper = 0;
            int lowerCount = 0;
            int digits = 0;
            int hash = 0;
            boolean nonAsciiLetter = false;
            while (i < n) {
                c = s[i];
                a0 |= below64(c);
                a1 |= from64To128(c);
                na |= c >= 128;
                if (c < 128) {
                    if (c >= 'a' && c <= 'z') {
                        lowerCount++;
                        hash = 31 * hash + c;
                    } else if (c >= 'A' && c <= 'Z') {
                        upper++;
                        hash = 31 * hash + c + 32;
                    } else if (c >= '0' && c <= '9') {
                        digits++;
                        hash = 31 * hash + c;
                    } else {
                        break;
                    }
                } else if (Character.isLetter(c)) {
                    nonAsciiLetter = true;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    } else {
                        lowerCount++;
                    }
                    hash = 31 * hash + Character.toLowerCase(c);
                } else if (Character.isDigit(c)) {
                    digits++;
                    hash = 31 * hash + Character.toLowerCase(c);
                } else if (Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                    // combining accents stay inside the word
                    hash = 31 * hash + Character.toLowerCase(c);
                } else {
                    break;
                }
                i++;
            }
            int flags = 0;
            int letters = upper + lowerCount;
            char first = s[start];
            if (Character.isUpperCase(first)) {
                flags |= FLAG_INITIAL_UPPER;
            }
            if (letters > 0 && lowerCount == 0) {
                flags |= FLAG_ALL_UPPER;
            }
            if (letters > 0 && upper == 0) {
                flags |= FLAG_ALL_LOWER;
            }
            if (digits > 0) {
                flags |= FLAG_HAS_DIGIT;
            }
            if (letters > 0) {
                flags |= FLAG_HAS_LETTER;
            }
            if (letters == 0 && digits == i - start) {
                flags |= FLAG_ALL_DIGITS;
            }
            if (nonAsciiLetter) {
                flags |= FLAG_NON_ASCII;
            }
            if (count == st.length) {
                int nc = st.length * 2;
                st = Arrays.copyOf(st, nc);
                en = Arrays.copyOf(en, nc);
                fl = Arrays.copyOf(fl, nc);
                hs = Arrays.copyOf(hs, nc);
            }
            st[count] = start;
            en[count] = i;
            fl[count] = flags;
            hs[count] = hash;
            count++;
        }
        int[] dt = new int[Math.max(4, count / 4)];
        int dc = 0;
        for (int t = 0; t < count; t++) {
            if ((fl[t] & FLAG_HAS_DIGIT) != 0) {
                if (dc == dt.length) {
                    dt = Arrays.copyOf(dt, dc * 2);
                }
                dt[dc++] = t;
            }
        }
        tokStart = st;
        tokEnd = en;
        tokFlags = fl;
        tokHash = hs;
        ascii0 = a0;
        ascii1 = a1;
        nonAscii = na;
        presenceDone = true;
        digitTok = dt;
        digitTokCount = dc;
        tokCount = count;
    }

    /** The presence bit of {@code c} in the low word (chars 0-63), or 0. */
    private static long below64(char c) {
        return c < 64 ? 1L << c : 0;
    }

    /** The presence bit of {@code c} in the high word (chars 64-127), or 0. */
    private static long from64To128(char c) {
        return c >= 64 && c < 128 ? 1L << c : 0;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    // ---- results of shared scanners, computed once per text ----

    /** The value stored under {@code key} by {@link #putDerived}, or null. */
    <T> T derived(Object key, Class<T> type) {
        for (int i = 0; i < derivedCount; i++) {
            if (derivedKeys[i].equals(key)) {
                return type.cast(derivedValues[i]);
            }
        }
        return null;
    }

    void putDerived(Object key, Object value) {
        if (derivedKeys == null) {
            derivedKeys = new Object[4];
            derivedValues = new Object[4];
        } else if (derivedCount == derivedKeys.length) {
            derivedKeys = Arrays.copyOf(derivedKeys, derivedCount * 2);
            derivedValues = Arrays.copyOf(derivedValues, derivedCount * 2);
        }
        derivedKeys[derivedCount] = key;
        derivedValues[derivedCount] = value;
        derivedCount++;
    }

    // ---- helpers shared by recognizers ----

    /** True if {@code i} is a word boundary: start/end of text or between a word char and a non-word char. */
    public boolean isBoundary(int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        return isWordChar(text.charAt(i - 1)) != isWordChar(text.charAt(i));
    }

    /** True if the character at {@code i} (in range) is a letter or digit. */
    public boolean isWordCharAt(int i) {
        return i >= 0 && i < text.length() && isWordChar(text.charAt(i));
    }

    @Override
    public String toString() {
        // Never print the content: it is the user's data.
        return "Text[" + text.length() + " chars]";
    }
}
