package dev.veil.gateway.mask;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.TokenFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tokens for a one-request scope: consistent within the request, kept only in memory and dropped
 * with it. Nothing is written anywhere, because nothing can be restored after the request ends.
 * Like the vault, it guarantees one token per value and one value per token (a factory collision is
 * retried with the next attempt). One instance per request; not thread-safe.
 */
public final class EphemeralTokens implements TokenSource {
    private final TokenStyles styles;
    private final Map<EntityType, Map<String, String>> byType = new EnumMap<>(EntityType.class);
    private final Set<String> used = new HashSet<>();
    private TokenFactory factory;

    public EphemeralTokens() {
        this(TokenStyles.placeholders());
    }

    public EphemeralTokens(TokenStyles styles) {
        this.styles = styles;
    }

    @Override
    public List<String> tokens(Scope scope, List<EntityType> types, List<SecretValue> values) {
        if (factory == null) {
            factory = styles.factory(scope);
        }
        List<String> out = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            EntityType t = types.get(i);
            SecretValue v = values.get(i);
            Map<String, String> m = byType.computeIfAbsent(t, k -> new HashMap<>());
            String token = m.get(v.reveal());
            if (token == null) {
                long seq = m.size() + 1;
                for (int attempt = 0; ; attempt++) {
                    token = factory.token(t, seq, v, attempt);
                    if (!used.contains(token) && !token.equals(v.reveal())) {
                        break;
                    }
                    if (attempt > 64) {
                        throw new IllegalStateException("token factory keeps colliding");
                    }
                }
                used.add(token);
                m.put(v.reveal(), token);
            }
            out.add(token);
        }
        return out;
    }
}
