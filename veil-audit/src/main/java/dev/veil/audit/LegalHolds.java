package dev.veil.audit;

import java.util.Set;

/**
 * Legal holds: while a hold names a conversation scope or an API key id, no segment holding a
 * record with that scope or key id is purged, whatever its age.
 *
 * @param scopes scope keys ({@code tenant/id}) under hold
 * @param keyIds API key ids under hold
 */
public record LegalHolds(Set<String> scopes, Set<String> keyIds) {

    public LegalHolds {
        scopes = Set.copyOf(scopes);
        keyIds = Set.copyOf(keyIds);
    }

    public static LegalHolds none() {
        return new LegalHolds(Set.of(), Set.of());
    }

    /** True if {@code record} falls under a hold. */
    public boolean holds(AuditRecord record) {
        return (record.scope() != null && scopes.contains(record.scope()))
                || (record.keyId() != null && keyIds.contains(record.keyId()));
    }
}
