package dev.veil.vault;

import dev.veil.core.EntityType;

/** Validation of token factory output, shared by every vault implementation. */
final class Tokens {
    private Tokens() {
    }

    /** Returns {@code token} if it is usable, else throws naming the type (never the token or value). */
    static String check(String token, EntityType type) {
        if (token == null || token.isEmpty()) {
            throw new VaultException("vault: the token factory returned an empty token for type " + type);
        }
        if (token.length() > TokenFactory.MAX_TOKEN_LENGTH) {
            throw new VaultException("vault: the token factory returned a token longer than "
                    + TokenFactory.MAX_TOKEN_LENGTH + " chars for type " + type);
        }
        if (token.chars().anyMatch(Character::isISOControl)) {
            throw new VaultException("vault: the token factory returned a token with control characters for type " + type);
        }
        return token;
    }
}
