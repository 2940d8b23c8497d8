package dev.veil.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed content of a PURGE record: which segments were deleted, with their sequence ranges and
 * head hashes. Encoded in the record's {@code purged_segments} attribute as
 * {@code <segment>:<first>-<last>:<head hex>} items joined by commas; the {@code signature}
 * attribute is Ed25519 over {@code "veil-audit-purge-v1" 0x00 || purged_segments || 0x00 ||
 * record time}, so a purge record cannot be forged, edited, or moved to another time.
 */
record PurgeStatement(List<Segment> segments) {
    static final String SEGMENTS = "purged_segments";
    static final String SIGNATURE = "signature";
    static final String SIGNING_KEY = "signing_key";
    private static final String DOMAIN = "veil-audit-purge-v1\0";

    record Segment(long index, long first, long last, String head) {
    }

    PurgeStatement {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a purge statement lists at least one segment");
        }
    }

    AuditRecord toRecord(Instant time, AuditSigner signer) {
        String encoded = encode();
        return AuditRecord.builder(AuditKind.PURGE, time)
                .principal("veil")
                .attribute(SEGMENTS, encoded)
                .attribute(SIGNING_KEY, signer.publicKey().keyId())
                .attribute(SIGNATURE, signer.sign(signedBytes(encoded, time)))
                .build();
    }

    /** Parses and checks the signature of a PURGE record; throws IllegalArgumentException if bad. */
    static PurgeStatement verified(AuditRecord record, AuditPublicKey key) {
        String encoded = record.attributes().get(SEGMENTS);
        String signature = record.attributes().get(SIGNATURE);
        if (encoded == null || signature == null) {
            throw new IllegalArgumentException("purge record lacks its segment list or signature");
        }
        if (!key.keyId().equals(record.attributes().get(SIGNING_KEY))
                || !key.verify(signedBytes(encoded, record.time()), signature)) {
            throw new IllegalArgumentException("purge record signature is invalid");
        }
        List<Segment> list = new ArrayList<>();
        for (String item : encoded.split(",", -1)) {
            String[] parts = item.split(":", -1);
            String[] range = parts.length == 3 ? parts[1].split("-", -1) : new String[0];
            if (range.length != 2) {
                throw new IllegalArgumentException("purge record segment list is malformed");
            }
            try {
                list.add(new Segment(Long.parseLong(parts[0]), Long.parseLong(range[0]), Long.parseLong(range[1]),
                        ChainHash.hex(ChainHash.parseHex(parts[2]))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("purge record segment list is malformed");
            }
        }
        return new PurgeStatement(list);
    }

    private String encode() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(s.index()).append(':').append(s.first()).append('-').append(s.last()).append(':')
                    .append(s.head());
        }
        return sb.toString();
    }

    private static byte[] signedBytes(String encoded, Instant time) {
        return (DOMAIN + encoded + "\0" + time).getBytes(StandardCharsets.UTF_8);
    }
}
