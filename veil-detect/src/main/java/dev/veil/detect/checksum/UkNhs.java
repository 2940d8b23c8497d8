package dev.veil.detect.checksum;

/** UK NHS number: ten digits, the last a mod 11 check digit over weights 10..2 (10 never valid). */
public final class UkNhs {
    private UkNhs() {
    }

    public static boolean isValid(char[] d, int len) {
        if (len != 10 || !Digits.allAscii(d, len)) {
            return false;
        }
        int check = check(d);
        return check >= 0 && check == d[9] - '0';
    }

    public static boolean isValid(CharSequence digits) {
        return isValid(Iban.toChars(digits), digits.length());
    }

    /** The check digit for nine digits, or -1 if none exists (remainder 10: the number is never issued). */
    public static int checkDigit(CharSequence payload) {
        if (payload.length() != 9 || !Digits.allAscii(payload)) {
            throw new IllegalArgumentException("payload must be 9 ASCII digits");
        }
        return check(Iban.toChars(payload));
    }

    private static int check(char[] d) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (d[i] - '0');
        }
        int c = 11 - sum % 11;
        return c == 11 ? 0 : c == 10 ? -1 : c;
    }
}
