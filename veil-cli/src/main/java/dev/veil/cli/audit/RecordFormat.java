package dev.veil.cli.audit;

import dev.veil.audit.AuditEntry;
import dev.veil.audit.AuditRecord;
import java.util.Map;
import java.util.StringJoiner;

/** One human-readable line per record. Records hold no values, so neither does this. */
final class RecordFormat {
    private RecordFormat() {
    }

    static String line(AuditEntry e) {
        AuditRecord r = e.record();
        StringJoiner j = new StringJoiner(" ");
        j.add("#" + e.seq()).add(r.time().toString()).add(r.kind().name());
        add(j, "principal", r.principal());
        add(j, "key", r.keyId());
        if (!r.roles().isEmpty()) {
            j.add("roles=" + String.join(",", r.roles()));
        }
        add(j, "model", r.model());
        add(j, "upstream", r.upstream());
        if (r.status() != null) {
            j.add("status=" + r.status());
        }
        if (!r.decisions().isEmpty()) {
            j.add("decisions=" + String.join(",", r.decisions()));
        }
        counts(j, "entities", r.entityCounts());
        counts(j, "operators", r.operators());
        if (!r.rules().isEmpty()) {
            j.add("rules=" + String.join(",", r.rules()));
        }
        if (r.latency() != null) {
            j.add(String.format(java.util.Locale.ROOT, "latency=%.3fms", r.latency().toNanos() / 1e6));
        }
        add(j, "scope", r.scope());
        add(j, "request", r.requestId());
        r.attributes().forEach((k, v) -> j.add(k + "=" + v));
        if (r.encryptedText() != null) {
            j.add("masked_text=<encrypted>");
        }
        return j.toString();
    }

    private static void add(StringJoiner j, String name, String value) {
        if (value != null) {
            j.add(name + "=" + value);
        }
    }

    private static void counts(StringJoiner j, String name, Map<String, Integer> counts) {
        if (!counts.isEmpty()) {
            StringJoiner c = new StringJoiner(",");
            counts.forEach((k, v) -> c.add(k + ":" + v));
            j.add(name + "=" + c);
        }
    }
}
