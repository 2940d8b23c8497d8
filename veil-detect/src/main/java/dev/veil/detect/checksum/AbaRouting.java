package dev.veil.detect.checksum;

/**
 * US ABA routing transit number: nine digits, the first two a Federal Reserve routing symbol
 * (00-12, 21-32, 61-72, 80) and weights 3-7-1 summing to a multiple of 10.
 */
public final class AbaRouting {
    private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7, 1};

    private AbaRouting() {
    }

    /** True if {@code d[0..9)} is a routing number with a valid prefix and checksum. */
    public static boolean isValid(char[] d, int len) {
        if (len != 9 || !Digits.allAscii(d, len) || !validPrefix((d[0] - '0') * 10 + (d[1] - '0'))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (d[i] - '0');
        }
        return sum % 10 == 0;
    }

    public static boolean isValid(CharSequence digits) {
        return isValid(Iban.toChars(digits), digits.length());
    }

    /** The ninth digit that completes the eight digits of {@code payload}. */
    public static char checkDigit(CharSequence payload) {
        if (payload.length() != 8 || !Digits.allAscii(payload)) {
            throw new IllegalArgumentException("payload must be 8 ASCII digits");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += WEIGHTS[i] * (payload.charAt(i) - '0');
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /**
     * Federal Reserve routing symbols: government (00), banks (01-12), thrifts (21-32), electronic
     * (61-72), traveller's cheques (80).
     */
    public static boolean validPrefix(int p) {
        return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80;
    }
}
