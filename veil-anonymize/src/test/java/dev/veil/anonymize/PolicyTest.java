package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import dev.veil.core.Preset;
import dev.veil.core.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class PolicyTest {
    static final java.util.List<String> PRESETS = Policy.PRESETS;

    @ParameterizedTest
    @FieldSource("PRESETS")
    void everyPresetLoadsAndCitesItsRule(String name) {
        Policy p = Policy.preset(name);
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.rule()).isNotBlank();
        assertThat(p.description()).isNotBlank();
        assertThat(p.detectionThreshold()).isBetween(0.0, 1.0);
    }

    @Test
    void presetsImplementTheirRules() {
        Policy pci = Policy.preset("pci");
        assertThat(pci.ruleFor(EntityType.CREDIT_CARD).operator()).isEqualTo(new OperatorConfig.Mask('*', 0, 4));
        assertThat(pci.ruleFor(EntityType.CARD_CVV).operator()).isInstanceOf(OperatorConfig.Redact.class);
        Policy hipaa = Policy.preset("hipaa-safe-harbor");
        assertThat(hipaa.detect()).isEqualTo(Preset.HIPAA);
        assertThat(hipaa.ruleFor(EntityType.AGE).operator()).isInstanceOf(OperatorConfig.Generalize.class);
        assertThat(hipaa.ruleFor(EntityType.ZIP).operator()).isInstanceOf(OperatorConfig.Generalize.class);
        Policy secrets = Policy.preset("secrets-block");
        for (EntityType t : Preset.SECRETS.types()) {
            assertThat(secrets.ruleFor(t).block()).as(t.name()).isTrue();
        }
        assertThat(Policy.preset("glba").ruleFor(EntityType.SSN).operator().reversible()).isTrue();
    }

    @Test
    void fullExample() {
        Policy p = Policy.parse("""
                name: example
                detect: pci
                minScore: 0.6
                linkAcrossScopes: true
                default: {operator: {type: hash, bytes: 8, encoding: base64url}}
                entities:
                  credit-card: {operator: {type: encrypt, algorithm: ff1}, minScore: 0.9}
                  PERSON:
                    operator: {type: surrogate}
                  CARD_CVV: {block: true}
                  CARD_EXPIRY: {minScore: 0.3}
                """, "example.yaml");
        assertThat(p.ruleFor(EntityType.CREDIT_CARD)).isEqualTo(new Rule(
                new OperatorConfig.Encrypt(OperatorConfig.Encrypt.Algorithm.FF1), 0.9, false));
        assertThat(p.ruleFor(EntityType.PERSON)).isEqualTo(new Rule(new OperatorConfig.Surrogate(), 0.6, false));
        assertThat(p.ruleFor(EntityType.CARD_CVV).block()).isTrue();
        assertThat(p.ruleFor(EntityType.CARD_EXPIRY)).isEqualTo(new Rule(new OperatorConfig.Hash(8,
                OperatorConfig.Hash.Encoding.BASE64URL), 0.3, false));
        assertThat(p.detectionThreshold()).isEqualTo(0.3);
        assertThat(p.effectiveScope(Scope.of("acme", "c1"))).isEqualTo(Scope.of("acme", Policy.TENANT_WIDE_SCOPE_ID));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        // yaml (\n = new line)                                                          | line | message contains
        "name: x\\nentities:\\n  PERSON: {operator: {type: mask, keeplast: 4}}          | 3    | unknown key 'keeplast'",
        "name: x\\nfoo: 1                                                                | 2    | unknown key 'foo'",
        "name: x\\nentities:\\n  PERSN: {operator: {type: redact}}                      | 3    | unknown entity type 'PERSN'",
        "name: x\\nentities:\\n  PERSON: {operator: {type: obliterate}}                 | 3    | unknown operator type 'obliterate'",
        "name: x\\nentities:\\n  PERSON: {operator: {keepLast: 4}}                      | 3    | needs a 'type'",
        "name: x\\nentities:\\n  PERSON:\\n    operator: {type: mask, keepLast: four}  | 4    | expected an integer",
        "name: x\\nentities:\\n  PERSON: {operator: {type: mask, keepLast: -1}}        | 3    | keepFirst and keepLast must be >= 0",
        "name: x\\nentities:\\n  PERSON: {operator: {type: generalize}}                 | 3    | generalize applies to AGE, ZIP and DATE",
        "name: x\\nentities:\\n  AGE: {operator: {type: date_shift}}                    | 3    | date_shift applies to DATE only",
        "name: x\\nentities:\\n  PERSON: {operator: {type: encrypt, algorithm: ff1}}    | 3    | FF1 applies to numeric",
        "name: x\\nentities:\\n  PERSON: {operator: {type: encrypt, algorithm: rot13}} | 3    | one of [AES_SIV, FF1]",
        "name: x\\nentities:\\n  PERSON: {block: true, operator: {type: redact}}       | 3    | blocking rule has no operator",
        "name: x\\nentities:\\n  PERSON: {}                                             | 3    | a rule needs an operator",
        "name: x\\nentities:\\n  PERSON: {block: true}\\n  PERSON: {block: true}        | 4    | Duplicate field 'PERSON'",
        "name: x\\ndetect: pci\\nentities:\\n  SSN: {block: true}                      | 4    | SSN is not detected by the 'pci' preset",
        "name: x\\nentities: [1, 2]                                                      | 2    | must be a map",
        "name: x\\nminScore: lots                                                        | 2    | expected a number",
        "name: x\\nrule: \"unclosed\\n                                                     | 2    | malformed YAML",
        "name: x\\nentities:\\n  PERSON: {operator: {type: pseudonymize, style: '[{N}]'}} | 3 | pseudonymize: style must be",
    })
    void errorsNameTheLine(String yaml, int line, String message) {
        assertThatThrownBy(() -> Policy.parse(yaml.replace("\\n", "\n"), "p.yaml"))
                .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageStartingWith("policy p.yaml line " + line)
                .hasMessageContaining(message);
    }

    @Test
    void errorsWithoutPosition(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Policy.load(dir.resolve("missing.yaml")))
                .isInstanceOf(PolicyException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> Policy.parse("", "empty.yaml")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Policy.parse("detect: medical", "d.yaml")).hasMessageContaining("unknown preset 'medical'");
        assertThatThrownBy(() -> Policy.parse("default: {operator: {type: generalize}}", "d.yaml"))
                .hasMessageContaining("the default rule: generalize applies");
        assertThatThrownBy(() -> Policy.preset("hippa")).hasMessageContaining("no such preset");
        Path f = Files.writeString(dir.resolve("ok.yaml"), "name: from-file\ndefault: {operator: {type: redact}}\n");
        assertThat(Policy.resolve(f.toString()).name()).isEqualTo("from-file");
        assertThat(Policy.resolve("pci").name()).isEqualTo("pci");
    }

    @Test
    void builtInCode() {
        assertThatThrownBy(() -> Policy.of("p", Preset.ALL, false, Rule.of(new OperatorConfig.Redact()),
                java.util.Map.of(EntityType.PERSON, Rule.of(new OperatorConfig.DateShift(0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date_shift applies to DATE only");
    }
}
