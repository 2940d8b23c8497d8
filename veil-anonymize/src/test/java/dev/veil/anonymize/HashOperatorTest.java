package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Scope;
import dev.veil.vault.TokenVault;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashOperatorTest {
    private final OperatorKeys keys = OperatorKeys.generate();

    @ParameterizedTest
    @CsvSource({"0, HEX, '[0-9a-f]{32}'", "8, HEX, '[0-9a-f]{16}'", "32, HEX, '[0-9a-f]{64}'",
        "16, BASE64URL, '[A-Za-z0-9_-]{22}'"})
    void truncatesAndEncodes(int bytes, OperatorConfig.Hash.Encoding encoding, String shape) {
        assertThat(Fixtures.apply(new OperatorConfig.Hash(bytes, encoding), EntityType.SSN, "536-22-8726")).matches(shape);
    }

    @ParameterizedTest
    @CsvSource({"4", "7", "33"})
    void rejectsUnsafeLengths(int bytes) {
        assertThatThrownBy(() -> new OperatorConfig.Hash(bytes, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyedScopedAndTyped() {
        OperatorConfig hash = new OperatorConfig.Hash(0, null);
        String v = "536-22-8726";
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(hash, vault, keys);
            String h = hashOf(a, EntityType.SSN, v, Fixtures.SCOPE);
            assertThat(hashOf(a, EntityType.SSN, v, Fixtures.SCOPE)).isEqualTo(h);
            assertThat(hashOf(a, EntityType.SSN, v, Scope.of("acme", "other"))).isNotEqualTo(h);
            assertThat(hashOf(a, EntityType.ITIN, v, Fixtures.SCOPE)).isNotEqualTo(h);
            Anonymizer otherKey = Fixtures.anonymizer(hash, vault, OperatorKeys.generate());
            assertThat(hashOf(otherKey, EntityType.SSN, v, Fixtures.SCOPE)).isNotEqualTo(h);
            // not a bare SHA-256 of the value
            assertThat(h).isNotEqualTo(sha256Prefix(v));
        }
    }

    private static String hashOf(Anonymizer a, EntityType type, String v, Scope scope) {
        return a.anonymize(v, List.of(new Finding(type, 0, v.length(), 1, "t")), scope).text();
    }

    private static String sha256Prefix(String v) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(v.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
