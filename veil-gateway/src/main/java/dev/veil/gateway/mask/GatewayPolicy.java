package dev.veil.gateway.mask;

import dev.veil.core.EntityType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway does with findings in requests and answers.
 *
 * @param block                  types that refuse the request (400, nothing sent upstream)
 * @param maskedForms            for callers without reveal permission: the text shown instead of the
 *                               token (absent: the token itself stays)
 * @param allowUnscannableParts  whether image/audio/file parts and token-id inputs, which cannot be
 *                               scanned, may pass through; false refuses them (400)
 * @param surrogate              types replaced by realistic surrogates (a fake name, a Luhn-valid card)
 *                               instead of placeholders such as [PERSON_1]: answers stay fluent
 */
public record GatewayPolicy(Set<EntityType> block, Map<EntityType, String> maskedForms, boolean allowUnscannableParts,
                            Set<EntityType> surrogate) {

    public GatewayPolicy {
        block = block.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(block));
        maskedForms = Map.copyOf(maskedForms);
        surrogate = surrogate.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(surrogate));
    }

    /** Blocks private keys and passwords; placeholders; tokens stay visible to callers without reveal. */
    public static GatewayPolicy defaults() {
        return new GatewayPolicy(EnumSet.of(EntityType.PRIVATE_KEY, EntityType.PASSWORD), Map.of(), false, Set.of());
    }
}
