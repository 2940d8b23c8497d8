package dev.veil.gateway.auth;

import dev.veil.core.EntityType;
import java.time.Instant;
import java.util.Set;

/** What a new API key may do; see {@link ApiKeyStore#create}. */
public record KeySpec(String name, String tenant, Set<String> roles, Set<String> models, Set<EntityType> reveal,
                      int requestsPerMinute, long tokensPerDay, Instant expiresAt) {

    public KeySpec {
        if (name == null || !name.matches("[A-Za-z0-9 ._@:/-]{1,80}")) {
            throw new IllegalArgumentException("key name must be 1-80 letters, digits, spaces or ._@:/-");
        }
        if (tenant == null || !tenant.matches("[A-Za-z0-9._:-]{1,80}")) {
            throw new IllegalArgumentException("tenant must be 1-80 letters, digits or ._:-");
        }
        for (String r : roles) {
            if (!r.matches("[a-z][a-z0-9_-]{0,39}")) {
                throw new IllegalArgumentException("role names are lower-case identifiers: '" + r + "' is not");
            }
        }
        if (requestsPerMinute < 0 || tokensPerDay < 0) {
            throw new IllegalArgumentException("limits must be >= 0 (0 = unlimited)");
        }
        roles = Set.copyOf(roles);
        models = models.isEmpty() ? Set.of("*") : Set.copyOf(models);
        reveal = Set.copyOf(reveal);
    }
}
