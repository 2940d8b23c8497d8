package dev.veil.detect.checksum;

/**
 * Validity rules for US taxpayer numbers, which have no check digit: SSN ranges excluded by the
 * SSA, ITIN group ranges, EIN campus prefixes, and the well-known numbers printed in
 * advertisements and examples.
 */
public final class UsTaxIds {
    /** EIN prefixes assigned by IRS campuses (IRS, "How EINs are assigned and valid EIN prefixes"). */
    private static final String EIN_PREFIXES =
            "01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 "
            + "41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 "
            + "76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99";

    private UsTaxIds() {
    }

    /** SSN validity: area not 000, 666 or 900-999; group not 00; serial not 0000. */
    public static boolean isValidSsn(int area, int group, int serial) {
        return area >= 1 && area <= 899 && area != 666 && group >= 1 && group <= 99 && serial >= 1 && serial <= 9999;
    }

    /** ITIN: area 900-999 and group 50-65, 70-88, 90-92 or 94-99. */
    public static boolean isValidItin(int area, int group, int serial) {
        boolean groupOk = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92)
                || (group >= 94 && group <= 99);
        return area >= 900 && area <= 999 && groupOk && serial >= 1 && serial <= 9999;
    }

    /**
     * Numbers that are valid in form but published as examples: 078-05-1120 (the Woolworth wallet
     * card), 219-09-9999 (an SSA pamphlet), 457-55-5462 (an advertisement), 123-45-6789,
     * 987-65-4320..4329 (reserved for advertising) and numbers of one repeated digit.
     */
    public static boolean isKnownExample(int area, int group, int serial) {
        if ((area == 78 && group == 5 && serial == 1120) || (area == 219 && group == 9 && serial == 9999)
                || (area == 457 && group == 55 && serial == 5462) || (area == 123 && group == 45 && serial == 6789)
                || (area == 987 && group == 65 && serial >= 4320 && serial <= 4329)) {
            return true;
        }
        int d = area % 10;
        return area == d * 111 && group == d * 11 && serial == d * 1111;
    }

    /** EIN: a two-digit prefix that an IRS campus assigns. */
    public static boolean isValidEinPrefix(int prefix) {
        if (prefix < 0 || prefix > 99) {
            return false;
        }
        return EIN_PREFIXES.contains((prefix < 10 ? "0" : "") + prefix);
    }

    /** Splits nine ASCII digits into area, group and serial: {@code {area, group, serial}}. */
    public static int[] split(char[] d) {
        return new int[] {Digits.value(d, 0, 3), Digits.value(d, 3, 2), Digits.value(d, 5, 4)};
    }
}
