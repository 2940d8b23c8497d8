package dev.veil.detect.checksum;

/**
 * UK National Insurance number: two prefix letters, six digits, a suffix A-D. HMRC never issues
 * D, F, I, Q, U or V as either prefix letter, O as the second, nor the prefixes BG, GB, KN, NK,
 * NT, TN and ZZ. There is no check character.
 */
public final class UkNino {
    private UkNino() {
    }

    /** True if the two upper-case letters may start a NINO. */
    public static boolean isValidPrefix(char a, char b) {
        if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || "DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0) {
            return false;
        }
        String p = String.valueOf(new char[] {a, b});
        return !switch (p) {
            case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ" -> true;
            default -> false;
        };
    }

    /** True for an upper-case compact NINO of 9 chars (with suffix) or 8 chars (suffix omitted). */
    public static boolean isValid(char[] s, int len) {
        if ((len != 8 && len != 9) || !isValidPrefix(s[0], s[1])) {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return false;
            }
        }
        return len == 8 || (s[8] >= 'A' && s[8] <= 'D');
    }

    public static boolean isValid(CharSequence compact) {
        return isValid(Iban.toChars(compact), compact.length());
    }
}
