package dev.veil.anonymize;

import dev.veil.core.Scope;
import dev.veil.vault.TokenFactory;

/**
 * Public entry to the surrogate operator's token factory, for callers that issue tokens through
 * the vault themselves (the gateway): realistic fakes of the same kind and format (names, Luhn-valid
 * cards, mod-97-valid IBANs, SSNs in valid ranges, e-mails at reserved domains), reproducible per
 * scope under the operator keys and unlinkable across scopes.
 */
public final class Surrogates {
    private Surrogates() {
    }

    /** The surrogate factory for one scope. */
    public static TokenFactory factory(Scope scope, OperatorKeys keys) {
        return new SurrogateTokens(scope, keys);
    }
}
