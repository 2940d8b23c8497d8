package dev.veil.detect.checksum;

/**
 * Vehicle identification number (ISO 3779): 17 chars from digits and letters other than I, O and
 * Q. Position 9 is a check digit (0-9 or X) computed from transliterated values and fixed weights;
 * it is mandatory in North America (first char 1-5) and optional elsewhere.
 */
public final class Vin {
    /** Transliteration of A..Z (I, O, Q are not allowed and map to -1). */
    private static final int[] LETTER_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, -1, 1, 2, 3, 4, 5, -1, 7, -1, 9, 2, 3, 4, 5,
            6, 7, 8, 9};
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vin() {
    }

    /** True if all 17 chars are upper-case VIN characters. */
    public static boolean hasVinAlphabet(char[] s, int len) {
        if (len != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (value(s[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True if the check digit in position 9 matches. */
    public static boolean isValid(char[] s, int len) {
        return hasVinAlphabet(s, len) && s[8] == compute(s);
    }

    public static boolean isValid(CharSequence vin) {
        return isValid(Iban.toChars(vin), vin.length());
    }

    /** The check char (0-9 or X) for a 17-char VIN; position 9 of the input is ignored. */
    public static char checkDigit(CharSequence vin) {
        char[] s = Iban.toChars(vin);
        if (!hasVinAlphabet(s, s.length)) {
            throw new IllegalArgumentException("VIN must be 17 chars of digits and letters other than I, O, Q");
        }
        return compute(s);
    }

    private static char compute(char[] s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(s[i]) * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'A' && c <= 'Z' ? LETTER_VALUES[c - 'A'] : -1;
    }
}
