package dev.veil.anonymize;

import dev.veil.core.EntityType;
import java.util.Base64;
import java.util.HexFormat;

/**
 * {@code hash}: HMAC-SHA-256 (Tink PRF, key from the operator keys) over the scope, the entity type
 * and the value, truncated and encoded. Keyed, so a dictionary of likely values (all SSNs) cannot be
 * hashed by someone without the key; scoped, so two scopes cannot be joined on the hash.
 */
record HashOperator(OperatorConfig.Hash config) implements ValueOperator {
    @Override
    public Applied apply(String value, EntityType type, OperatorContext context) {
        byte[] mac = context.keys().mac("hash", context.scope(), config.bytes(), type.name(), value);
        String text = switch (config.encoding()) {
            case HEX -> HexFormat.of().formatHex(mac);
            case BASE64URL -> Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
        };
        return new Applied(text, config.name());
    }
}
