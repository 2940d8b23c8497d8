package dev.veil.detect.checksum;

/**
 * French social security number (NIR): sex (1, 2, 3, 4, 7, 8), year (2 digits), month (01-12, or
 * 20-42 and 50-99 for unknown or special cases), department (2 digits, or 2A/2B for Corsica),
 * commune (3 digits), order (3 digits) and a key of two digits equal to 97 - (first 13 as a
 * number) mod 97, where Corsica's 2A and 2B count as 19 and 18.
 */
public final class FrenchNir {
    private FrenchNir() {
    }

    /** True for a 15-char upper-case NIR with a valid structure and key. */
    public static boolean isValid(char[] s, int len) {
        if (len != 15 || "123478".indexOf(s[0]) < 0) {
            return false;
        }
        for (int i = 1; i < 15; i++) {
            boolean corsica = i == 6 && s[5] == '2' && (s[6] == 'A' || s[6] == 'B');
            if (!corsica && (s[i] < '0' || s[i] > '9')) {
                return false;
            }
        }
        int month = Digits.value(s, 3, 2);
        if (month == 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) {
            return false;
        }
        long body = body(s);
        int key = Digits.value(s, 13, 2);
        return body >= 0 && key == 97 - (int) (body % 97);
    }

    public static boolean isValid(CharSequence nir) {
        return isValid(Iban.toChars(nir), nir.length());
    }

    /** The two-digit key for the first 13 chars of a NIR, e.g. to build a valid surrogate. */
    public static String key(CharSequence first13) {
        if (first13.length() != 13) {
            throw new IllegalArgumentException("NIR body must have 13 chars");
        }
        long body = body(Iban.toChars(first13));
        if (body < 0) {
            throw new IllegalArgumentException("NIR body must be digits (2A/2B allowed for the department)");
        }
        int k = 97 - (int) (body % 97);
        return new String(new char[] {(char) ('0' + k / 10), (char) ('0' + k % 10)});
    }

    /** The first 13 chars as a number with 2A -> 19 and 2B -> 18, or -1 if not numeric. */
    private static long body(char[] s) {
        long n = 0;
        for (int i = 0; i < 13; i++) {
            char c = s[i];
            int v;
            if (i == 5 && c == '2' && (s[6] == 'A' || s[6] == 'B')) {
                v = 1;
            } else if (i == 6 && s[5] == '2' && (c == 'A' || c == 'B')) {
                v = c == 'A' ? 9 : 8;
            } else if (c >= '0' && c <= '9') {
                v = c - '0';
            } else {
                return -1;
            }
            n = n * 10 + v;
        }
        return n;
    }
}
