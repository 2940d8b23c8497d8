package dev.veil.vault;

import dev.veil.core.Scope;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long mappings live. An entry expires {@code ttl} after its last use: each tokenize that hits an
 * entry with less than half its TTL left extends it (so hot values are not rewritten on every call),
 * and {@link TokenVault#purgeExpired()} removes expired entries. Expired entries are not revealed.
 *
 * <p>Lookup order: exact scope, then tenant, then the default. Immutable.
 */
public final class RetentionPolicy {
    private final Duration defaultTtl;
    private final Map<String, Duration> byTenant;
    private final Map<Scope, Duration> byScope;

    private RetentionPolicy(Duration defaultTtl, Map<String, Duration> byTenant, Map<Scope, Duration> byScope) {
        this.defaultTtl = defaultTtl;
        this.byTenant = Map.copyOf(byTenant);
        this.byScope = Map.copyOf(byScope);
    }

    /** Entries never expire (e.g. a dataset pseudonymized for training). */
    public static RetentionPolicy keepForever() {
        return new RetentionPolicy(null, Map.of(), Map.of());
    }

    /** Every entry expires {@code ttl} after its last use. */
    public static RetentionPolicy expireAfter(Duration ttl) {
        return builder().defaultTtl(ttl).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The TTL of {@code scope}, or empty to keep its entries forever. */
    public Optional<Duration> ttl(Scope scope) {
        Duration d = byScope.get(scope);
        if (d == null) {
            d = byTenant.get(scope.tenant());
        }
        return Optional.ofNullable(d != null ? d : defaultTtl);
    }

    @Override
    public String toString() {
        return "RetentionPolicy[default=" + (defaultTtl == null ? "forever" : defaultTtl)
                + ", tenants=" + byTenant + ", scopes=" + byScope + "]";
    }

    /** Builds a {@link RetentionPolicy}; the default is to keep entries forever. */
    public static final class Builder {
        private Duration defaultTtl;
        private final Map<String, Duration> byTenant = new HashMap<>();
        private final Map<Scope, Duration> byScope = new HashMap<>();

        private Builder() {
        }

        public Builder defaultTtl(Duration ttl) {
            this.defaultTtl = positive(ttl);
            return this;
        }

        public Builder tenant(String tenant, Duration ttl) {
            byTenant.put(Objects.requireNonNull(tenant, "tenant"), positive(ttl));
            return this;
        }

        public Builder scope(Scope scope, Duration ttl) {
            byScope.put(Objects.requireNonNull(scope, "scope"), positive(ttl));
            return this;
        }

        public RetentionPolicy build() {
            return new RetentionPolicy(defaultTtl, byTenant, byScope);
        }

        private static Duration positive(Duration ttl) {
            Objects.requireNonNull(ttl, "ttl");
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("retention TTL must be positive");
            }
            return ttl;
        }
    }
}
