package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small public value types: placeholders, capabilities, retention, reports. */
class ValueTypesTest {
    private static final SecretValue V = SecretValue.of("Maria Garcia");

    @ParameterizedTest(name = "[{index}] {0} #{1} attempt {2}")
    @CsvSource(delimiter = '|', textBlock = """
            [{TYPE}_{N}]    | 1  | 0 | PERSON | [PERSON_1]
            [{TYPE}_{N}]    | 12 | 0 | EMAIL  | [EMAIL_12]
            [{TYPE}_{N}]    | 3  | 2 | PERSON | [PERSON_3-2]
            <{TYPE}_{N}>    | 2  | 0 | EMAIL  | <EMAIL_2>
            {{{TYPE}_{N}}}  | 1  | 0 | PERSON | {{PERSON_1}}
            {N}:{TYPE}      | 7  | 1 | SSN    | 7-1:SSN
            """)
    void placeholderTemplates(String template, long seq, int attempt, EntityType type, String expected) {
        assertThat(PlaceholderTokens.of(template).token(type, seq, V, attempt)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"'[PERSON]'", "'[{N}]'", "'{TYPE}{TYPE}{N}'", "'{TYPE}{N}{N}'"})
    void badTemplatesAreRejected(String template) {
        assertThatThrownBy(() -> PlaceholderTokens.of(template)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builtInStyles() {
        assertThat(PlaceholderTokens.brackets().token(EntityType.PERSON, 1, V, 0)).isEqualTo("[PERSON_1]");
        assertThat(PlaceholderTokens.angleBrackets().token(EntityType.PERSON, 1, V, 0)).isEqualTo("<PERSON_1>");
        assertThat(PlaceholderTokens.doubleBraces().token(EntityType.PERSON, 1, V, 0)).isEqualTo("{{PERSON_1}}");
        assertThat(PlaceholderTokens.brackets().toString()).isEqualTo("PlaceholderTokens[[{TYPE}_{N}]]");
    }

    @Test
    void capabilitiesNameWhoAndWhy() {
        RevealCapability all = RevealCapability.grant("alice@acme", "restore answer");
        RevealCapability acme = RevealCapability.grantForTenant("bot", "restore", "acme");
        assertThat(all.permits(Scope.of("globex", "c"))).isTrue();
        assertThat(acme.permits(Scope.of("acme", "c"))).isTrue();
        assertThat(acme.permits(Scope.of("globex", "c"))).isFalse();
        assertThat(acme.tenant()).contains("acme");
        assertThat(all.toString()).isEqualTo("RevealCapability[principal=alice@acme, purpose=restore answer]");
        assertThat(ErasureCapability.grant("dpo", "Art. 17 #42").toString())
                .isEqualTo("ErasureCapability[principal=dpo, reason=Art. 17 #42]");
        assertThatThrownBy(() -> RevealCapability.grant("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RevealCapability.grant("a\nb", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErasureCapability.grant("dpo", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void retentionLooksUpScopeThenTenantThenDefault() {
        Scope special = Scope.of("acme", "special");
        RetentionPolicy p = RetentionPolicy.builder().defaultTtl(Duration.ofDays(30)).tenant("acme", Duration.ofDays(7))
                .scope(special, Duration.ofHours(1)).build();
        assertThat(p.ttl(special)).contains(Duration.ofHours(1));
        assertThat(p.ttl(Scope.of("acme", "other"))).contains(Duration.ofDays(7));
        assertThat(p.ttl(Scope.of("globex", "x"))).contains(Duration.ofDays(30));
        assertThat(RetentionPolicy.keepForever().ttl(special)).isEmpty();
        assertThatThrownBy(() -> RetentionPolicy.expireAfter(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionPolicy.expireAfter(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void erasureReportSortsScopesAndIsImmutable() {
        ErasureReport r = new ErasureReport(2, Set.of(Scope.of("b", "1"), Scope.of("a", "2")));
        assertThat(r.scopes()).containsExactly(Scope.of("a", "2"), Scope.of("b", "1"));
        assertThatThrownBy(() -> r.scopes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ErasureReport(-1, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            536-22-8726          | 536228726
            Maria Garcia         | maria garcia
            MARIA-GARCIA         | mariagarcia
            ＭＡＲＩＡ           | maria
            Ødegård              | ødegård
            '---'                | '---'
            """)
    void subjectNormalization(String value, String sameAs) {
        assertThat(SubjectIndex.normalize(value)).isEqualTo(SubjectIndex.normalize(sameAs));
    }

    @Test
    void lookupShowsOnlyAPrefix() {
        Lookup l = new Lookup(new byte[] {(byte) 0xab, (byte) 0xcd, (byte) 0xef, 0x01});
        assertThat(l.toString()).isEqualTo("Lookup[abcd..]");
        assertThat(l).isEqualTo(new Lookup(new byte[] {(byte) 0xab, (byte) 0xcd, (byte) 0xef, 0x01}));
    }
}
