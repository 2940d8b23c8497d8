package dev.veil.anonymize;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * {@code encrypt} with AES-SIV (Tink deterministic AEAD): the value becomes
 * {@code [ENC:<base64url ciphertext>]}. The scope is the associated data, so a ciphertext decrypts
 * only in its own scope and equal values in two scopes encrypt differently. Deterministic, so equal
 * values in one scope stay equal (joins and counts still work on the output).
 */
record SivEncryptOperator(OperatorConfig.Encrypt config) implements ValueOperator {
    static final String PREFIX = "[ENC:";
    static final String SUFFIX = "]";
    /** Finds encrypted tokens in text for restore. */
    static final Pattern TOKEN = Pattern.compile("\\[ENC:([A-Za-z0-9_-]{16,})\\]");

    @Override
    public Applied apply(String value, EntityType type, OperatorContext context) {
        byte[] ct = context.keys().sivEncrypt(value.getBytes(StandardCharsets.UTF_8), associatedData(context.scope()));
        return new Applied(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(ct) + SUFFIX, config.name());
    }

    /** The value of an encrypted token body, or null if it is not a ciphertext of this scope and key. */
    static String decrypt(String base64, Scope scope, OperatorKeys keys) {
        byte[] ct;
        try {
            ct = Base64.getUrlDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
        byte[] pt = keys.sivDecrypt(ct, associatedData(scope));
        return pt == null ? null : new String(pt, StandardCharsets.UTF_8);
    }

    private static byte[] associatedData(Scope scope) {
        return ("veil-anonymize/encrypt/v1|" + scope.key()).getBytes(StandardCharsets.UTF_8);
    }
}
