package dev.veil.gateway.auth;

import dev.veil.core.EntityType;
import java.time.Instant;
import java.util.Set;

/**
 * A stored API key: everything but the key itself, of which only a SHA-256 hash is kept (keys are
 * 256-bit random, so a fast hash is as strong as a slow one here).
 */
public record ApiKeyRecord(String id, String hash, String name, String tenant, Set<String> roles, Set<String> models,
                           Set<EntityType> reveal, int requestsPerMinute, long tokensPerDay, Instant createdAt,
                           Instant expiresAt, boolean revoked) {

    public ApiKeyRecord {
        roles = Set.copyOf(roles);
        models = Set.copyOf(models);
        reveal = Set.copyOf(reveal);
    }

    public ApiKeyRecord revoke() {
        return new ApiKeyRecord(id, hash, name, tenant, roles, models, reveal, requestsPerMinute, tokensPerDay, createdAt,
                expiresAt, true);
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "ApiKeyRecord[" + id + " " + name + " roles=" + roles + (revoked ? " revoked" : "") + "]";
    }
}
