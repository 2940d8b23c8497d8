package dev.veil.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/**
 * One line of a segment file:
 * {@code {"v":1,"seq":N,"prev":"<hex>","hash":"<hex>","record":{...canonical record...}}\n}.
 * Lines are written and accepted only in this exact canonical form, so any byte edit either
 * changes a hashed value or is rejected as non-canonical.
 */
final class EntryCodec {
    static final int VERSION = 1;
    private static final Set<String> FIELDS = Set.of("v", "seq", "prev", "hash", "record");
    private static final byte[] RECORD_KEY = ",\"record\":".getBytes(StandardCharsets.US_ASCII);

    private EntryCodec() {
    }

    /** A line read back, with the canonical record bytes the chain hash covers. */
    record Decoded(long seq, byte[] prev, byte[] hash, AuditRecord record, byte[] recordBytes) {
    }

    /** Thrown for a line that is not a valid canonical entry; the message never quotes the line. */
    static final class MalformedEntryException extends Exception {
        MalformedEntryException(String reason) {
            super(reason);
        }
    }

    static byte[] encodeLine(long seq, byte[] prev, byte[] hash, byte[] recordBytes) {
        String head = "{\"v\":" + VERSION + ",\"seq\":" + seq + ",\"prev\":\"" + ChainHash.hex(prev)
                + "\",\"hash\":\"" + ChainHash.hex(hash) + "\"";
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + recordBytes.length + 16);
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(RECORD_KEY);
        out.writeBytes(recordBytes);
        out.write('}');
        out.write('\n');
        return out.toByteArray();
    }

    /** Decodes a line given without its trailing newline. */
    static Decoded decodeLine(byte[] buf, int offset, int length) throws MalformedEntryException {
        JsonNode n;
        try {
            n = RecordCodec.parse(buf, offset, length);
        } catch (IOException e) {
            throw new MalformedEntryException("line is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw new MalformedEntryException("line is not a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            if (!FIELDS.contains(it.next())) {
                throw new MalformedEntryException("line has an unknown field");
            }
        }
        try {
            if (RecordCodec.integral(n.get("v"), "v") != VERSION) {
                throw new MalformedEntryException("unsupported entry version");
            }
            long seq = RecordCodec.integral(n.get("seq"), "seq");
            byte[] prev = ChainHash.parseHex(RecordCodec.requiredText(n, "prev"));
            byte[] hash = ChainHash.parseHex(RecordCodec.requiredText(n, "hash"));
            AuditRecord record = RecordCodec.decode(n.get("record"));
            byte[] recordBytes = RecordCodec.encode(record);
            byte[] canonical = encodeLine(seq, prev, hash, recordBytes);
            if (canonical.length - 1 != length
                    || !Arrays.equals(canonical, 0, length, buf, offset, offset + length)) {
                throw new MalformedEntryException("line is not in canonical form");
            }
            return new Decoded(seq, prev, hash, record, recordBytes);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new MalformedEntryException("invalid entry: " + e.getMessage());
        }
    }

    /** Reads only the sequence number, for diagnosing order problems in damaged segments. */
    static long peekSeq(byte[] buf, int offset, int length) {
        try {
            JsonNode n = RecordCodec.parse(buf, offset, length);
            return RecordCodec.integral(n.get("seq"), "seq");
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
