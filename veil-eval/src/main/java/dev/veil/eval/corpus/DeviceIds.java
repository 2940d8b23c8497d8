package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.*;

import dev.veil.detect.checksum.Luhn;

/** Vehicle and device identifiers: VINs (ISO 3779 check digit), licence plates, IMEIs (Luhn), serials. */
public final class DeviceIds {
    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private final Rng rng;

    DeviceIds(Rng rng) {
        this.rng = rng;
    }

    public Piece vin() {
        char[] v = rng.chars(VIN_CHARS, 17).toCharArray();
        v[9] = rng.pick('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R'); // model year
        v[8] = vinCheckChar(new String(v));
        return Piece.of(VIN, new String(v));
    }

    /** ISO 3779 / 49 CFR 565: transliterate, weight, sum mod 11, 10 written as X. */
    static char vinCheckChar(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += vinValue(vin.charAt(i)) * VIN_WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    private static int vinValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return "12345678-12345-7-923456789".charAt(c - 'A') - '0'; // A..Z; '-' marks I, O, Q (never used)
    }

    public Piece licensePlate() {
        return Piece.of(LICENSE_PLATE, switch (rng.between(0, 2)) {
            case 0 -> rng.between(1, 9) + rng.chars(LETTERS, 3) + rng.digits(3);                 // California
            case 1 -> rng.chars(LETTERS, 3) + "-" + rng.digits(4);                              // New York
            default -> rng.chars(LETTERS, 2) + rng.digits(2) + " " + rng.chars(LETTERS, 3);     // UK
        });
    }

    public Piece imei() {
        String fourteen = rng.pick("35", "86", "49", "01") + rng.digits(12);
        return Piece.of(DEVICE_ID, fourteen + Luhn.checkDigit(fourteen));
    }

    public Piece serial() {
        return Piece.of(DEVICE_ID, rng.chars(LETTERS + "0123456789", rng.between(10, 12)));
    }
}
