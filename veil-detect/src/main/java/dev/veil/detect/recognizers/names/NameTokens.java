package dev.veil.detect.recognizers.names;

/**
 * The token view the name tagger works on: letter runs, digit runs and single punctuation marks,
 * with their shape, a 64-bit hash of the lower-cased form and whether whitespace (or a line break)
 * precedes them. Letter and digit runs are split from each other so that a name glued to a number
 * ({@code "Smith42"}) is still a word of its own; apostrophes, hyphens and periods are tokens so
 * that {@code O'Brien}, {@code Sanders-Gill} and {@code Mr.} can be labelled as one entity.
 *
 * <p>One linear pass over the text, no allocation per token. Not thread-safe: the recognizer keeps
 * one per thread and {@link #reset re-fills} it for each text, so its arrays are allocated once.
 * Shared by the runtime recognizer and the model builder, so training and tagging see the same
 * tokens.
 */
public final class NameTokens {
    /** Shapes of a token; letter shapes first. */
    public static final int LOWER = 0;
    public static final int CAPITALIZED = 1;
    public static final int UPPER = 2;
    public static final int SINGLE_UPPER = 3;
    public static final int SINGLE_LOWER = 4;
    public static final int MIXED = 5;
    public static final int DIGITS = 6;
    public static final int PUNCT = 7;
    public static final int SHAPES = 8;

    /** Case modes of a whole text: whether capitalisation carries information. */
    public static final int MODE_MIXED = 0;
    public static final int MODE_LOWER = 1;
    public static final int MODE_UPPER = 2;

    private String text = "";
    private char[] chars = new char[0];
    private int count;
    private int[] start;
    private int[] end;
    private byte[] shape;
    private long[] hash;
    /** Bit 0: whitespace before; bit 1: line break before; bit 2: non-ASCII letter. */
    private byte[] info;
    private int mode;
    private boolean lowerProse;
    private byte[] modes = new byte[64];
    /** Whether some line's mode differs from the text's; {@link #modes} then holds every token's. */
    private boolean perLine;
    private final boolean lineModes;

    public static final int SPACE_BEFORE = 1;
    public static final int NEWLINE_BEFORE = 2;
    public static final int NON_ASCII = 4;

    public NameTokens(String text) {
        this();
        reset(text);
    }

    /** An empty token view, to be filled by {@link #reset}. */
    public NameTokens() {
        this(true);
    }

    /**
     * An empty token view; {@code lineModes} false gives every token the text's case mode. The model
     * builder trains that way: the weights for all-caps tokens are then learnt from all-caps texts,
     * and the tagger applies them to an all-caps line inside a mixed-case text, while retraining
     * with line modes would shift the weights of everything else.
     */
    public NameTokens(boolean lineModes) {
        this.lineModes = lineModes;
        allocate(64);
    }

    /** Tokenizes {@code text}, replacing the previous contents (arrays are kept and grown as needed). */
    public NameTokens reset(String text) {
        return reset(text, text.toCharArray());
    }

    /** As {@link #reset(String)}, given the text's chars (read until the next reset, never written). */
    public NameTokens reset(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        this.count = 0;
        tokenize(chars);
        return this;
    }

    /** Token slots currently allocated (the recognizer drops a view that grew very large). */
    int capacity() {
        return start.length;
    }

    private void allocate(int cap) {
        start = new int[cap];
        end = new int[cap];
        shape = new byte[cap];
        hash = new long[cap];
        info = new byte[cap];
    }

    public String text() {
        return text;
    }

    public int size() {
        return count;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public int shape(int i) {
        return shape[i];
    }

    /** FNV-1a hash of the lower-cased token; digit runs hash by their length only. */
    public long hash(int i) {
        return hash[i];
    }

    /** The last token of a span from token {@code first} to char {@code end}: the first one from {@code first} that reaches it. */
    public int lastTokenOf(int first, int end) {
        int k = first;
        while (k + 1 < count && this.end[k] < end) {
            k++;
        }
        return k;
    }

    /** The token that starts at char {@code at}, or -1 (binary search over the token starts). */
    public int tokenStartingAt(int at) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < at) {
                lo = mid + 1;
            } else if (start[mid] > at) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public boolean spaceBefore(int i) {
        return (info[i] & SPACE_BEFORE) != 0;
    }

