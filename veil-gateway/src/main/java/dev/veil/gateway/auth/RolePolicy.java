package dev.veil.gateway.auth;

import dev.veil.core.EntityType;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What each role grants, from configuration: models it may call and entity types whose originals
 * it may see restored. A principal's effective grants are the union over its roles plus whatever
 * its own API key lists. Immutable.
 */
public record RolePolicy(Map<String, Grant> roles) {

    /** The grants of one role. {@code models} may contain "*". */
    public record Grant(Set<String> models, Set<EntityType> reveal) {
        public Grant {
            models = Set.copyOf(models);
            reveal = Set.copyOf(reveal);
        }
    }

    public RolePolicy {
        roles = Map.copyOf(roles);
    }

    public static RolePolicy empty() {
        return new RolePolicy(Map.of());
    }

    public Set<String> models(Set<String> roleNames, Set<String> own) {
        Set<String> out = new HashSet<>(own);
        for (String r : roleNames) {
            Grant g = roles.get(r);
            if (g != null) {
                out.addAll(g.models());
            }
        }
        return out;
    }

    public Set<EntityType> reveal(Set<String> roleNames, Set<EntityType> own) {
        Set<EntityType> out = own.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(own);
        for (String r : roleNames) {
            Grant g = roles.get(r);
            if (g != null) {
                out.addAll(g.reveal());
            }
        }
        return out;
    }
}
