package dev.veil.anonymize;

import static dev.veil.core.EntityType.CREDIT_CARD;
import static dev.veil.core.EntityType.EMAIL;
import static dev.veil.core.EntityType.PERSON;
import static dev.veil.core.EntityType.PRIVATE_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Preset;
import dev.veil.core.Scope;
import dev.veil.vault.RevealCapability;
import dev.veil.vault.TokenVault;
import dev.veil.vault.VaultException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnonymizerTest {
    private final OperatorKeys keys = OperatorKeys.generate();

    private Anonymizer pci(TokenVault vault) {
        return Anonymizer.builder(Policy.preset("pci")).vault(vault).keys(keys).build();
    }

    @Test
    void appliesPerTypeRulesAndCounts() {
        String text = "Card 4539 1488 0343 6467 of Maria Garcia, CVV 123.";
        try (TokenVault vault = Fixtures.vault()) {
            List<Finding> f = List.of(new Finding(CREDIT_CARD, 5, 24, 0.95, "cc"),
                    new Finding(PERSON, 28, 40, 0.85, "person"),
                    new Finding(EntityType.CARD_CVV, 46, 49, 0.9, "cvv"));
            AnonymizedText out = pci(vault).anonymize(text, f, Fixtures.SCOPE);
            assertThat(out.text()).isEqualTo("Card **** **** **** 6467 of [PERSON_1], CVV .");
            assertThat(out.countsByType()).containsExactlyInAnyOrderEntriesOf(
                    Map.of(CREDIT_CARD, 1, PERSON, 1, EntityType.CARD_CVV, 1));
            assertThat(out.countsByOperator()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("mask", 1, "pseudonymize", 1, "redact", 1)));
            assertThat(out.replacements()).extracting(r -> out.text().substring(r.start(), r.end()))
                    .containsExactly("**** **** **** 6467", "[PERSON_1]", "");
            assertThat(out.toString()).doesNotContain("PERSON_1]").doesNotContain("6467");
        }
    }

    @Test
    void findingsBelowTheRuleScoreAreLeftAlone() {
        Policy p = Policy.parse("entities: {PERSON: {operator: {type: redact}, minScore: 0.8}}", "t");
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Anonymizer.builder(p).vault(vault).keys(keys).build();
            String text = "Ann and Bob";
            List<Finding> f = List.of(new Finding(PERSON, 0, 3, 0.9, "t"), new Finding(PERSON, 8, 11, 0.7, "t"));
            assertThat(a.anonymize(text, f, Fixtures.SCOPE).text()).isEqualTo(" and Bob");
        }
    }

    @Test
    void blockedTypesRefuseTheWholeText() {
        String text = "key: -----BEGIN PRIVATE KEY----- abc";
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Anonymizer.builder(Policy.preset("secrets-block")).vault(vault).keys(keys).build();
            List<Finding> f = List.of(new Finding(PRIVATE_KEY, 5, text.length(), 0.99, "pem"));
            assertThat(a.blockedTypes(f)).containsExactly(PRIVATE_KEY);
            assertThatThrownBy(() -> a.anonymize(text, f, Fixtures.SCOPE))
                    .isInstanceOfSatisfying(BlockedContentException.class, e -> assertThat(e.types()).containsExactly(PRIVATE_KEY))
                    .hasMessageNotContaining("BEGIN");
            assertThat(a.blockedTypes(List.of(new Finding(PRIVATE_KEY, 5, 9, 0.2, "weak")))).isEmpty();
        }
    }

    @Test
    void rejectsOverlappingOrOutOfRangeFindings() {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = pci(vault);
            assertThatThrownBy(() -> a.anonymize("Maria Garcia", List.of(new Finding(PERSON, 0, 12, 1, "a"),
                    new Finding(PERSON, 6, 12, 1, "b")), Fixtures.SCOPE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap")
                    .hasMessageNotContaining("Garcia");
            assertThatThrownBy(() -> a.anonymize("Ann", List.of(new Finding(PERSON, 0, 9, 1, "a")), Fixtures.SCOPE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past the text");
        }
    }

    @Test
    void batchesShareOneScopeAndStayConsistent() {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(OperatorConfig.Pseudonymize.brackets(), vault, keys);
            List<AnonymizedText> out = a.anonymizeAll(List.of(
                    new Anonymizer.Input("Ann", List.of(new Finding(PERSON, 0, 3, 1, "t"))),
                    new Anonymizer.Input("Bob, Ann", List.of(new Finding(PERSON, 0, 3, 1, "t"), new Finding(PERSON, 5, 8, 1, "t"))),
                    new Anonymizer.Input("nobody", List.of())), Fixtures.SCOPE);
            assertThat(out).extracting(AnonymizedText::text).containsExactly("[PERSON_1]", "[PERSON_2], [PERSON_1]", "nobody");
        }
    }

    @Test
    void linkAcrossScopesUsesOneTenantWideScope() {
        Policy linked = Policy.parse("linkAcrossScopes: true\ndefault: {operator: {type: pseudonymize}}", "t");
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Anonymizer.builder(linked).vault(vault).keys(keys).build();
            var f = List.of(new Finding(EMAIL, 0, 9, 1, "t"));
            a.anonymize("bob@x.org", List.of(new Finding(EMAIL, 0, 9, 1, "t")), Scope.of("acme", "c0"));
            String one = a.anonymize("ann@x.org", f, Scope.of("acme", "c1")).text();
            assertThat(a.anonymize("ann@x.org", f, Scope.of("acme", "c2")).text()).isEqualTo(one).isEqualTo("[EMAIL_2]");
            assertThat(a.anonymize("ann@x.org", f, Scope.of("other", "c1")).text()).isEqualTo("[EMAIL_1]");
            assertThat(a.restore(one, Scope.of("acme", "c9"), Fixtures.REVEAL).text()).isEqualTo("ann@x.org");
        }
    }

    @Test
    void restoreNeedsACapabilityForTheTenant() {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(OperatorConfig.Pseudonymize.brackets(), vault, keys);
            AnonymizedText out = a.anonymize("Ann", List.of(new Finding(PERSON, 0, 3, 1, "t")), Fixtures.SCOPE);
            RevealCapability otherTenant = RevealCapability.grantForTenant("svc", "restore", "globex");
            assertThatThrownBy(() -> a.restore(out.text(), Fixtures.SCOPE, otherTenant)).isInstanceOf(VaultException.class);
            assertThatThrownBy(() -> a.restore(out, Fixtures.SCOPE, otherTenant)).isInstanceOf(AnonymizeException.class);
            assertThatThrownBy(() -> a.restore(out.text(), Fixtures.SCOPE, null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void irreversibleOperatorsStayOnRestore() {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = pci(vault);
            String text = "4539148803436467 Ann";
            AnonymizedText out = a.anonymize(text, List.of(new Finding(CREDIT_CARD, 0, 16, 1, "t"),
                    new Finding(PERSON, 17, 20, 1, "t")), Fixtures.SCOPE);
            assertThat(a.restore(out, Fixtures.SCOPE, Fixtures.REVEAL))
                    .isEqualTo(new RestoredText("************6467 Ann", 1, 0));
        }
    }

    @Test
    void surrogatesRestoreFromFreeTextWithWordBoundaries() {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(new OperatorConfig.Surrogate(), vault, keys);
            String text = "Maria Garcia paid with 4539 1488 0343 6467.";
            AnonymizedText out = a.anonymize(text, Fixtures.find(text, PERSON, "Maria Garcia", CREDIT_CARD,
                    "4539 1488 0343 6467"), Fixtures.SCOPE);
            String fakeName = out.text().substring(out.replacements().get(0).start(), out.replacements().get(0).end());
            String answer = "Dear " + fakeName + ", about " + fakeName + "son: " + out.text();
            RestoredText back = a.restore(answer, Fixtures.SCOPE, Fixtures.REVEAL);
            assertThat(back.text()).isEqualTo("Dear Maria Garcia, about " + fakeName + "son: " + text);
            assertThat(back.restored()).isEqualTo(3);
        }
    }

    @Test
    void policyWithoutVaultOrKeysDoesNotBuild() {
        Policy p = Policy.of("p", Preset.ALL, false, Rule.of(new OperatorConfig.Redact()), Map.of());
        assertThatThrownBy(() -> Anonymizer.builder(p).keys(keys).build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("vault");
        try (TokenVault vault = Fixtures.vault()) {
            assertThatThrownBy(() -> Anonymizer.builder(p).vault(vault).build()).hasMessageContaining("operator keys");
        }
    }
}
