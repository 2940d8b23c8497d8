package dev.veil.gateway.mask;

import dev.veil.anonymize.OperatorKeys;
import dev.veil.anonymize.Surrogates;
import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.vault.PlaceholderTokens;
import dev.veil.vault.TokenFactory;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which token each type gets: a placeholder such as {@code [PERSON_1]} (default), or a realistic
 * surrogate of the same kind and format for the types the policy lists. Surrogates are reproducible
 * per scope under the operator keys and unlinkable across scopes. Immutable.
 */
public final class TokenStyles {
    private static final TokenFactory PLACEHOLDERS = PlaceholderTokens.brackets();
    private final Set<EntityType> surrogate;
    private final OperatorKeys keys;

    private TokenStyles(Set<EntityType> surrogate, OperatorKeys keys) {
        this.surrogate = surrogate.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(surrogate));
        this.keys = keys;
        if (!this.surrogate.isEmpty() && keys == null) {
            throw new IllegalArgumentException("surrogates need operator keys");
        }
    }

    public static TokenStyles placeholders() {
        return new TokenStyles(Set.of(), null);
    }

    public static TokenStyles of(Set<EntityType> surrogateTypes, OperatorKeys keys) {
        return new TokenStyles(surrogateTypes, keys);
    }

    /** Whether values of {@code type} get surrogates (else placeholders). */
    public boolean isSurrogate(EntityType type) {
        return surrogate.contains(type);
    }

    /** The operator name recorded in audit records for {@code type}. */
    public String operator(EntityType type) {
        return isSurrogate(type) ? "surrogate" : "pseudonymize";
    }

    /** The factory for new tokens of one scope. */
    public TokenFactory factory(Scope scope) {
        if (surrogate.isEmpty()) {
            return PLACEHOLDERS;
        }
        TokenFactory fakes = Surrogates.factory(scope, keys);
        return (type, sequence, original, attempt) -> surrogate.contains(type)
                ? fakes.token(type, sequence, original, attempt)
                : PLACEHOLDERS.token(type, sequence, original, attempt);
    }

    @Override
    public String toString() {
        return "TokenStyles[surrogate=" + surrogate + "]";
    }
}
