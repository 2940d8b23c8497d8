package dev.veil.gateway.chain;

import dev.veil.core.EntityType;
import dev.veil.gateway.auth.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the audit record of one request will say, collected as the exchange moves along. Values
 * never enter: only ids, names, counts, operators and rule ids.
 */
public record AuditFacts(String keyId, Set<String> roles, String model, String upstream,
                         Map<EntityType, Integer> entityCounts, Map<String, Integer> operators,
                         List<String> decisions, String scopeId) {

    public static final AuditFacts EMPTY = new AuditFacts(null, Set.of(), null, null, Map.of(), Map.of(), List.of(), null);

    public AuditFacts {
        roles = Set.copyOf(roles);
        entityCounts = entityCounts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(entityCounts));
        operators = Map.copyOf(operators);
        decisions = List.copyOf(decisions);
    }

    AuditFacts withPrincipal(Principal p) {
        return new AuditFacts(p.keyId(), p.roles(), model, upstream, entityCounts, operators, decisions, scopeId);
    }

    AuditFacts withModel(String m) {
        return new AuditFacts(keyId, roles, m, upstream, entityCounts, operators, decisions, scopeId);
    }

    AuditFacts withUpstream(String u) {
        return new AuditFacts(keyId, roles, model, u, entityCounts, operators, decisions, scopeId);
    }

    public AuditFacts withMasking(Map<EntityType, Integer> counts, Map<String, Integer> ops, String scope) {
        return new AuditFacts(keyId, roles, model, upstream, counts, ops, decisions, scope);
    }

    public AuditFacts withDecision(String decision) {
        List<String> d = new ArrayList<>(decisions);
        d.add(decision);
        return new AuditFacts(keyId, roles, model, upstream, entityCounts, operators, d, scopeId);
    }
}
