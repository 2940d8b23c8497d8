package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** redact and replace: the two operators without parameters worth a class each. */
class RedactReplaceOperatorTest {

    @ParameterizedTest
    @CsvSource({"PERSON, Maria Garcia", "CARD_CVV, 123", "EMAIL, a@b.org"})
    void redactRemovesTheValue(EntityType type, String value) {
        assertThat(Fixtures.apply(new OperatorConfig.Redact(), type, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "PERSON, Maria Garcia, NULL, <PERSON>",
        "CREDIT_CARD, 4539148803436467, NULL, <CREDIT_CARD>",
        "EMAIL, a@b.org, [removed], [removed]",
        "SSN, 536-22-8726, '{TYPE} withheld', SSN withheld",
    })
    void replacePutsTheText(EntityType type, String value, String text, String expected) {
        assertThat(Fixtures.apply(new OperatorConfig.Replace(text), type, value)).isEqualTo(expected);
    }
}
