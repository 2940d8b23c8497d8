package dev.veil.anonymize;

import static dev.veil.anonymize.ShapeSurrogates.appendRandomDigits;
import static dev.veil.anonymize.ShapeSurrogates.asciiDigits;
import static dev.veil.anonymize.ShapeSurrogates.intoDigitPositions;

import dev.veil.detect.checksum.Luhn;
import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Surrogates for numbers with a structure: each keeps the original's separators and digit count and
 * returns null (the caller then falls back to a same-shape value) when the original does not have
 * the expected structure.
 */
final class NumberSurrogates {
    /** First 6 digits: the issuer identification number, which PCI DSS 3.4.1 allows to display. */
    static final int CARD_KEPT_PREFIX = 6;

    private NumberSurrogates() {
    }

    /**
     * A card number with the original's issuer prefix (first 6 digits) and length, random middle
     * digits and a valid Luhn check digit.
     */
    static String card(String original, RandomGenerator random) {
        String d = asciiDigits(original);
        if (d.length() < 12 || d.length() > 19) {
            return null;
        }
        StringBuilder sb = new StringBuilder(d.substring(0, CARD_KEPT_PREFIX));
        appendRandomDigits(sb, d.length() - CARD_KEPT_PREFIX - 1, random);
        sb.append(Luhn.checkDigit(sb));
        return intoDigitPositions(original, sb);
    }

    /**
     * An SSN in the ranges the SSA issues: area 001-899 except 666, group 01-99, serial 0001-9999.
     */
    static String ssn(String original, RandomGenerator random) {
        if (asciiDigits(original).length() != 9) {
            return null;
        }
        int area;
        do {
            area = random.nextInt(1, 900);
        } while (area == 666);
        String d = String.format("%03d%02d%04d", area, random.nextInt(1, 100), random.nextInt(1, 10_000));
        return intoDigitPositions(original, d);
    }

    /**
     * An IBAN of the original's country and length (so the country's length rule holds), random
     * BBAN characters of the same classes (digit or letter), and check digits computed by ISO 7064
     * mod 97-10, so the result validates.
     */
    static String iban(String original, RandomGenerator random) {
        StringBuilder compact = new StringBuilder();
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                compact.append(Character.toUpperCase(c));
            }
        }
        if (compact.length() < 15 || compact.length() > 34 || !Character.isLetter(compact.charAt(0))
                || !Character.isLetter(compact.charAt(1))) {
            return null;
        }
        StringBuilder bban = new StringBuilder();
        for (int i = 4; i < compact.length(); i++) {
            char c = compact.charAt(i);
            bban.append(c >= '0' && c <= '9' ? (char) ('0' + random.nextInt(10))
                    : c >= 'A' && c <= 'Z' ? (char) ('A' + random.nextInt(26)) : c);
        }
        String country = compact.substring(0, 2);
        String fake = country + ibanCheckDigits(country, bban) + bban;
        // back into the original layout (spaces), with the original's letter case per position
        StringBuilder out = new StringBuilder(original.length());
        int j = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char f = fake.charAt(j++);
                out.append(Character.isLowerCase(c) ? Character.toLowerCase(f) : f);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** ISO 13616 check digits: 98 - (BBAN + country + "00" as digits) mod 97, two digits. */
    static String ibanCheckDigits(String country, CharSequence bban) {
        StringBuilder num = new StringBuilder();
        String rearranged = bban + country + "00";
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", check);
    }

    /**
     * A phone number in a range reserved for fiction: UK numbers (+44 / 07...) become 07700 900xxx
     * (Ofcom's drama range); NANP numbers (10 digits, or 11 with a leading 1) become NXX-555-01xx
     * (reserved for fictional use). Other numbers keep their country code (the digits after a
     * leading '+' up to the first separator) and get random digits.
     */
    static String phone(String original, RandomGenerator random) {
        String d = asciiDigits(original);
        String t = original.strip();
        if (d.startsWith("44") && t.startsWith("+") && d.length() == 12) {
            return intoDigitPositions(original, "447700900" + threeDigits(random));
        }
        if (d.startsWith("07") && d.length() == 11) {
            return intoDigitPositions(original, "07700900" + threeDigits(random));
        }
        if (d.length() == 10 || d.length() == 11 && d.charAt(0) == '1') {
            String prefix = d.length() == 11 ? "1" : "";
            int area;
            do {
                area = random.nextInt(200, 1000);
            } while (area % 100 == 11 || area / 10 % 10 == 9);
            return intoDigitPositions(original, prefix + area + "55501" + twoDigits(random));
        }
        if (d.length() < 5) {
            return null;
        }
        int keep = 0;
        if (t.startsWith("+")) {
            int i = 1;
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9' && keep < 3) {
                i++;
                keep++;
            }
        }
        StringBuilder sb = new StringBuilder(d.substring(0, keep));
        appendRandomDigits(sb, d.length() - keep, random);
        return intoDigitPositions(original, sb);
    }

    private static String threeDigits(RandomGenerator random) {
        return String.format("%03d", random.nextInt(1000));
    }

    private static String twoDigits(RandomGenerator random) {
        return String.format("%02d", random.nextInt(100));
    }
}
