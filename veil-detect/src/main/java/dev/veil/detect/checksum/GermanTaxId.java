package dev.veil.detect.checksum;

/**
 * German tax identification number (Steuerliche Identifikationsnummer): eleven digits, the first
 * not 0; among the first ten exactly one digit occurs twice or three times (never three times in
 * a row) and the others at most once; the last is an ISO 7064 MOD 11,10 check digit.
 */
public final class GermanTaxId {
    private GermanTaxId() {
    }

    public static boolean isValid(char[] d, int len) {
        return len == 11 && Digits.allAscii(d, len) && d[0] != '0' && hasValidDigitPattern(d)
                && mod11Radix10(d, 10) == d[10] - '0';
    }

    public static boolean isValid(CharSequence digits) {
        return isValid(Iban.toChars(digits), digits.length());
    }

    /** The ISO 7064 MOD 11,10 check digit for the first ten digits. */
    public static char checkDigit(CharSequence payload) {
        if (payload.length() != 10 || !Digits.allAscii(payload)) {
            throw new IllegalArgumentException("payload must be 10 ASCII digits");
        }
        return (char) ('0' + mod11Radix10(Iban.toChars(payload), 10));
    }

    /** The repetition rule on the first ten digits (see class comment). */
    public static boolean hasValidDigitPattern(char[] d) {
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[d[i] - '0']++;
        }
        int repeated = -1;
        for (int v = 0; v < 10; v++) {
            if (counts[v] > 1) {
                if (repeated >= 0 || counts[v] > 3) {
                    return false;
                }
                repeated = v;
            }
        }
        if (repeated < 0) {
            return false;
        }
        if (counts[repeated] == 3) {
            for (int i = 2; i < 10; i++) {
                if (d[i] == d[i - 1] && d[i] == d[i - 2]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int mod11Radix10(char[] d, int n) {
        int product = 10;
        for (int i = 0; i < n; i++) {
            int sum = (d[i] - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
