package dev.veil.gateway.auth;

import dev.veil.core.EntityType;
import java.time.Instant;
import java.util.Set;

/**
 * The authenticated caller of one request: an API key or a verified JWT subject, with what it may
 * do. Immutable; holds no secret (the key itself is never kept, only its id).
 *
 * @param keyId        public id of the API key ("key_...") or "jwt:" + subject
 * @param name         label for humans, from the key or the token
 * @param tenant       tenant whose scopes this caller uses
 * @param roles        role names; "admin" grants the admin endpoints
 * @param models       model names this caller may use; "*" means all
 * @param reveal       entity types whose originals may be restored into answers for this caller
 * @param limits       request-rate and token quotas
 * @param expiresAt    when the credential stops being valid (null: never)
 */
public record Principal(String keyId, String name, String tenant, Set<String> roles, Set<String> models,
                        Set<EntityType> reveal, Limits limits, Instant expiresAt) {

    public static final String ADMIN = "admin";

    public Principal {
        roles = Set.copyOf(roles);
        models = Set.copyOf(models);
        reveal = reveal.isEmpty() ? Set.of() : Set.copyOf(reveal);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public boolean mayUse(String model) {
        return models.contains("*") || models.contains(model);
    }

    public boolean mayReveal(EntityType type) {
        return reveal.contains(type);
    }

    /**
     * Request and token limits.
     *
     * @param requestsPerMinute token-bucket refill rate (and burst size); 0 = unlimited
     * @param tokensPerDay      model tokens (prompt + completion) per UTC day; 0 = unlimited
     */
    public record Limits(int requestsPerMinute, long tokensPerDay) {
        public static final Limits UNLIMITED = new Limits(0, 0);
    }
}
