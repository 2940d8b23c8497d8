package dev.veil.detect.checksum;

/**
 * US Medicare Beneficiary Identifier (CMS format, 11 chars, no check digit): position 1 a digit
 * 1-9; 2, 5, 8, 9 letters; 4, 7, 10, 11 digits; 3 and 6 a letter or digit. Letters exclude S, L,
 * O, I, B and Z so they cannot be mistaken for digits.
 */
public final class MedicareMbi {
    private MedicareMbi() {
    }

    /** True for an 11-char upper-case MBI (dashes removed). */
    public static boolean isValid(char[] s, int len) {
        if (len != 11 || s[0] < '1' || s[0] > '9') {
            return false;
        }
        return letter(s[1]) && (letter(s[2]) || digit(s[2])) && digit(s[3]) && letter(s[4])
                && (letter(s[5]) || digit(s[5])) && digit(s[6]) && letter(s[7]) && letter(s[8]) && digit(s[9])
                && digit(s[10]);
    }

    public static boolean isValid(CharSequence s) {
        return isValid(Iban.toChars(s), s.length());
    }

    /** A letter that may appear in an MBI. */
    public static boolean letter(char c) {
        return c >= 'A' && c <= 'Z' && "SLOIBZ".indexOf(c) < 0;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
