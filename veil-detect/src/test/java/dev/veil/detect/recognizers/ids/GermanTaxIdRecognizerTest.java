package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanTaxIdRecognizerTest {
    private static final RecognizerAssert DE = new RecognizerAssert(new GermanTaxIdRecognizer(), EntityType.DE_TAX_ID);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Steuer-ID: 86095742719                         | 86095742719
            IdNr 86 095 742 719                            | 86 095 742 719
            valid without cue 86095742719                  | 86095742719
            check digit wrong 86095742718                  |
            leading zero 06095742719                       |
            no repeated digit 12345678903                  |
            too long 860957427190                          |
            """)
    void detects(String text, String expected) {
        DE.finds(text, expected);
    }
}
