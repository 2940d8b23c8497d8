package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Government identifiers that pass their real validity rules: US SSN (SSA ranges), ITIN, EIN
 * (IRS campus prefixes), passports, state driver's licences, UK NINO and NHS number (mod 11),
 * German tax ID (ISO 7064 MOD 11,10), French NIR (97 key), Spanish DNI/NIE (letter), Italian
 * codice fiscale (check character), Dutch BSN (11-test).
 */
public final class GovernmentIds {
    private static final int[] EIN_PREFIXES = {1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27,
        30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
        60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93,
        94, 95, 98, 99};
    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String CF_MONTHS = "ABCDEHLMPRST";
    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    private final Rng rng;

    GovernmentIds(Rng rng) {
        this.rng = rng;
    }

    /** SSN with area 001-899 except 666, group 01-99, serial 0001-9999; dashed, spaced or bare. */
    public Piece ssn() {
        int area;
        do {
            area = rng.between(1, 899);
        } while (area == 666);
        String a = String.format(Locale.ROOT, "%03d", area);
        String g = String.format(Locale.ROOT, "%02d", rng.between(1, 99));
        String s = String.format(Locale.ROOT, "%04d", rng.between(1, 9999));
        return Piece.of(SSN, switch (rng.between(0, 5)) {
            case 0 -> a + " " + g + " " + s;
            case 1 -> a + g + s;
            default -> a + "-" + g + "-" + s;
        });
    }

    public Piece itin() {
        int[][] ranges = {{50, 65}, {70, 88}, {90, 92}, {94, 99}};
        int[] r = rng.pick(ranges);
        return Piece.of(ITIN, "9" + rng.digits(2) + "-" + rng.between(r[0], r[1]) + "-" + rng.digits(4));
    }

    public Piece ein() {
        return Piece.of(EIN, String.format(Locale.ROOT, "%02d", EIN_PREFIXES[rng.between(0, EIN_PREFIXES.length - 1)]) + "-" + rng.digits(7));
    }

    public Piece passport() {
        return Piece.of(PASSPORT, rng.chance(0.6) ? rng.between(1, 9) + rng.digits(8) : rng.pick("A", "C", "E", "K", "X") + rng.digits(8));
    }

    /** Driver's licence numbers in the formats of a few large US states. */
    public Piece driverLicense() {
        String letter = String.valueOf((char) ('A' + rng.between(0, 25)));
        return Piece.of(DRIVER_LICENSE, switch (rng.between(0, 5)) {
            case 0 -> letter + rng.digits(7);                                             // CA
            case 1 -> rng.digits(9);                                                      // NY
            case 2 -> rng.digits(8);                                                      // TX, PA
            case 3 -> letter + rng.digits(3) + "-" + rng.digits(3) + "-" + rng.digits(2) + "-" + rng.digits(3) + "-0"; // FL
            case 4 -> letter + rng.digits(3) + "-" + rng.digits(4) + "-" + rng.digits(4); // IL
            default -> letter + rng.digits(12);                                           // MI, MN
        });
    }

    public Piece ukNino() {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        String prefix;
        do {
            prefix = "" + first.charAt(rng.between(0, first.length() - 1)) + second.charAt(rng.between(0, second.length() - 1));
        } while (List.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ").contains(prefix));
        String d = rng.digits(6);
        String suffix = String.valueOf("ABCD".charAt(rng.between(0, 3)));
        return Piece.of(UK_NINO, rng.chance(0.5) ? prefix + d + suffix
                : prefix + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + suffix);
    }

    public Piece ukNhs() {
        String nine;
        int check;
        do {
            nine = rng.pick("4", "6", "7") + rng.digits(8); // issued ranges: 400-499 and 600-799 million
            check = nhsCheckDigit(nine);
        } while (check == 10);
        String n = nine + check;
        return Piece.of(UK_NHS, rng.chance(0.6) ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6) : n);
    }

