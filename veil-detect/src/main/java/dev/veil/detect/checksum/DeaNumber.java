package dev.veil.detect.checksum;

/**
 * US DEA registration number: a registrant-type letter, a second letter (the registrant's surname
 * initial, or 9 for some business registrants), then seven digits whose last is the last digit of
 * (d1 + d3 + d5) + 2 * (d2 + d4 + d6).
 */
public final class DeaNumber {
    /** Registrant type codes in use (practitioners, mid-levels, distributors, manufacturers, ...). */
    private static final String TYPES = "ABCDEFGHJKLMPRSTUX";

    private DeaNumber() {
    }

    /** True for a 9-char upper-case DEA number with a known type letter and a valid check digit. */
    public static boolean isValid(char[] s, int len) {
        if (len != 9 || TYPES.indexOf(s[0]) < 0 || !((s[1] >= 'A' && s[1] <= 'Z') || s[1] == '9')) {
            return false;
        }
        for (int i = 2; i < 9; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return false;
            }
        }
        return s[8] - '0' == check(s, 2);
    }

    public static boolean isValid(CharSequence s) {
        return isValid(Iban.toChars(s), s.length());
    }

    /** The check digit for the six digits that follow the two letters. */
    public static char checkDigit(CharSequence six) {
        if (six.length() != 6 || !Digits.allAscii(six)) {
            throw new IllegalArgumentException("payload must be 6 ASCII digits");
        }
        return (char) ('0' + check(Iban.toChars(six), 0));
    }

    private static int check(char[] s, int from) {
        int odd = (s[from] - '0') + (s[from + 2] - '0') + (s[from + 4] - '0');
        int even = (s[from + 1] - '0') + (s[from + 3] - '0') + (s[from + 5] - '0');
        return (odd + 2 * even) % 10;
    }
}
