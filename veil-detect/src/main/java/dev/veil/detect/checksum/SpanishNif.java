package dev.veil.detect.checksum;

/**
 * Spanish DNI (8 digits + check letter) and NIE (X, Y or Z + 7 digits + check letter; X, Y, Z
 * count as 0, 1, 2). The letter is {@code TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]}.
 */
public final class SpanishNif {
    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private SpanishNif() {
    }

    /** The check letter for a DNI number or an NIE number with its X/Y/Z replaced by 0/1/2. */
    public static char checkLetter(int number) {
        if (number < 0 || number > 99_999_999) {
            throw new IllegalArgumentException("number must have at most 8 digits");
        }
        return LETTERS.charAt(number % 23);
    }

    /** True for a 9-char upper-case DNI or NIE with the right letter. */
    public static boolean isValid(char[] s, int len) {
        if (len != 9) {
            return false;
        }
        int lead = switch (s[0]) {
            case 'X' -> 0;
            case 'Y' -> 1;
            case 'Z' -> 2;
            default -> s[0] >= '0' && s[0] <= '9' ? s[0] - '0' : -1;
        };
        if (lead < 0) {
            return false;
        }
        int n = lead;
        for (int i = 1; i < 8; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return false;
            }
            n = n * 10 + (s[i] - '0');
        }
        return s[8] == LETTERS.charAt(n % 23);
    }

    public static boolean isValid(CharSequence s) {
        return isValid(Iban.toChars(s), s.length());
    }

    /** True if the 9 chars are an NIE (foreigner's number) rather than a DNI. */
    public static boolean isNie(char[] s) {
        return s[0] == 'X' || s[0] == 'Y' || s[0] == 'Z';
    }
}
