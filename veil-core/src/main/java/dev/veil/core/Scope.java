package dev.veil.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where pseudonyms are consistent: a tenant and a conversation or dataset id. Within one scope a
 * value always maps to the same token; across scopes tokens are unlinkable unless a policy links
 * them.
 *
 * <p>Both parts are identifiers chosen by operators or clients, never personal data; they are
 * restricted to a safe alphabet so that they can appear in logs, file names and SQL keys.
 */
public record Scope(String tenant, String id) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,200}");

    public Scope {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        if (!SAFE.matcher(tenant).matches()) {
            throw new IllegalArgumentException("scope tenant must match " + SAFE.pattern());
        }
        if (!SAFE.matcher(id).matches()) {
            throw new IllegalArgumentException("scope id must match " + SAFE.pattern());
        }
    }

    public static Scope of(String tenant, String id) {
        return new Scope(tenant, id);
    }

    /** A stable printable key, {@code tenant/id}. */
    public String key() {
        return tenant + "/" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
