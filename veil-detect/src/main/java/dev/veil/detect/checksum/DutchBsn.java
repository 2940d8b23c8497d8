package dev.veil.detect.checksum;

/**
 * Dutch citizen service number (BSN): nine digits passing the "11-test": 9*d1 + 8*d2 + ... + 2*d8
 * - d9 is a multiple of 11 (and the number is not all zeros).
 */
public final class DutchBsn {
    private DutchBsn() {
    }

    public static boolean isValid(char[] d, int len) {
        if (len != 9 || !Digits.allAscii(d, len)) {
            return false;
        }
        int sum = weighted(d) - (d[8] - '0');
        return sum % 11 == 0 && Digits.value(d, 0, 9) != 0;
    }

    public static boolean isValid(CharSequence digits) {
        return isValid(Iban.toChars(digits), digits.length());
    }

    /** The last digit for eight digits, or -1 if none passes the 11-test (remainder 10). */
    public static int checkDigit(CharSequence payload) {
        if (payload.length() != 8 || !Digits.allAscii(payload)) {
            throw new IllegalArgumentException("payload must be 8 ASCII digits");
        }
        int r = weighted(Iban.toChars(payload)) % 11;
        return r == 10 ? -1 : r;
    }

    private static int weighted(char[] d) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (d[i] - '0');
        }
        return sum;
    }
}
