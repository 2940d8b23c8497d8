package dev.veil.detect.checksum;

/**
 * Italian codice fiscale for persons: 6 letters (surname, name), 2 digits (year), a month letter,
 * 2 digits (day, +40 for women), a letter and 3 digits (place), and a check letter. In case of
 * homocodes ("omocodia") any of the 7 digits may be replaced by L M N P Q R S T U V for 0-9.
 */
public final class ItalianFiscalCode {
    /** Values of chars in odd positions (1st, 3rd, ...), indexed by digit or letter. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
            22, 25, 24, 23};
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODES = "LMNPQRSTUV";
    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};

    private ItalianFiscalCode() {
    }

    /** True for a 16-char upper-case code with a valid structure, date and check letter. */
    public static boolean isValid(char[] s, int len) {
        if (len != 16) {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 8, 11, 15}) {
            if (s[i] < 'A' || s[i] > 'Z') {
                return false;
            }
        }
        for (int i : DIGIT_POSITIONS) {
            if (digitValue(s[i]) < 0) {
                return false;
            }
        }
        if (MONTHS.indexOf(s[8]) < 0) {
            return false;
        }
        int day = digitValue(s[9]) * 10 + digitValue(s[10]);
        if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
            return false;
        }
        return s[15] == check(s);
    }

    public static boolean isValid(CharSequence code) {
        return isValid(Iban.toChars(code), code.length());
    }

    /** The check letter for the first 15 chars (upper case). */
    public static char checkChar(CharSequence first15) {
        if (first15.length() != 15) {
            throw new IllegalArgumentException("need the first 15 chars");
        }
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw new IllegalArgumentException("codice fiscale must be upper-case letters and digits");
            }
        }
        return check(Iban.toChars(first15));
    }

    private static char check(char[] s) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = s[i];
            int idx = c >= '0' && c <= '9' ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD[idx] : idx;
        }
        return (char) ('A' + sum % 26);
    }

    /** A digit or its homocode letter as 0-9, else -1. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return OMOCODES.indexOf(c);
    }
}
