package dev.veil.gateway.mask;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.util.List;

/**
 * Issues tokens for values within a scope, consistently: the same (type, value) in the same scope
 * always gets the same token. The gateway's view of the token vault.
 *
 * <p>Guarantee required of implementations: when {@link #tokens} returns, every new mapping is
 * durable in the store backing the scope, so no token leaves the process without its mapping.
 */
public interface TokenSource {

    /** One token per (types[i], values[i]), in order; all new mappings written in one transaction. */
    List<String> tokens(Scope scope, List<EntityType> types, List<SecretValue> values);
}
