package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.SecretValue;

/**
 * Makes the token for a new mapping. The vault calls it only for values that have no token yet in
 * the scope, inside the write transaction, so it must be fast and must not call the vault.
 *
 * <p>Contract: the result is a non-empty string of at most {@value #MAX_TOKEN_LENGTH} chars without
 * control characters. The vault guarantees uniqueness: when the result is already the token of
 * another value of the scope, or equals the original value, the vault calls again with
 * {@code attempt + 1}, so a factory must return a different token for a different attempt.
 * Placeholder factories ({@link PlaceholderTokens}) ignore {@code original}; surrogate factories may
 * use it, e.g. to keep a card's issuer prefix.
 */
@FunctionalInterface
public interface TokenFactory {

    /** Longest token the vault stores. */
    int MAX_TOKEN_LENGTH = 512;

    /**
     * @param type     entity type of the value
     * @param sequence 1 for the first value of this type in the scope, 2 for the second, ...
     * @param original the value being tokenized
     * @param attempt  0 first, then 1, 2, ... after collisions
     */
    String token(EntityType type, long sequence, SecretValue original, int attempt);
}
