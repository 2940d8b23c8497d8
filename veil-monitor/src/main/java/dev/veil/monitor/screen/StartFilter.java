package dev.veil.monitor.screen;

import java.util.Arrays;

/**
 * The first two chars a regular expression's matches can start with, computed from the pattern's
 * source, so a scan can skip positions where no match can start without running the regex there.
 *
 * <p>Why: java.util.regex tries a pattern at every position of its region, and a phrase rule that
 * opens with an alternation of thirty verbs costs thirty failed slice comparisons per position.
 * Almost every position fails on its first two chars, which a table lookup answers.
 *
 * <p>Soundness: the sets over-approximate (a pattern construct this parser does not know, a
 * lookaround, or a pattern that can match the empty string yields {@code null}: no filter), so a
 * position rejected here is one where the pattern cannot match; the matches found are exactly
 * those of a plain {@code find()} loop. Non-ASCII chars are kept coarse: any non-ASCII char is
 * accepted where a set holds one, and anything may follow a non-ASCII first char (it may be the
 * high half of a surrogate pair that the regex reads as one code point).
 */
final class StartFilter {
    /** For each ASCII first char, and index 128 for any non-ASCII one: the allowed second chars, or null. */
    private final CharSet[] second;

    private StartFilter(CharSet[] second) {
        this.second = second;
    }

    /** The filter for {@code regex} (flags 0), or null if none can be derived soundly. */
    static StartFilter of(String regex) {
        Prefix p;
        try {
            Parser parser = new Parser(regex);
            p = parser.alternation();
            if (parser.i != regex.length()) {
                return null;
            }
        } catch (UnsupportedOperationException | IndexOutOfBoundsException e) {
            return null;
        }
        if (p.nullable) {
            return null;
        }
        CharSet[] second = new CharSet[129];
        for (int c = 0; c < 129; c++) {
            if (c == 128 ? p.first.nonAscii : p.first.has(c)) {
                // A match may end after one char: then any second char is fine.
                second[c] = c == 128 || p.end1.has(c) ? CharSet.all() : p.second[c];
            }
        }
        return new StartFilter(second);
    }

    /** Whether a match could start at {@code i} of {@code s} and stay before {@code end}. */
    boolean mayStartAt(String s, int i, int end) {
        char c = s.charAt(i);
        CharSet next = second[c < 128 ? c : 128];
        if (next == null) {
            return false;
        }
        return i + 1 >= end || next.contains(s.charAt(i + 1));
    }

    /** Chars: 128 ASCII bits plus one flag for every non-ASCII char. */
    static final class CharSet {
        final long[] bits = new long[2];
        boolean nonAscii;

        static CharSet all() {
            CharSet s = new CharSet();
            s.bits[0] = -1L;
            s.bits[1] = -1L;
            s.nonAscii = true;
            return s;
        }

        static CharSet of(char c) {
            CharSet s = new CharSet();
            s.add(c);
            return s;
        }

        void add(int c) {
            if (c < 128) {
                bits[c >> 6] |= 1L << (c & 63);
            } else {
                nonAscii = true;
            }
        }

        boolean has(int c) {
            return (bits[c >> 6] & (1L << (c & 63))) != 0;
        }

        boolean contains(char c) {
            return c < 128 ? has(c) : nonAscii;
        }

        CharSet union(CharSet o) {
            CharSet s = new CharSet();
            s.bits[0] = bits[0] | o.bits[0];
            s.bits[1] = bits[1] | o.bits[1];
            s.nonAscii = nonAscii || o.nonAscii;
            return s;
        }

        CharSet complement() {
            CharSet s = new CharSet();
            s.bits[0] = ~bits[0];
            s.bits[1] = ~bits[1];
            s.nonAscii = true;
            return s;
        }

        boolean isEmpty() {
            return bits[0] == 0 && bits[1] == 0 && !nonAscii;
        }
    }

    /**
     * Two-char prefix language of a sub-pattern: whether it can match empty, its possible first
     * chars, for each ASCII first char the possible second chars, and the first chars after which
     * it can already be complete.
     */
    static final class Prefix {
        boolean nullable;
        CharSet first = new CharSet();
        final CharSet[] second = new CharSet[128];
        CharSet end1 = new CharSet();

        Prefix() {
            for (int c = 0; c < 128; c++) {
                second[c] = new CharSet();
            }
        }

        static Prefix empty() {
            Prefix p = new Prefix();
            p.nullable = true;
            return p;
        }

        static Prefix chars(CharSet cs) {
            Prefix p = new Prefix();
            p.first = cs;
            p.end1 = cs;
            return p;
        }

        Prefix then(Prefix b) {
            Prefix r = new Prefix();
            r.nullable = nullable && b.nullable;
            r.first = nullable ? first.union(b.first) : first;
            for (int c = 0; c < 128; c++) {
                CharSet s = second[c];
                if (end1.has(c)) {
                    s = s.union(b.first);
                }
                if (nullable) {
                    s = s.union(b.second[c]);
                }
                r.second[c] = s;
            }
            CharSet e = b.nullable ? end1 : new CharSet();
            r.end1 = nullable ? e.union(b.end1) : e;
            return r;
        }

