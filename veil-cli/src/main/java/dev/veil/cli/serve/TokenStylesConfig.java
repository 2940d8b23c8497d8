package dev.veil.cli.serve;

import dev.veil.anonymize.OperatorKeys;
import dev.veil.cli.CliException;
import dev.veil.core.EntityType;
import dev.veil.gateway.config.RawConfig;
import dev.veil.gateway.mask.TokenStyles;
import dev.veil.vault.keys.KeyProvider;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** {@code policy.surrogate}: the types that get realistic surrogates; their keys live in the data directory. */
final class TokenStylesConfig {
    private TokenStylesConfig() {
    }

    static TokenStyles from(RawConfig c, Path data, KeyProvider keys) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (String t : c.list("policy.surrogate")) {
            types.add(EntityType.parse(t).orElseThrow(() -> new CliException("policy.surrogate: unknown entity type")));
        }
        if (types.isEmpty()) {
            return TokenStyles.placeholders();
        }
        return TokenStyles.of(types, OperatorKeys.loadOrCreate(data.resolve(OperatorKeys.FILE_NAME), keys));
    }
}
