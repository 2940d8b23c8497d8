package dev.veil.detect.checksum;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check, as in legacy Bitcoin (and Litecoin, Dogecoin, ...) addresses: base58 text whose
 * decoded bytes end with the first four bytes of SHA-256(SHA-256(rest)). Uses the JDK's SHA-256.
 */
public final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final byte[] INDEX = new byte[128];

    static {
        Arrays.fill(INDEX, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private Base58Check() {
    }

    /** True if {@code c} is in the base58 alphabet (no 0, O, I, l). */
    public static boolean isBase58(char c) {
        return c < 128 && INDEX[c] >= 0;
    }

    /** The payload (version byte and hash, checksum removed), or null if not valid Base58Check. */
    public static byte[] decode(CharSequence s) {
        byte[] raw = decodeRaw(s);
        if (raw == null || raw.length < 5) {
            return null;
        }
        byte[] payload = Arrays.copyOf(raw, raw.length - 4);
        byte[] sum = doubleSha256(payload);
        for (int i = 0; i < 4; i++) {
            if (sum[i] != raw[payload.length + i]) {
                return null;
            }
        }
        return payload;
    }

    /** Encodes {@code payload} with its 4-byte checksum appended, e.g. to build a surrogate address. */
    public static String encode(byte[] payload) {
        byte[] sum = doubleSha256(payload);
        byte[] raw = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(sum, 0, raw, payload.length, 4);
        int zeros = 0;
        while (zeros < raw.length && raw[zeros] == 0) {
            zeros++;
        }
        byte[] num = Arrays.copyOfRange(raw, zeros, raw.length);
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < num.length) {
            int rem = 0;
            for (int i = start; i < num.length; i++) {
                int acc = (rem << 8) | (num[i] & 0xff);
                num[i] = (byte) (acc / 58);
                rem = acc % 58;
            }
            out.append(ALPHABET.charAt(rem));
            while (start < num.length && num[start] == 0) {
                start++;
            }
        }
        out.append("1".repeat(zeros));
        return out.reverse().toString();
    }

    private static byte[] decodeRaw(CharSequence s) {
        int len = s.length();
        if (len == 0 || len > 128) {
            return null;
        }
        int zeros = 0;
        while (zeros < len && s.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] b = new byte[len * 733 / 1000 + 1];
        int used = 0;
        for (int i = zeros; i < len; i++) {
            char c = s.charAt(i);
            if (!isBase58(c)) {
                return null;
            }
            int carry = INDEX[c];
            int j = 0;
            for (int k = b.length - 1; k >= 0 && (carry != 0 || j < used); k--, j++) {
                carry += 58 * (b[k] & 0xff);
                b[k] = (byte) carry;
                carry >>>= 8;
            }
            used = j;
        }
        int skip = b.length - used;
        byte[] out = new byte[zeros + used];
        System.arraycopy(b, skip, out, zeros, used);
        return out;
    }

    private static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return md.digest(md.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
