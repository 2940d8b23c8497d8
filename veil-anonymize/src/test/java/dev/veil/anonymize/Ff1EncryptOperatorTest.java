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

class Ff1EncryptOperatorTest {
    private static final OperatorConfig FF1 = new OperatorConfig.Encrypt(OperatorConfig.Encrypt.Algorithm.FF1);
    private final OperatorKeys keys = OperatorKeys.generate();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CREDIT_CARD | 4539 1488 0343 6467",
        "CREDIT_CARD | 4539148803436467",
        "CREDIT_CARD | 378282246310005",
        "SSN         | 536-22-8726",
        "PHONE       | +1 (415) 555-0132",
        "BANK_ACCOUNT| 000123456789",
    })
    void keepsFormatAndRoundTrips(EntityType type, String value) {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(type, FF1, vault, keys);
            AnonymizedText out = a.anonymize(value, List.of(new Finding(type, 0, value.length(), 1, "t")), Fixtures.SCOPE);
            assertThat(out.text()).hasSameSizeAs(value).isNotEqualTo(value);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                assertThat(Character.isDigit(out.text().charAt(i))).isEqualTo(Character.isDigit(c));
                if (!Character.isDigit(c)) {
                    assertThat(out.text().charAt(i)).isEqualTo(c);
                }
            }
            assertThat(out.replacements()).singleElement().extracting(Replacement::operator).isEqualTo("encrypt_ff1");
            assertThat(a.restore(out, Fixtures.SCOPE, Fixtures.REVEAL).text()).isEqualTo(value);
        }
    }

    @Test
    void deterministicPerScopeAndDifferentAcrossScopes() {
        String card = "4539148803436467";
        Scope other = Scope.of("acme", "conv-2");
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(EntityType.CREDIT_CARD, FF1, vault, keys);
            List<Finding> f = List.of(new Finding(EntityType.CREDIT_CARD, 0, 16, 1, "t"));
            String first = a.anonymize(card, f, Fixtures.SCOPE).text();
            assertThat(a.anonymize(card, f, Fixtures.SCOPE).text()).isEqualTo(first);
            assertThat(a.anonymize(card, f, other).text()).isNotEqualTo(first);
        }
    }

    @Test
    void tooFewDigitsFailClosed() {
        assertThatThrownBy(() -> Fixtures.apply(FF1, EntityType.BANK_ACCOUNT, "12-345"))
                .isInstanceOf(AnonymizeException.class)
                .hasMessageContaining("at least 6")
                .hasMessageNotContaining("12-345");
    }
}
