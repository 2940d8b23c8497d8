package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.vault.TokenVault;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SivEncryptOperatorTest {
    private static final OperatorConfig SIV = new OperatorConfig.Encrypt(null);
    private final OperatorKeys keys = OperatorKeys.generate();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SSN    | 536-22-8726",
        "PERSON | María José Ñúñez",
        "EMAIL  | maria.garcia@example.org",
        "PERSON | 李小龍 🐉",
    })
    void roundTripsThroughFreeTextAndByPosition(EntityType type, String value) {
        String text = "before " + value + " after";
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(SIV, vault, keys);
            AnonymizedText out = a.anonymize(text, Fixtures.find(text, type, value), Fixtures.SCOPE);
            assertThat(out.text()).matches("before \\[ENC:[A-Za-z0-9_-]+\\] after").doesNotContain(value);
            assertThat(a.restore(out.text(), Fixtures.SCOPE, Fixtures.REVEAL))
                    .isEqualTo(new RestoredText(text, 1, 0));
            assertThat(a.restore(out, Fixtures.SCOPE, Fixtures.REVEAL).text()).isEqualTo(text);
        }
    }

    @Test
    void deterministicWithinScopeBoundToScope() {
        String text = "SSN 536-22-8726";
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(SIV, vault, keys);
            var f = Fixtures.find(text, EntityType.SSN, "536-22-8726");
            String one = a.anonymize(text, f, Fixtures.SCOPE).text();
            assertThat(a.anonymize(text, f, Fixtures.SCOPE).text()).isEqualTo(one);
            Scope other = Scope.of("acme", "conv-2");
            assertThat(a.anonymize(text, f, other).text()).isNotEqualTo(one);
            // a ciphertext of another scope or key does not decrypt: left as is, counted unknown
            RestoredText wrongScope = a.restore(one, other, Fixtures.REVEAL);
            assertThat(wrongScope).isEqualTo(new RestoredText(one, 0, 1));
            Anonymizer otherKeys = Fixtures.anonymizer(SIV, vault, OperatorKeys.generate());
            assertThat(otherKeys.restore(one, Fixtures.SCOPE, Fixtures.REVEAL).unknown()).isEqualTo(1);
        }
    }

    @Test
    void tamperedCiphertextIsUnknown() {
        String text = "SSN 536-22-8726";
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(SIV, vault, keys);
            String out = a.anonymize(text, Fixtures.find(text, EntityType.SSN, "536-22-8726"), Fixtures.SCOPE).text();
            int i = out.indexOf("[ENC:") + 8;
            String tampered = out.substring(0, i) + (out.charAt(i) == 'A' ? 'B' : 'A') + out.substring(i + 1);
            assertThat(a.restore(tampered, Fixtures.SCOPE, Fixtures.REVEAL)).isEqualTo(new RestoredText(tampered, 0, 1));
            assertThat(List.of(tampered)).noneMatch(s -> s.contains("536"));
        }
    }
}
