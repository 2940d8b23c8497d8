package dev.veil.gateway.mask;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens for a one-request scope: consistent within the request, kept only in memory and dropped
 * with it. Nothing is written anywhere, because nothing can be restored after the request ends.
 * One instance per request; not thread-safe.
 */
public final class EphemeralTokens implements TokenSource {
    private final Map<EntityType, Map<String, String>> byType = new EnumMap<>(EntityType.class);

    @Override
    public List<String> tokens(Scope scope, List<EntityType> types, List<SecretValue> values) {
        List<String> out = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            EntityType t = types.get(i);
            Map<String, String> m = byType.computeIfAbsent(t, k -> new HashMap<>());
            out.add(m.computeIfAbsent(values.get(i).reveal(), v -> "[" + t.name() + "_" + (m.size() + 1) + "]"));
        }
        return out;
    }
}
