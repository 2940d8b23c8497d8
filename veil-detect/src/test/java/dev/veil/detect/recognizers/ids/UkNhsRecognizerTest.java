package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkNhsRecognizerTest {
    private static final RecognizerAssert NHS = new RecognizerAssert(new UkNhsRecognizer(), EntityType.UK_NHS);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            NHS number 943 476 5919 registered             | 943 476 5919
            NHS no: 9434765919                             | 9434765919
            nhs 943-476-5919                               | 943-476-5919
            no cue 943 476 5919                            |
            check digit wrong NHS 943 476 5918             |
            remainder 10 never issued NHS 123 456 7890     |
            wrong grouping NHS 9434 76 5919                |
            """)
    void detects(String text, String expected) {
        NHS.finds(text, expected);
    }
}
