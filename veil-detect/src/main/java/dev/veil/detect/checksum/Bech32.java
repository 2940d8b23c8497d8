package dev.veil.detect.checksum;

/**
 * Bech32 (BIP 173) and Bech32m (BIP 350) checksums, as in SegWit addresses such as
 * {@code bc1q...} (witness version 0, Bech32) and {@code bc1p...} (version 1+, Bech32m).
 */
public final class Bech32 {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    /** The two checksum variants; the constant is what the polymod must equal. */
    public enum Variant {
        BECH32(1), BECH32M(0x2bc830a3);

        private final int constant;

        Variant(int constant) {
            this.constant = constant;
        }
    }

    private Bech32() {
    }

    /** The 5-bit value of a data char (either case), or -1. */
    public static int value(char c) {
        char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return CHARSET.indexOf(l);
    }

    /**
     * The checksum variant of {@code s} (human-readable part, separator '1', data with a 6-char
     * checksum), or null if it is not valid: mixed case, over 90 chars, or a failing checksum.
     */
    public static Variant verify(CharSequence s) {
        int len = s.length();
        if (len < 8 || len > 90) {
            return null;
        }
        boolean lower = false;
        boolean upper = false;
        int sep = -1;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 33 || c > 126) {
                return null;
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            if (c == '1') {
                sep = i;
            }
        }
        if ((lower && upper) || sep < 1 || len - sep - 1 < 6) {
            return null;
        }
        int chk = 1;
        for (int i = 0; i < sep; i++) {
            chk = step(chk) ^ (lowerChar(s.charAt(i)) >> 5);
        }
        chk = step(chk);
        for (int i = 0; i < sep; i++) {
            chk = step(chk) ^ (lowerChar(s.charAt(i)) & 31);
        }
        for (int i = sep + 1; i < len; i++) {
            int v = value(s.charAt(i));
            if (v < 0) {
                return null;
            }
            chk = step(chk) ^ v;
        }
        for (Variant v : Variant.values()) {
            if (chk == v.constant) {
                return v;
            }
        }
        return null;
    }

    /** Encodes 5-bit {@code data} under the lower-case {@code hrp} with a checksum of {@code variant}. */
    public static String encode(String hrp, int[] data, Variant variant) {
        int chk = 1;
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk) ^ (hrp.charAt(i) >> 5);
        }
        chk = step(chk);
        for (int i = 0; i < hrp.length(); i++) {
            chk = step(chk) ^ (hrp.charAt(i) & 31);
        }
        StringBuilder out = new StringBuilder(hrp).append('1');
        for (int d : data) {
            if (d < 0 || d > 31) {
                throw new IllegalArgumentException("data must be 5-bit values");
            }
            chk = step(chk) ^ d;
            out.append(CHARSET.charAt(d));
        }
        for (int i = 0; i < 6; i++) {
            chk = step(chk);
        }
        chk ^= variant.constant;
        for (int i = 0; i < 6; i++) {
            out.append(CHARSET.charAt((chk >>> (5 * (5 - i))) & 31));
        }
        return out.toString();
    }

    private static int lowerChar(char c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static int step(int chk) {
        int top = chk >>> 25;
        int c = (chk & 0x1ffffff) << 5;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                c ^= GENERATOR[i];
            }
        }
        return c;
    }
}
