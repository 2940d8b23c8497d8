package dev.veil.detect.checksum;

/**
 * US National Provider Identifier: ten digits starting with 1 or 2 whose last digit is the Luhn
 * check digit of the card-issuer prefix 80840 followed by the first nine digits.
 */
public final class Npi {
    private Npi() {
    }

    public static boolean isValid(char[] d, int len) {
        if (len != 10 || !Digits.allAscii(d, len) || (d[0] != '1' && d[0] != '2')) {
            return false;
        }
        char[] full = new char[15];
        "80840".getChars(0, 5, full, 0);
        System.arraycopy(d, 0, full, 5, 10);
        return Luhn.isValid(full, 15);
    }

    public static boolean isValid(CharSequence digits) {
        return isValid(Iban.toChars(digits), digits.length());
    }

    /** The tenth digit for the first nine. */
    public static char checkDigit(CharSequence first9) {
        if (first9.length() != 9 || !Digits.allAscii(first9)) {
            throw new IllegalArgumentException("payload must be 9 ASCII digits");
        }
        return Luhn.checkDigit("80840" + first9);
    }
}
