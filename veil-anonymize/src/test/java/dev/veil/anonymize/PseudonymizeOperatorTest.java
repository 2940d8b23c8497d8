package dev.veil.anonymize;

import static dev.veil.core.EntityType.EMAIL;
import static dev.veil.core.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.Scope;
import dev.veil.vault.TokenVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PseudonymizeOperatorTest {
    private final OperatorKeys keys = OperatorKeys.generate();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "brackets          | Ann met Bob and Ann; mail bob@x.org | [PERSON_1] met [PERSON_2] and [PERSON_1]; mail [EMAIL_1]",
        "angle             | Ann met Bob and Ann; mail bob@x.org | <PERSON_1> met <PERSON_2> and <PERSON_1>; mail <EMAIL_1>",
        "braces            | Ann met Bob and Ann; mail bob@x.org | {{PERSON_1}} met {{PERSON_2}} and {{PERSON_1}}; mail {{EMAIL_1}}",
        "'<<{TYPE}#{N}>>'  | Ann met Bob and Ann; mail bob@x.org | <<PERSON#1>> met <<PERSON#2>> and <<PERSON#1>>; mail <<EMAIL#1>>",
    })
    void stylesAndConsistency(String style, String text, String expected) {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(new OperatorConfig.Pseudonymize(style), vault, keys);
            var f = Fixtures.find(text, PERSON, "Ann", PERSON, "Bob", PERSON, "Ann", EMAIL, "bob@x.org");
            AnonymizedText out = a.anonymize(text, f, Fixtures.SCOPE);
            assertThat(out.text()).isEqualTo(expected);
            assertThat(a.restore(out.text(), Fixtures.SCOPE, Fixtures.REVEAL)).isEqualTo(new RestoredText(text, 4, 0));
        }
    }

    @Test
    void numberingIsPerScope() {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(OperatorConfig.Pseudonymize.brackets(), vault, keys);
            a.anonymize("Ann", Fixtures.find("Ann", PERSON, "Ann"), Fixtures.SCOPE);
            assertThat(a.anonymize("Bob", Fixtures.find("Bob", PERSON, "Bob"), Fixtures.SCOPE).text()).isEqualTo("[PERSON_2]");
            assertThat(a.anonymize("Bob", Fixtures.find("Bob", PERSON, "Bob"), Scope.of("acme", "c2")).text())
                    .isEqualTo("[PERSON_1]");
        }
    }

    @Test
    void unknownPlaceholdersAreLeftAndCounted() {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(OperatorConfig.Pseudonymize.brackets(), vault, keys);
            a.anonymize("Ann", Fixtures.find("Ann", PERSON, "Ann"), Fixtures.SCOPE);
            String answer = "[PERSON_1] wrote to [PERSON_7] and [EMAIL_3].";
            assertThat(a.restore(answer, Fixtures.SCOPE, Fixtures.REVEAL))
                    .isEqualTo(new RestoredText("Ann wrote to [PERSON_7] and [EMAIL_3].", 1, 2));
        }
    }

    @ParameterizedTest
    @CsvSource({"'[{TYPE}]'", "'{N}'", "'{TYPE}{TYPE}{N}'"})
    void rejectsBadTemplates(String style) {
        assertThatThrownBy(() -> new OperatorConfig.Pseudonymize(style)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pseudonymize:");
    }
}
