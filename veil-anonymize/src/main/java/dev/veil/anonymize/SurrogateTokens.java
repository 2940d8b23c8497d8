package dev.veil.anonymize;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.TokenFactory;
import java.util.SplittableRandom;

/**
 * The surrogate operator's {@link TokenFactory}: a realistic fake per (type, sequence, attempt).
 * Randomness comes from a seed keyed by the operator keys and bound to the scope, so surrogates are
 * reproducible for one vault (a re-run after a crash makes the same choices) yet say nothing about
 * the values or about other scopes. The vault stores the result, so restore does not depend on
 * regenerating it, and retries with the next attempt on a collision.
 */
final class SurrogateTokens implements TokenFactory {
    private final Scope scope;
    private final OperatorKeys keys;

    SurrogateTokens(Scope scope, OperatorKeys keys) {
        this.scope = scope;
        this.keys = keys;
    }

    @Override
    public String token(EntityType type, long sequence, SecretValue original, int attempt) {
        SplittableRandom random = new SplittableRandom(keys.seed(scope, type.name(), sequence, attempt));
        String value = original.reveal();
        String fake = switch (type) {
            case PERSON -> NameSurrogates.name(value, random);
            case EMAIL -> NetworkSurrogates.email(random);
            case PHONE -> NumberSurrogates.phone(value, random);
            case CREDIT_CARD -> NumberSurrogates.card(value, random);
            case IBAN -> NumberSurrogates.iban(value, random);
            case SSN -> NumberSurrogates.ssn(value, random);
            case IP_ADDRESS -> NetworkSurrogates.ip(value, random, attempt);
            case URL -> NetworkSurrogates.url(random);
            default -> null;
        };
        return fake != null ? fake : ShapeSurrogates.sameShape(value, random);
    }

    @Override
    public String toString() {
        return "SurrogateTokens[" + scope + "]";
    }
}
