package dev.veil.detect.checksum;

/**
 * GS1 mod 10 check digit (GTIN-8/12/13/14, as in the device identifier of a UDI): from the right,
 * payload digits are weighted 3, 1, 3, 1, ...
 */
public final class Gs1 {
    private Gs1() {
    }

    public static boolean isValid(char[] d, int len) {
        return len >= 2 && Digits.allAscii(d, len) && compute(d, len - 1) == d[len - 1];
    }

    public static boolean isValid(CharSequence digits) {
        return isValid(Iban.toChars(digits), digits.length());
    }

    /** The check digit to append to {@code payload}. */
    public static char checkDigit(CharSequence payload) {
        if (payload.length() == 0 || !Digits.allAscii(payload)) {
            throw new IllegalArgumentException("payload must be ASCII digits");
        }
        return compute(Iban.toChars(payload), payload.length());
    }

    private static char compute(char[] d, int n) {
        int sum = 0;
        boolean three = true;
        for (int i = n - 1; i >= 0; i--) {
            sum += (d[i] - '0') * (three ? 3 : 1);
            three = !three;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
