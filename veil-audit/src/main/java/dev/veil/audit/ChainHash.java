package dev.veil.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: {@code hash(n) = SHA-256("veil-audit-v1" 0x00 || hash(n-1) || seq(n) as 8 bytes
 * big-endian || canonical record bytes(n))}, with 32 zero bytes before the first record. Each
 * record's hash therefore commits to its content, its position and the whole history before it.
 * Not thread-safe (holds a {@link MessageDigest}); one instance per writer or verifier.
 */
final class ChainHash {
    static final int LENGTH = 32;
    static final byte[] GENESIS = new byte[LENGTH];
    private static final byte[] DOMAIN = "veil-audit-v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest sha256;
    private final ByteBuffer seqBytes = ByteBuffer.allocate(Long.BYTES);

    ChainHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    byte[] next(byte[] prev, long seq, byte[] record) {
        sha256.update(DOMAIN);
        sha256.update(prev);
        seqBytes.clear();
        seqBytes.putLong(seq);
        sha256.update(seqBytes.array());
        sha256.update(record);
        return sha256.digest();
    }

    static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    static byte[] parseHex(String hex) {
        if (hex == null || hex.length() != LENGTH * 2) {
            throw new IllegalArgumentException("hash must be " + LENGTH * 2 + " hex digits");
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                throw new IllegalArgumentException("hash must be lower-case hex");
            }
        }
        return HEX.parseHex(hex);
    }
}
