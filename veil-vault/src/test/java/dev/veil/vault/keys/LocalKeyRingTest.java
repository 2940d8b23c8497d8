package dev.veil.vault.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import dev.veil.core.SecretBytes;
import dev.veil.vault.VaultKeyException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LocalKeyRingTest {
    private static final String K1 = b64(1);
    private static final String K2 = b64(2);

    private static String b64(long seed) {
        byte[] raw = new byte[32];
        new Random(seed).nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # spec (K1/K2 stand for base64 keys)  | primary | ids
            K1                                   | default | default
            k1:K1                                | k1      | k1
            k2:K2,k1:K1                          | k2      | k2 k1
            ' k2:K2 ,  k1:K1 '                   | k2      | k2 k1
            k2:K2\\nk1:K1                        | k2      | k2 k1
            '# comment\\nk2:K2\\n\\nk1:K1\\n'    | k2      | k2 k1
            """)
    void parsesTheTextForm(String spec, String primary, String ids) {
        LocalKeyRing ring = LocalKeyRing.parse(expand(spec), "test");
        assertThat(ring.primaryKeyId()).isEqualTo(primary);
        assertThat(String.join(" ", ring.keyIds())).isEqualTo(ids);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # spec                  | error fragment
            ''                      | no key
            K1,K2                   | has no id
            k1:not*base64           | not valid base64
            k1:AAAA                 | must be 32 bytes, got 3
            k1:K1,k1:K2             | appears twice
            bad!:K1                 | invalid id
            """)
    void rejectsBadSpecsWithoutEchoingKeys(String spec, String fragment) {
        String text = expand(spec == null ? "" : spec);
        assertThatThrownBy(() -> LocalKeyRing.parse(text, "environment variable X"))
                .isInstanceOf(VaultKeyException.class)
                .hasMessageContaining("environment variable X").hasMessageContaining(fragment)
                .hasMessageNotContaining(K1).hasMessageNotContaining(K2);
    }

    private static String expand(String spec) {
        return spec.replace("K1", K1).replace("K2", K2).replace("\\n", "\n");
    }

    @Test
    void oldKeysStillUnwrapAfterANewPrimary() throws GeneralSecurityException {
        LocalKeyRing v1 = LocalKeyRing.parse("k1:" + K1, "test");
        byte[] wrapped = v1.keyEncryptionAead("k1").encrypt("dek".getBytes(StandardCharsets.UTF_8), new byte[] {1});
        LocalKeyRing v2 = v1.withNewPrimary("k2", SecretBytes.copyOf(Base64.getDecoder().decode(K2)));
        assertThat(v2.primaryKeyId()).isEqualTo("k2");
        assertThat(v2.keyEncryptionAead("k1").decrypt(wrapped, new byte[] {1})).asString(StandardCharsets.UTF_8).isEqualTo("dek");
        Aead k2 = v2.keyEncryptionAead("k2");
        assertThatThrownBy(() -> k2.decrypt(wrapped, new byte[] {1})).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> v1.withNewPrimary("k1", SecretBytes.copyOf(new byte[32]))).isInstanceOf(VaultKeyException.class);
    }

    @Test
    void unknownIdIsAClearError() {
        LocalKeyRing ring = LocalKeyRing.parse("k1:" + K1, "test");
        assertThatThrownBy(() -> ring.keyEncryptionAead("k9"))
                .isInstanceOf(VaultKeyException.class).hasMessageContaining("no key with id 'k9'");
    }

    @Test
    void exportNeedsACapabilityAndReturnsACopy() {
        LocalKeyRing ring = LocalKeyRing.parse("k1:" + K1, "test");
        assertThatThrownBy(() -> ring.exportKey("k1", null)).isInstanceOf(NullPointerException.class);
        SecretBytes exported = ring.exportKey("k1", KeyExportCapability.grant("ops", "offline backup"));
        assertThat(Base64.getEncoder().encodeToString(exported.reveal())).isEqualTo(K1);
        exported.destroy();
        assertThat(Base64.getEncoder().encodeToString(ring.exportKey("k1", KeyExportCapability.grant("ops", "again")).reveal()))
                .isEqualTo(K1);
    }

    @Test
    void toStringShowsIdsOnly() {
        LocalKeyRing ring = LocalKeyRing.parse("k2:" + K2 + ",k1:" + K1, "test");
        assertThat(ring.toString()).contains("k1", "k2", "primary=k2").doesNotContain(K1).doesNotContain(K2);
        assertThat(KeyExportCapability.grant("ops", "backup").toString()).isEqualTo("KeyExportCapability[principal=ops, purpose=backup]");
    }
}
