package dev.veil.audit;

import dev.veil.core.EntityType;
import java.time.Instant;
import java.util.Locale;

/**
 * A filter over records; every criterion is optional ({@code null}) and all given ones must match.
 *
 * @param since      records at or after this time
 * @param until      records strictly before this time
 * @param keyId      records made with this API key id
 * @param entityType records that counted at least one entity of this type
 * @param decision   records whose decisions include this one (case-insensitive)
 * @param kind       records of this kind
 */
public record AuditQuery(Instant since, Instant until, String keyId, EntityType entityType, String decision,
                         AuditKind kind) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public AuditQuery since(Instant t) {
        return new AuditQuery(t, until, keyId, entityType, decision, kind);
    }

    public AuditQuery until(Instant t) {
        return new AuditQuery(since, t, keyId, entityType, decision, kind);
    }

    public AuditQuery keyId(String k) {
        return new AuditQuery(since, until, k, entityType, decision, kind);
    }

    public AuditQuery entityType(EntityType t) {
        return new AuditQuery(since, until, keyId, t, decision, kind);
    }

    public AuditQuery decision(String d) {
        return new AuditQuery(since, until, keyId, entityType, d, kind);
    }

    public AuditQuery kind(AuditKind k) {
        return new AuditQuery(since, until, keyId, entityType, decision, k);
    }

    public boolean matches(AuditRecord r) {
        if (since != null && r.time().isBefore(since)) {
            return false;
        }
        if (until != null && !r.time().isBefore(until)) {
            return false;
        }
        if (keyId != null && !keyId.equals(r.keyId())) {
            return false;
        }
        if (entityType != null && r.entityCounts().getOrDefault(entityType.name(), 0) == 0) {
            return false;
        }
        if (kind != null && r.kind() != kind) {
            return false;
        }
        return decision == null || r.decisions().stream()
                .anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(decision.toLowerCase(Locale.ROOT)));
    }
}
