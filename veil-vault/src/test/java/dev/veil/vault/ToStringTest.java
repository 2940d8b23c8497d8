package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.keys.LocalKeyRing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every type that holds keys, values or tokens prints none of them. */
class ToStringTest {
    private static final String VALUE = "Zebulon Quixote";
    private static final Scope SCOPE = Scope.of("acme", "c1");

    @TempDir
    Path dir;

    @Test
    void nothingSecretIsPrinted() throws Exception {
        LocalKeyRing ring = TestKeys.ring("k1", 3);
        String keyBase64 = TestKeys.base64(3);
        VaultStore store = SqliteDialect.open(dir.resolve("raw"));
        KeyManager keys = new KeyManager(ring, store, 10);
        ScopeCrypto crypto = keys.forWrite(SCOPE, null);
        Lookup lookup = crypto.lookup(EntityType.PERSON, SecretValue.of(VALUE));
        TokenVault persistent = Vaults.sqlite(dir.resolve("v")).keyProvider(ring).open();
        TokenVault ephemeral = Vaults.ephemeral().open();
        persistent.tokenize(SCOPE, List.of(TokenRequest.of(EntityType.PERSON, VALUE)));
        ephemeral.tokenize(SCOPE, List.of(TokenRequest.of(EntityType.PERSON, VALUE)));
        try {
            List<Object> holders = List.of(ring, store, keys, crypto, keys.subjects(), lookup, persistent, ephemeral,
                    TokenRequest.of(EntityType.PERSON, VALUE),
                    Vaults.postgres("jdbc:postgresql://db/veil").credentials("veil", SecretValue.of("pg-Secret-99")),
                    Vaults.sqlite(dir), new BoundedCache<String, String>(3));
            String hex = java.util.HexFormat.of().formatHex(lookup.bytes());
            for (Object o : holders) {
                assertThat(o.toString()).as(o.getClass().getSimpleName())
                        .doesNotContain(VALUE).doesNotContain("Zebulon").doesNotContain("[PERSON_1]")
                        .doesNotContain(keyBase64).doesNotContain("pg-Secret-99").doesNotContain(hex);
            }
        } finally {
            persistent.close();
            ephemeral.close();
            store.close();
        }
    }
}
