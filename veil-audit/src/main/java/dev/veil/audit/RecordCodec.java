package dev.veil.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The canonical JSON encoding of an {@link AuditRecord}: fixed field order, no whitespace, absent
 * fields and empty collections omitted, maps sorted by key, times as ISO-8601 instants, latency in
 * whole microseconds. The hash chain is computed over exactly these bytes, so the encoding is a
 * function of the record's value: {@code encode(decode(b))} equals {@code b} for every valid
 * {@code b}, and the verifier rejects any line that is not in canonical form.
 */
final class RecordCodec {
    static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    private static final Set<String> FIELDS = Set.of("time", "kind", "principal", "key_id", "roles", "model",
            "upstream", "entity_counts", "operators", "decisions", "rules", "latency_us", "status", "scope",
            "request_id", "attributes", "encrypted_text");

    private RecordCodec() {
    }

    static byte[] encode(AuditRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void write(JsonGenerator g, AuditRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("time", r.time().toString());
        g.writeStringField("kind", r.kind().name());
        optional(g, "principal", r.principal());
        optional(g, "key_id", r.keyId());
        list(g, "roles", r.roles());
        optional(g, "model", r.model());
        optional(g, "upstream", r.upstream());
        counts(g, "entity_counts", r.entityCounts());
        counts(g, "operators", r.operators());
        list(g, "decisions", r.decisions());
        list(g, "rules", r.rules());
        if (r.latency() != null) {
            g.writeNumberField("latency_us", r.latency().toNanos() / 1000);
        }
        if (r.status() != null) {
            g.writeNumberField("status", r.status());
        }
        optional(g, "scope", r.scope());
        optional(g, "request_id", r.requestId());
        if (!r.attributes().isEmpty()) {
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : r.attributes().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        optional(g, "encrypted_text", r.encryptedText());
        g.writeEndObject();
    }

    /**
     * Decodes a record object. Throws {@link IllegalArgumentException} naming the field for
     * anything unexpected: unknown or duplicate fields, wrong types, invalid values.
     */
    static AuditRecord decode(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("record is not a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown record field");
            }
        }
        Instant time;
        AuditKind kind;
        try {
            time = Instant.parse(requiredText(n, "time"));
            kind = AuditKind.valueOf(requiredText(n, "kind"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("record time or kind is invalid");
        }
        JsonNode latency = n.get("latency_us");
        JsonNode status = n.get("status");
        return new AuditRecord(time, kind, text(n, "principal"), text(n, "key_id"), strings(n, "roles"),
                text(n, "model"), text(n, "upstream"), counts(n, "entity_counts"), counts(n, "operators"),
                strings(n, "decisions"), strings(n, "rules"),
                latency == null ? null : Duration.ofNanos(Math.multiplyExact(integral(latency, "latency_us"), 1000L)),
                status == null ? null : Math.toIntExact(integral(status, "status")),
                text(n, "scope"), text(n, "request_id"), attributes(n), text(n, "encrypted_text"));
    }

    static JsonNode parse(byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser p = JSON.createParser(bytes, offset, length)) {
            JsonNode node = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw new IOException("trailing content after JSON value");
            }
            return node;
        }
    }

    static long integral(JsonNode n, String field) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new IllegalArgumentException("field " + field + " is not an integer");
        }
        return n.longValue();
    }

    static String requiredText(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null) {
            throw new IllegalArgumentException("field " + field + " is missing");
        }
        return s;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field " + field + " is not a string");
        }
        return v.textValue();
    }

    private static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("field " + field + " is not an array");
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new IllegalArgumentException("field " + field + " holds a non-string");
            }
            out.add(e.textValue());
        }
        return out;
    }

    private static TreeMap<String, Integer> counts(JsonNode n, String field) {
        TreeMap<String, Integer> out = new TreeMap<>();
        JsonNode v = n.get(field);
        if (v == null) {
            return out;
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException("field " + field + " is not an object");
        }
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            out.put(e.getKey(), Math.toIntExact(integral(e.getValue(), field)));
        }
        return out;
    }

    private static TreeMap<String, String> attributes(JsonNode n) {
        TreeMap<String, String> out = new TreeMap<>();
        JsonNode v = n.get("attributes");
        if (v == null) {
            return out;
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException("field attributes is not an object");
        }
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException("field attributes holds a non-string");
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void list(JsonGenerator g, String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private static void counts(JsonGenerator g, String field, Map<String, Integer> counts) throws IOException {
        if (!counts.isEmpty()) {
            g.writeObjectFieldStart(field);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
    }
}