    public boolean newlineBefore(int i) {
        return (info[i] & NEWLINE_BEFORE) != 0;
    }

    public boolean nonAscii(int i) {
        return (info[i] & NON_ASCII) != 0;
    }

    public boolean isWord(int i) {
        return shape[i] < DIGITS;
    }

    /** Whether token {@code i} is the mark {@code c}; typographic apostrophes and dashes count as ASCII ones. */
    public boolean isPunct(int i, char c) {
        return shape[i] == PUNCT && normalize(chars[start[i]]) == c;
    }

    private static char normalize(char c) {
        return c == '\u2019' || c == '`' ? '\'' : (c == '\u2013' || c == '\u2014' ? '-' : c);
    }

    /** The char at text index {@code index}. */
    public char charAt(int index) {
        return chars[index];
    }

    public int length(int i) {
        return end[i] - start[i];
    }

    /** {@link #MODE_LOWER} if no word is capitalised, {@link #MODE_UPPER} if most are all-caps. */
    public int mode() {
        return mode;
    }

    /** The case mode that applies to token {@code i}: the text's, or that of its line (see {@link #lineModes}). */
    public int mode(int i) {
        return perLine ? modes[i] : mode;
    }

    /** Whether token {@code i} equals {@code lowerWord} ignoring case (ASCII). */
    public boolean is(int i, String lowerWord) {
        int s = start[i];
        int len = end[i] - s;
        if (len != lowerWord.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char c = chars[s + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The hash {@link #hash(int)} gives a word token whose lower-cased text is {@code lower}. */
    public static long hashOf(CharSequence lower) {
        long h = FNV_OFFSET;
        for (int k = 0; k < lower.length(); k++) {
            h = (h ^ lower.charAt(k)) * FNV_PRIME;
        }
        return h;
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private void tokenize(char[] s) {
        int n = s.length;
        int i = 0;
        byte pending = 0;
        int words = 0;
        int capWords = 0;
        int titleWords = 0;
        int upperWords = 0;
        while (i < n) {
            char c = s[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\u00a0') {
                pending |= SPACE_BEFORE;
                i++;
                continue;
            }
            if (c == '\n' || c == '\u2028' || c == '\u000b' || c == '\f') {
                pending |= SPACE_BEFORE | NEWLINE_BEFORE;
                i++;
                continue;
            }
            int kind = kindOf(c);
            if (kind == K_SPACE) {
                pending |= SPACE_BEFORE;
                i++;
                continue;
            }
            if (count == start.length) {
                grow();
            }
            int st = i;
            long h = FNV_OFFSET;
            byte inf = pending;
            pending = 0;
            byte shp;
            if (kind == K_LETTER) {
                int upper = 0;
                int lower = 0;
                boolean firstUpper = false;
                while (i < n) {
                    char d = s[i];
                    char l;
                    if (d < 128) {
                        if (d >= 'a' && d <= 'z') {
                            lower++;
                            l = d;
                        } else if (d >= 'A' && d <= 'Z') {
                            upper++;
                            if (i == st) {
                                firstUpper = true;
                            }
                            l = (char) (d + 32);
                        } else {
                            break;
                        }
                    } else if (Character.isLetter(d)) {
                        inf |= NON_ASCII;
                        if (Character.isUpperCase(d) || Character.isTitleCase(d)) {
                            upper++;
                            if (i == st) {
                                firstUpper = true;
                            }
                            l = Character.toLowerCase(d);
                        } else {
                            lower++;
                            l = d;
                        }
                    } else if (isMark(d)) {
                        l = d;
                    } else {
                        break;
                    }
                    h = (h ^ l) * FNV_PRIME;
                    i++;
                }
                int len = i - st;
                if (len == 1) {
                    shp = (byte) (upper == 1 ? SINGLE_UPPER : SINGLE_LOWER);
                } else if (upper == 0) {
                    shp = LOWER;
                } else if (lower == 0) {
                    shp = UPPER;
                } else if (firstUpper && upper == 1) {
                    shp = CAPITALIZED;
                } else {
                    shp = MIXED;
                }
                words++;
                if (shp != LOWER && shp != SINGLE_LOWER) {
                    capWords++;
                }
                if (shp == CAPITALIZED || shp == MIXED) {
                    titleWords++;
                }
                if (shp == UPPER) {
                    upperWords++;
                }
            } else if (kind == K_DIGIT) {
                while (i < n && kindOf(s[i]) == K_DIGIT) {
                    i++;
                }
                h = (h ^ 'D') * FNV_PRIME;
                h = (h ^ Math.min(i - st, 9)) * FNV_PRIME;
                shp = DIGITS;
            } else {
                char p = normalize(c);
                h = (h ^ p) * FNV_PRIME;
                i++;
                shp = PUNCT;
            }
            start[count] = st;
            end[count] = i;
            shape[count] = shp;
            hash[count] = h;
            info[count] = inf;
            count++;
        }
        if (words >= 3 && capWords == 0) {
            mode = MODE_LOWER;
        } else if (words >= 3 && upperWords * 10 >= words * 7) {
            mode = MODE_UPPER;
        } else {
            mode = MODE_MIXED;
        }
        lineModes(upperWords);
        // "c/o 3/10 HA, tylenol given": lower case but for a few abbreviations in capitals
        lowerProse = words >= 3 && titleWords == 0 && upperWords * 10 < words;
    }

    /**
     * Whether the text has no capitalised word and capitals only in a few abbreviations: written
     * in lower case, so names are in lower case too. Unlike {@link #mode()} (a feature of the
     * tagger), this only informs rules after it.
     */
    public boolean lowerProse() {
        return lowerProse;
    }

    /**
     * The case mode of each token: the text's, except that in mixed-case text a line that is
     * itself mostly all-caps ("PATIENT JOHN MILLER SEEN BY DR. PATEL", a form header) gets
     * {@link #MODE_UPPER}, since on such a line capitals say nothing about names either.
     */
    private void lineModes(int upperWordsInText) {
        perLine = false;
        if (mode != MODE_MIXED || !lineModes || upperWordsInText < 3) {
            return; // no line can have three all-caps words
        }
        int line = 0;
        int words = 0;
        int upperWords = 0;
        for (int i = 0; i <= count; i++) {
            if (i == count || (i > line && (info[i] & NEWLINE_BEFORE) != 0)) {
                if (words >= 3 && upperWords * 10 >= words * 7) {
                    if (!perLine) {
                        if (modes.length < count) {
                            modes = new byte[start.length];
                        }
                        java.util.Arrays.fill(modes, 0, count, (byte) mode);
                        perLine = true;
                    }
                    java.util.Arrays.fill(modes, line, i, (byte) MODE_UPPER);
                }
                line = i;
                words = 0;
                upperWords = 0;
            }
            if (i < count && shape[i] < DIGITS) {
                words++;
                if (shape[i] == UPPER) {
                    upperWords++;
                }
            }
        }
    }

    /** Whether token {@code i} has a vowel (y counted): initials and abbreviations often have none ("bc", "JT"). */
    boolean hasVowel(int i) {
        for (int c = start[i]; c < end[i]; c++) {
            if ("aeiouyAEIOUY".indexOf(chars[c]) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        int nc = start.length * 2;
        start = java.util.Arrays.copyOf(start, nc);
        end = java.util.Arrays.copyOf(end, nc);
        shape = java.util.Arrays.copyOf(shape, nc);
        hash = java.util.Arrays.copyOf(hash, nc);
        info = java.util.Arrays.copyOf(info, nc);
    }

    private static final int K_SPACE = 0;
    private static final int K_LETTER = 1;
    private static final int K_DIGIT = 2;
    private static final int K_PUNCT = 3;

    private static int kindOf(char c) {
        if (c < 128) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return K_LETTER;
            }
            if (c >= '0' && c <= '9') {
                return K_DIGIT;
            }
            return c <= ' ' || c == 127 ? K_SPACE : K_PUNCT;
        }
        if (Character.isLetter(c)) {
            return K_LETTER;
        }
        if (Character.isDigit(c)) {
            return K_DIGIT;
        }
        if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\ufeff' || c == '\u200b'
                || Character.isSurrogate(c) || c == '\ufffd') {
            return K_SPACE;
        }
        return K_PUNCT;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    @Override
    public String toString() {
        return "NameTokens[" + count + " tokens]";
    }
}
