package dev.veil.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A signed statement about the log: "segment {@code segment} holds records {@code first..last} and
 * the chain hash after {@code last} is {@code head}".
 * <ul>
 *   <li>{@link Type#SEAL}: written when a segment is closed (rotation or clean shutdown); the
 *       segment never changes afterwards.</li>
 *   <li>{@link Type#HEAD}: the latest durable record, rewritten periodically, so that cutting
 *       records off the end of the open segment is detectable.</li>
 *   <li>{@link Type#PURGE}: the segment was deleted by the retention job; lets the verifier bridge
 *       the gap in the chain.</li>
 * </ul>
 * Encoding: {@code {"type":"seal","segment":3,"first":1001,"last":1500,"head":"<hex>",
 * "time":"<ISO instant>","key":"<key id>","sig":"<base64>"}}; the Ed25519 signature covers
 * {@code "veil-audit-checkpoint-v1" 0x00} followed by the same JSON without the {@code sig} field.
 */
record Checkpoint(Type type, long segment, long first, long last, String head, Instant time, String keyId,
                  String signature) {
    private static final byte[] DOMAIN = "veil-audit-checkpoint-v1\0".getBytes(StandardCharsets.US_ASCII);

    enum Type { SEAL, HEAD, PURGE }

    Checkpoint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }

    static Checkpoint signed(Type type, long segment, long first, long last, byte[] head, Instant time,
                             AuditSigner signer) {
        String headHex = ChainHash.hex(head);
        String keyId = signer.publicKey().keyId();
        String body = body(type, segment, first, last, headHex, time, keyId);
        return new Checkpoint(type, segment, first, last, headHex, time, keyId, signer.sign(signedBytes(body)));
    }

    byte[] encodeLine() {
        String body = body(type, segment, first, last, head, time, keyId);
        return (body.substring(0, body.length() - 1) + ",\"sig\":\"" + signature + "\"}\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    boolean verify(AuditPublicKey key) {
        return key.keyId().equals(keyId)
                && key.verify(signedBytes(body(type, segment, first, last, head, time, keyId)), signature);
    }

    /** Parses a line (without newline); throws IllegalArgumentException if not canonical. */
    static Checkpoint decode(byte[] buf, int offset, int length) {
        JsonNode n;
        try {
            n = RecordCodec.parse(buf, offset, length);
        } catch (IOException e) {
            throw new IllegalArgumentException("checkpoint is not valid JSON");
        }
        if (n == null || !n.isObject() || n.size() != 8) {
            throw new IllegalArgumentException("checkpoint does not have the expected fields");
        }
        Checkpoint c;
        try {
            c = new Checkpoint(Type.valueOf(RecordCodec.requiredText(n, "type").toUpperCase(Locale.ROOT)),
                    RecordCodec.integral(n.get("segment"), "segment"), RecordCodec.integral(n.get("first"), "first"),
                    RecordCodec.integral(n.get("last"), "last"),
                    ChainHash.hex(ChainHash.parseHex(RecordCodec.requiredText(n, "head"))),
                    Instant.parse(RecordCodec.requiredText(n, "time")), RecordCodec.requiredText(n, "key"),
                    RecordCodec.requiredText(n, "sig"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("checkpoint time is invalid");
        }
        byte[] canonical = c.encodeLine();
        if (canonical.length - 1 != length || !Arrays.equals(canonical, 0, length, buf, offset, offset + length)) {
            throw new IllegalArgumentException("checkpoint is not in canonical form");
        }
        return c;
    }

    private static String body(Type type, long segment, long first, long last, String head, Instant time,
                               String keyId) {
        return "{\"type\":\"" + type.name().toLowerCase(Locale.ROOT) + "\",\"segment\":" + segment
                + ",\"first\":" + first + ",\"last\":" + last + ",\"head\":\"" + head + "\",\"time\":\"" + time
                + "\",\"key\":\"" + jsonSafe(keyId) + "\"}";
    }

    private static String jsonSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("checkpoint key id must be alphanumeric");
            }
        }
        return s;
    }

    private static byte[] signedBytes(String body) {
        byte[] b = body.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(DOMAIN, DOMAIN.length + b.length);
        System.arraycopy(b, 0, out, DOMAIN.length, b.length);
        return out;
    }
}