        Prefix or(Prefix b) {
            Prefix r = new Prefix();
            r.nullable = nullable || b.nullable;
            r.first = first.union(b.first);
            for (int c = 0; c < 128; c++) {
                r.second[c] = second[c].union(b.second[c]);
            }
            r.end1 = end1.union(b.end1);
            return r;
        }

        /**
         * {@code min..max} copies. For two chars of prefix, two copies say all that more copies can:
         * the first two chars of any longer run come from its first two non-empty copies.
         */
        Prefix repeat(int min, int max) {
            Prefix r = null;
            Prefix power = empty();
            for (int k = 0; k <= Math.min(max, 2); k++) {
                if (k >= Math.min(min, 2)) {
                    r = r == null ? power : r.or(power);
                }
                power = power.then(this);
            }
            return r;
        }
    }

    /** Recursive-descent parser for the regex subset the phrase rules use; anything else is unsupported. */
    private static final class Parser {
        private final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        Prefix alternation() {
            Prefix p = sequence();
            while (i < s.length() && s.charAt(i) == '|') {
                i++;
                p = p.or(sequence());
            }
            return p;
        }

        private Prefix sequence() {
            Prefix p = Prefix.empty();
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                p = p.then(quantified(atom()));
            }
            return p;
        }

        private Prefix quantified(Prefix a) {
            while (i < s.length()) {
                char c = s.charAt(i);
                int min;
                int max;
                if (c == '?') {
                    min = 0;
                    max = 1;
                    i++;
                } else if (c == '*') {
                    min = 0;
                    max = Integer.MAX_VALUE;
                    i++;
                } else if (c == '+') {
                    min = 1;
                    max = Integer.MAX_VALUE;
                    i++;
                } else if (c == '{' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                    int close = s.indexOf('}', i);
                    String[] mm = s.substring(i + 1, close).split(",", -1);
                    min = Integer.parseInt(mm[0]);
                    max = mm.length == 1 ? min : mm[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(mm[1]);
                    i = close + 1;
                } else {
                    return a;
                }
                // Lazy and possessive forms match a subset of the greedy language: still covered.
                if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
                    i++;
                }
                a = a.repeat(min, max);
            }
            return a;
        }

        private Prefix atom() {
            char c = s.charAt(i++);
            switch (c) {
                case '(' -> {
                    if (s.startsWith("?:", i)) {
                        i += 2;
                    } else if (s.charAt(i) == '?') {
                        throw new UnsupportedOperationException("group kind");
                    }
                    Prefix p = alternation();
                    if (s.charAt(i++) != ')') {
                        throw new UnsupportedOperationException("group");
                    }
                    return p;
                }
                case '[' -> {
                    return Prefix.chars(charClass());
                }
                case '^', '$' -> {
                    return Prefix.empty();
                }
                case '.' -> {
                    CharSet cs = CharSet.of('\n');
                    cs.add('\r');
                    return Prefix.chars(cs.complement());
                }
                case '\\' -> {
                    char e = s.charAt(i++);
                    if (e == 'b' || e == 'B') {
                        return Prefix.empty();
                    }
                    return Prefix.chars(escape(e));
                }
                case '*', '+', '?', '{', ')' -> throw new UnsupportedOperationException("syntax");
                default -> {
                    return Prefix.chars(CharSet.of(c));
                }
            }
        }

        /** The set of an escape outside or inside a class; letters other than the known ones are unsupported. */
        private static CharSet escape(char e) {
            CharSet cs = new CharSet();
            switch (e) {
                case 'w', 'W' -> {
                    for (int c = 0; c < 128; c++) {
                        if (Character.isLetterOrDigit(c) || c == '_') {
                            cs.add(c);
                        }
                    }
                    return e == 'w' ? cs : cs.complement();
                }
                case 's', 'S' -> {
                    for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
                        cs.add(c);
                    }
                    return e == 's' ? cs : cs.complement();
                }
                case 'd', 'D' -> {
                    for (int c = '0'; c <= '9'; c++) {
                        cs.add(c);
                    }
                    return e == 'd' ? cs : cs.complement();
                }
                case 'n' -> cs.add('\n');
                case 't' -> cs.add('\t');
                case 'r' -> cs.add('\r');
                case 'f' -> cs.add('\f');
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        throw new UnsupportedOperationException("escape");
                    }
                    cs.add(e);
                }
            }
            return cs;
        }

        private CharSet charClass() {
            boolean negated = s.charAt(i) == '^';
            if (negated) {
                i++;
            }
            if (s.charAt(i) == ']') {
                throw new UnsupportedOperationException("class starting with ]");
            }
            CharSet cs = new CharSet();
            while (s.charAt(i) != ']') {
                char c = s.charAt(i++);
                if (c == '[' || c == '&') {
                    throw new UnsupportedOperationException("nested class");
                }
                if (c == '\\') {
                    cs = cs.union(escape(s.charAt(i++)));
                    continue;
                }
                if (s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
                    char hi = s.charAt(i + 1);
                    if (hi == '\\' || hi == '[') {
                        throw new UnsupportedOperationException("range");
                    }
                    i += 2;
                    for (int k = c; k <= hi; k++) {
                        cs.add(k);
                    }
                    continue;
                }
                cs.add(c);
            }
            i++;
            return negated ? cs.complement() : cs;
        }
    }

    @Override
    public String toString() {
        return "StartFilter[" + Arrays.stream(second).filter(x -> x != null).count() + " first chars]";
    }
}
