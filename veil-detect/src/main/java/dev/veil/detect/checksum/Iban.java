package dev.veil.detect.checksum;

import java.util.Map;

/**
 * IBAN (ISO 13616): two-letter country code, two check digits, then the country's BBAN. Valid when
 * the length matches the country's registered length and the ISO 7064 MOD 97-10 check holds.
 * Works on the compact form (no spaces); letters in either case.
 */
public final class Iban {
    /** Registered IBAN lengths (SWIFT IBAN registry, plus the widely used national extensions). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AO", 25), Map.entry("AT", 20),
            Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BF", 28), Map.entry("BG", 22),
            Map.entry("BH", 22), Map.entry("BI", 27), Map.entry("BJ", 28), Map.entry("BR", 29), Map.entry("BY", 28),
            Map.entry("CF", 27), Map.entry("CG", 27), Map.entry("CH", 21), Map.entry("CI", 28), Map.entry("CM", 27),
            Map.entry("CR", 22), Map.entry("CV", 25), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("DZ", 26), Map.entry("EE", 20),
            Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FK", 18), Map.entry("FO", 18),
            Map.entry("FR", 27), Map.entry("GA", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
            Map.entry("GL", 18), Map.entry("GQ", 27), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("GW", 25),
            Map.entry("HN", 28), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23),
            Map.entry("IQ", 23), Map.entry("IR", 26), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30),
            Map.entry("KM", 27), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LC", 32),
            Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25),
            Map.entry("MA", 28), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MG", 27),
            Map.entry("MK", 19), Map.entry("ML", 28), Map.entry("MN", 20), Map.entry("MR", 27), Map.entry("MT", 31),
            Map.entry("MU", 30), Map.entry("MZ", 25), Map.entry("NE", 28), Map.entry("NI", 28), Map.entry("NL", 18),
            Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29),
            Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("RU", 33),
            Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SN", 28), Map.entry("SO", 23), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TD", 27), Map.entry("TG", 28), Map.entry("TL", 23), Map.entry("TN", 24),
            Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20),
            Map.entry("YE", 30));

    /** The longest registered IBAN. */
    public static final int MAX_LENGTH = 34;

    private Iban() {
    }

    /** The registered length for an upper-case country code, or 0 if the country has no IBAN. */
    public static int length(char c0, char c1) {
        if (c0 < 'A' || c0 > 'Z' || c1 < 'A' || c1 > 'Z') {
            return 0;
        }
        Integer len = LENGTHS.get(String.valueOf(new char[] {c0, c1}));
        return len == null ? 0 : len;
    }

    /** True if {@code s[0..len)} is a compact IBAN with its country's length and valid check digits. */
    public static boolean isValid(char[] s, int len) {
        if (len < 5 || length(upper(s[0]), upper(s[1])) != len || !isDigit(s[2]) || !isDigit(s[3])) {
            return false;
        }
        int r = 0;
        for (int k = 0; k < len; k++) {
            int v = value(s[(k + 4) % len]);
            if (v < 0) {
                return false;
            }
            r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
        }
        return r == 1;
    }

    public static boolean isValid(CharSequence compact) {
        return isValid(toChars(compact), compact.length());
    }

    /**
     * The two check digits for {@code country} (two upper-case letters) and {@code bban}, e.g. to
     * build a valid surrogate IBAN: {@code country + checkDigits(country, bban) + bban}.
     */
    public static String checkDigits(String country, CharSequence bban) {
        if (country.length() != 2 || length(country.charAt(0), country.charAt(1)) == 0) {
            throw new IllegalArgumentException("unknown IBAN country");
        }
        int r = 0;
        CharSequence rearranged = new StringBuilder(bban).append(country).append("00");
        for (int k = 0; k < rearranged.length(); k++) {
            int v = value(rearranged.charAt(k));
            if (v < 0) {
                throw new IllegalArgumentException("BBAN must be ASCII letters and digits");
            }
            r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
        }
        int check = 98 - r;
        return new String(new char[] {(char) ('0' + check / 10), (char) ('0' + check % 10)});
    }

    /** 0-9 for digits, 10-35 for letters of either case, -1 otherwise. */
    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char u = upper(c);
        return u >= 'A' && u <= 'Z' ? u - 'A' + 10 : -1;
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static char[] toChars(CharSequence s) {
        char[] d = new char[s.length()];
        for (int i = 0; i < d.length; i++) {
            d[i] = s.charAt(i);
        }
        return d;
    }
}
