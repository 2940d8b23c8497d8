package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.*;

import dev.veil.detect.checksum.Luhn;

/**
 * Medical identifiers: MRNs (site formats), NPIs (Luhn over the 80840 prefix), DEA numbers
 * (registrant checksum), Medicare MBIs (CMS character positions), health-plan member IDs and
 * accession or claim numbers.
 */
public final class HealthIds {
    private static final String MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";
    private static final String MBI_ALNUM = "0123456789ACDEFGHJKMNPQRTUVWXY";
    private final Rng rng;

    HealthIds(Rng rng) {
        this.rng = rng;
    }

    public Piece mrn() {
        return Piece.of(MEDICAL_RECORD_NUMBER, switch (rng.between(0, 3)) {
            case 0 -> rng.digits(8);
            case 1 -> rng.digits(rng.between(6, 10));
            case 2 -> "00" + rng.digits(6);
            default -> rng.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rng.digits(7);
        });
    }

    public Piece npi() {
        String nine = rng.between(1, 2) + rng.digits(8);
        return Piece.of(NPI, nine + npiCheckDigit(nine));
    }

    /** The NPI check digit is the Luhn digit of "80840" followed by the first nine digits. */
    static char npiCheckDigit(String nine) {
        return Luhn.checkDigit("80840" + nine);
    }

    /** DEA: registrant type letter, surname initial, six digits, check digit. */
    public Piece dea(char surnameInitial) {
        String six = rng.digits(6);
        char initial = Character.isLetter(surnameInitial) && surnameInitial < 128 ? Character.toUpperCase(surnameInitial) : '9';
        return Piece.of(DEA_NUMBER, rng.pick("A", "B", "F", "G", "M") + initial + six + deaCheckDigit(six));
    }

    static char deaCheckDigit(String six) {
        int odd = (six.charAt(0) - '0') + (six.charAt(2) - '0') + (six.charAt(4) - '0');
        int even = (six.charAt(1) - '0') + (six.charAt(3) - '0') + (six.charAt(5) - '0');
        return (char) ('0' + (odd + 2 * even) % 10);
    }

    /** Medicare Beneficiary Identifier: 11 positions of fixed kinds, printed with or without dashes. */
    public Piece mbi() {
        String m = "" + rng.between(1, 9) + pick(MBI_LETTERS) + pick(MBI_ALNUM) + rng.digits(1) + pick(MBI_LETTERS)
                + pick(MBI_ALNUM) + rng.digits(1) + pick(MBI_LETTERS) + pick(MBI_LETTERS) + rng.digits(2);
        return Piece.of(MEDICARE_MBI, rng.chance(0.5) ? m : m.substring(0, 4) + "-" + m.substring(4, 7) + "-" + m.substring(7));
    }

    public Piece healthPlanId() {
        return Piece.of(HEALTH_PLAN_ID, rng.chance(0.6) ? rng.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + rng.digits(9) : "W" + rng.digits(9));
    }

    /** Accession, claim and encounter numbers: a registry prefix and digits, often dash-joined. */
    public Piece referenceNumber() {
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        return Piece.of(REFERENCE_NUMBER, switch (rng.between(0, 2)) {
            case 0 -> rng.chars(letters, 2) + rng.digits(2) + "-" + rng.digits(6);
            case 1 -> rng.chars(letters, 3) + "-" + rng.digits(7);
            default -> rng.chars(letters, 1) + rng.digits(8);
        });
    }

    private char pick(String alphabet) {
        return alphabet.charAt(rng.between(0, alphabet.length() - 1));
    }
}
