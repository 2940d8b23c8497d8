package dev.veil.detect.checksum;

/**
 * SWIFT/BIC code (ISO 9362): 4-letter institution code, ISO 3166-1 alpha-2 country code, 2-char
 * location code, and an optional 3-char branch code. There is no check character; the country
 * code is what separates a BIC from an arbitrary 8- or 11-letter word.
 */
public final class SwiftBic {
    /** ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which SWIFT uses. */
    private static final String COUNTRIES =
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
            + "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
            + "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
            + "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
            + "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
            + "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
            + "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
            + "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

    private SwiftBic() {
    }

    /** True if the two upper-case letters are an ISO 3166-1 country code. */
    public static boolean isCountry(char a, char b) {
        if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
            return false;
        }
        int idx = COUNTRIES.indexOf(a);
        while (idx >= 0) {
            if (idx % 3 == 0 && COUNTRIES.charAt(idx + 1) == b) {
                return true;
            }
            idx = COUNTRIES.indexOf(a, idx + 1);
        }
        return false;
    }

    /** True for an upper-case 8- or 11-char BIC with a valid country code. */
    public static boolean isValid(char[] s, int len) {
        if (len != 8 && len != 11) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (s[i] < 'A' || s[i] > 'Z') {
                return false;
            }
        }
        if (!isCountry(s[4], s[5])) {
            return false;
        }
        for (int i = 6; i < len; i++) {
            if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isValid(CharSequence s) {
        return isValid(Iban.toChars(s), s.length());
    }
}
