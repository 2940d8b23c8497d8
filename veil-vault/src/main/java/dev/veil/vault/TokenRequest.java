package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.SecretValue;
import java.util.Objects;

/**
 * One value to tokenize and its entity type. The type is part of the mapping key: the same string
 * as a PERSON and as an ORGANIZATION gets two tokens.
 *
 * @param type  entity type of the value
 * @param value the original value: 1 to {@value #MAX_VALUE_LENGTH} chars of well-formed UTF-16
 */
public record TokenRequest(EntityType type, SecretValue value) {

    /** Upper bound on a value's length; a longer span is a detection error, not an identifier. */
    public static final int MAX_VALUE_LENGTH = 65_536;

    public TokenRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("token request: the value is empty");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("token request: the value has " + value.length()
                    + " chars, more than " + MAX_VALUE_LENGTH);
        }
        int bad = unpairedSurrogate(value.reveal());
        if (bad >= 0) {
            // UTF-8 encoding would turn it into '?', so two different values could share a token.
            throw new IllegalArgumentException("token request: the value has an unpaired UTF-16 surrogate at index " + bad);
        }
    }

    private static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static TokenRequest of(EntityType type, String value) {
        return new TokenRequest(type, SecretValue.of(value));
    }
}
