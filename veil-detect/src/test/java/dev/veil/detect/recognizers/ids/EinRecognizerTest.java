package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EinRecognizerTest {
    private static final RecognizerAssert EIN = new RecognizerAssert(new EinRecognizer(), EntityType.EIN);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Employer EIN: 12-3456789                       | 12-3456789
            federal tax id 45-1234567 on the W-9           | 45-1234567
            FEIN 451234567                                 | 451234567
            no cue 12-3456789                              |
            invalid prefix EIN 07-1234567                  |
            invalid prefix EIN 89-1234567                  |
            wrong grouping EIN 123-456789                  |
            glued EIN x12-3456789                          |
            """)
    void detects(String text, String expected) {
        EIN.finds(text, expected);
    }
}
