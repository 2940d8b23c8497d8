package dev.veil.detect.recognizers.medical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.api.Test;

/** The NPI label lowers a phone reading of the NPI's own digits only, not of a number after it. */
class NpiContextTest {
    private static final Analyzer ANALYZER = Analyzer.defaults();

    @Test
    void aPhoneOnTheLineAfterAnNpiIsStillAPhone() {
        String text = "Prescriber: Rao, PA-C   NPI 1457398210\nQuestions: 972-555-0330";
        assertThat(ANALYZER.analyze(text)).filteredOn(f -> f.type() == EntityType.PHONE)
                .extracting(f -> f.textIn(text)).containsExactly("972-555-0330");
    }

    @Test
    void theNpiDigitsThemselvesAreNoPhone() {
        String text = "NPI number 1457398210 on file.";
        assertThat(ANALYZER.analyze(text)).noneMatch(f -> f.type() == EntityType.PHONE);
    }
}
