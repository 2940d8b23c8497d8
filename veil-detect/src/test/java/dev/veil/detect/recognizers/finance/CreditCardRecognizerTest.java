package dev.veil.detect.recognizers.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCardRecognizerTest {
    private static final Analyzer ANALYZER = Analyzer.builder()
            .clearRecognizers().addRecognizer(new CreditCardRecognizer()).build();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                              | expected span text (empty = none)
            my visa 4539 1488 0343 6467 exp 09/27               | 4539 1488 0343 6467
            card 5500-0000-0000-0004 charged                    | 5500-0000-0000-0004
            amex 3782 822463 10005 on file                      | 3782 822463 10005
            discover 6011111111111117.                          | 6011111111111117
            mastercard 2-series 2221000000000009                | 2221000000000009
            jcb 3530111333300000                                | 3530111333300000
            jcb legacy 180001234567899                          | 180001234567899
            jcb legacy 213112345678904                          | 213112345678904
            maestro 060412345674                                | 060412345674
            luhn fails: 4539 1488 0343 6468                     |
            unknown issuer 9999 9999 9999 9995                  |
            repeated digit 0000 0000 0000 0000                  |
            too long 45391488034364670000                       |
            glued to letters abc4539148803436467                |
            glued after 4539148803436467xyz                     |
            visa with wrong length 453914880343646              |
            phone 650-555-0175                                  |
            """)
    void detects(String text, String expected) {
        List<Finding> fs = ANALYZER.analyze(text);
        if (expected == null) {
            assertThat(fs).isEmpty();
        } else {
            assertThat(fs).singleElement().satisfies(f -> {
                assertThat(f.type()).isEqualTo(EntityType.CREDIT_CARD);
                assertThat(f.textIn(text)).isEqualTo(expected);
                assertThat(f.recognizer()).isEqualTo("credit_card");
            });
        }
    }
}
