package dev.veil.anonymize;

import dev.veil.core.Scope;
import dev.veil.vault.TokenFactory;

/** {@code surrogate}: realistic fakes made by {@link SurrogateTokens}, stored in the vault. */
record SurrogateOperator(OperatorConfig.Surrogate config) implements TokenOperator {
    @Override
    public TokenFactory tokenFactory(Scope scope, OperatorKeys keys) {
        return new SurrogateTokens(scope, keys);
    }
}
