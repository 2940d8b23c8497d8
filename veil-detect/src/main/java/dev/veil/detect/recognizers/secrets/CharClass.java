package dev.veil.detect.recognizers.secrets;

/**
 * ASCII character classes used by the secret recognizers, as 128-bit sets so a membership test
 * is two shifts and a mask (no regex, no allocation). Non-ASCII characters are never members:
 * every credential format we recognize is ASCII.
 */
enum CharClass {
    /** {@code [A-Za-z0-9]} */
    ALNUM("A-Za-z0-9"),
    /** {@code [A-Za-z0-9_]} */
    WORD("A-Za-z0-9_"),
    /** {@code [A-Z0-9]} */
    UPPER_ALNUM("A-Z0-9"),
    /** {@code [a-z0-9]} */
    LOWER_ALNUM("a-z0-9"),
    /** {@code [A-Za-z]} */
    LETTER("A-Za-z"),
    /** {@code [0-9a-f]} */
    HEX_LOWER("0-9a-f"),
    /** {@code [0-9a-fA-F]} */
    HEX("0-9a-fA-F"),
    /** {@code [A-Za-z0-9_-]}: base64url without padding. */
    B64URL("A-Za-z0-9_\\-"),
    /** {@code [A-Za-z0-9_.-]}: base64url plus dots (dotted tokens). */
    B64URL_DOT("A-Za-z0-9_\\-."),
    /** {@code [A-Za-z0-9+/=]}: standard base64 with padding. */
    B64("A-Za-z0-9+/="),
    /** {@code [A-Za-z0-9+/=_-]}: either base64 alphabet. */
    B64_ANY("A-Za-z0-9+/=_\\-"),
    /** {@code [a-z0-9-]} */
    LOWER_ALNUM_DASH("a-z0-9\\-"),
    /** {@code [A-Z0-9-]} */
    UPPER_ALNUM_DASH("A-Z0-9\\-"),
    /** {@code [A-Za-z0-9/]}: Slack webhook paths. */
    ALNUM_SLASH("A-Za-z0-9/"),
    /** {@code [A-Za-z0-9_/-]}: Discord webhook paths. */
    B64URL_SLASH("A-Za-z0-9_\\-/"),
    /** {@code [A-Za-z0-9%]}: URL-encoded base64 (Twitter bearer tokens). */
    ALNUM_PERCENT("A-Za-z0-9%"),
    /** {@code [A-Za-z0-9$]}: Braintree tokens. */
    ALNUM_DOLLAR("A-Za-z0-9$");

    private final long lo;
    private final long hi;

    CharClass(String spec) {
        long l = 0;
        long h = 0;
        for (int i = 0; i < spec.length(); i++) {
            char a = spec.charAt(i);
            if (a == '\\') {
                a = spec.charAt(++i);
                long[] r = add(l, h, a, a);
                l = r[0];
                h = r[1];
            } else if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
                long[] r = add(l, h, a, spec.charAt(i + 2));
                l = r[0];
                h = r[1];
                i += 2;
            } else {
                long[] r = add(l, h, a, a);
                l = r[0];
                h = r[1];
            }
        }
        this.lo = l;
        this.hi = h;
    }

    private static long[] add(long l, long h, char from, char to) {
        for (char c = from; c <= to; c++) {
            if (c < 64) {
                l |= 1L << c;
            } else {
                h |= 1L << (c - 64);
            }
        }
        return new long[] {l, h};
    }

    boolean has(char c) {
        if (c >= 128) {
            return false;
        }
        return c < 64 ? (lo & (1L << c)) != 0 : (hi & (1L << (c - 64))) != 0;
    }

    /** Length of the run of members of this class starting at {@code from}, at most {@code max}. */
    int run(CharSequence s, int from, int max) {
        int n = Math.min(s.length(), from + max);
        int i = from;
        while (i < n && has(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Length of the run of members ending just before {@code end}, at most {@code max}. */
    int runBackward(CharSequence s, int end, int max) {
        int i = end;
        int stop = Math.max(0, end - max);
        while (i > stop && has(s.charAt(i - 1))) {
            i--;
        }
        return end - i;
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