    /** NHS mod 11 with weights 10..2; 10 means the number is not issued. */
    static int nhsCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = 11 - sum % 11;
        return r == 11 ? 0 : r;
    }

    /** Steuer-IdNr: 10 digits, first non-zero, one digit twice and one missing, ISO 7064 check digit. */
    public Piece deTaxId() {
        List<Integer> digits = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Collections.shuffle(digits, rng.random());
        digits.set(9, digits.get(rng.between(0, 8))); // the last distinct digit is replaced: one twice, one missing
        Collections.shuffle(digits, rng.random());
        if (digits.get(0) == 0) {
            int nz = 1;
            while (digits.get(nz) == 0) {
                nz++;
            }
            Collections.swap(digits, 0, nz);
        }
        StringBuilder ten = new StringBuilder();
        digits.forEach(ten::append);
        return Piece.of(DE_TAX_ID, ten.toString() + iso7064Mod11_10(ten));
    }

    static int iso7064Mod11_10(CharSequence digits) {
        int product = 10;
        for (int i = 0; i < digits.length(); i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }

    /** French NIR: sex, year, month, department, commune, order number, then the key 97 - n mod 97. */
    public Piece frNir() {
        int dept = rng.between(1, 95);
        if (dept == 20) {
            dept = 21; // Corsica uses 2A/2B, which the key computation treats specially
        }
        String body = rng.between(1, 2) + String.format(Locale.ROOT, "%02d%02d%02d", rng.between(0, 99), rng.between(1, 12), dept)
                + rng.digits(3) + rng.digits(3);
        String key = String.format(Locale.ROOT, "%02d", 97 - (int) (Long.parseLong(body) % 97));
        return Piece.of(FR_NIR, rng.chance(0.5) ? body + key
                : body.charAt(0) + " " + body.substring(1, 3) + " " + body.substring(3, 5) + " " + body.substring(5, 7) + " "
                        + body.substring(7, 10) + " " + body.substring(10) + " " + key);
    }

    /** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter). */
    public Piece esNif() {
        if (rng.chance(0.7)) {
            String d = rng.digits(8);
            return Piece.of(ES_NIF, d + NIF_LETTERS.charAt(Integer.parseInt(d) % 23));
        }
        int lead = rng.between(0, 2);
        String d = rng.digits(7);
        return Piece.of(ES_NIF, "XYZ".charAt(lead) + d + NIF_LETTERS.charAt(Integer.parseInt(lead + d) % 23));
    }

    /** Italian codice fiscale from random consonants, birth date and municipality code. */
    public Piece itFiscalCode() {
        String cons = "BCDFGHLMNPRSTVZ";
        String vow = "AEIOU";
        String sur = "" + cons.charAt(rng.between(0, 14)) + cons.charAt(rng.between(0, 14)) + rng.pick(cons, vow).charAt(0);
        String name = "" + cons.charAt(rng.between(0, 14)) + cons.charAt(rng.between(0, 14)) + cons.charAt(rng.between(0, 14));
        int day = rng.between(1, 28) + (rng.chance(0.5) ? 40 : 0);
        String body = sur + name + String.format(Locale.ROOT, "%02d", rng.between(40, 99)) + CF_MONTHS.charAt(rng.between(0, 11))
                + String.format(Locale.ROOT, "%02d", day) + (char) ('A' + rng.between(0, 12)) + rng.digits(3);
        return Piece.of(IT_FISCAL_CODE, body + itCheckChar(body));
    }

    static char itCheckChar(String fifteen) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = fifteen.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? CF_ODD[v] : v; // positions 1,3,5... (1-based) are "odd"
        }
        return (char) ('A' + sum % 26);
    }

    /** Dutch BSN: 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11. */
    public Piece nlBsn() {
        while (true) {
            String eight = rng.between(1, 6) + rng.digits(7);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (eight.charAt(i) - '0') * (9 - i);
            }
            int last = sum % 11;
            if (last < 10) {
                return Piece.of(NL_BSN, eight + last);
            }
        }
    }
}
