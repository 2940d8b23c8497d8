package dev.veil.gateway.chain;

import dev.veil.core.EntityType;
import dev.veil.gateway.auth.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the audit record of one request will say, filled in by the interceptors as they learn it.
 * The one mutable part of an {@link Exchange}: every copy of a request's exchange shares it, so the
 * outermost (audit) step sees what the inner steps found. Values never enter: only ids, names,
 * counts, operators and rule ids. Used by one request at a time; synchronized for safety.
 */
public final class RequestFacts {
    private String keyId;
    private Set<String> roles = Set.of();
    private String model;
    private String upstream;
    private final Map<EntityType, Integer> entityCounts = new EnumMap<>(EntityType.class);
    private final Map<String, Integer> operators = new LinkedHashMap<>();
    private final List<String> decisions = new ArrayList<>();
    private String scopeKey;

    synchronized void principal(Principal p) {
        keyId = p.keyId();
        roles = p.roles();
    }

    synchronized void model(String m) {
        model = m;
    }

    synchronized void upstream(String u) {
        upstream = u;
    }

    public synchronized void masked(Map<EntityType, Integer> counts, Map<String, Integer> operatorCounts, String scope) {
        counts.forEach((t, n) -> entityCounts.merge(t, n, Integer::sum));
        operatorCounts.forEach((o, n) -> operators.merge(o, n, Integer::sum));
        scopeKey = scope;
    }

    public synchronized void decision(String d) {
        decisions.add(d);
    }

    public synchronized String keyId() {
        return keyId;
    }

    public synchronized Set<String> roles() {
        return roles;
    }

    public synchronized String model() {
        return model;
    }

    public synchronized String upstream() {
        return upstream;
    }

    public synchronized Map<EntityType, Integer> entityCounts() {
        return entityCounts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(entityCounts));
    }

    public synchronized Map<String, Integer> operators() {
        return Map.copyOf(operators);
    }

    public synchronized List<String> decisions() {
        return List.copyOf(decisions);
    }

    public synchronized String scopeKey() {
        return scopeKey;
    }

    @Override
    public synchronized String toString() {
        return "RequestFacts[key=" + keyId + " model=" + model + " entities=" + entityCounts + "]";
    }
}
