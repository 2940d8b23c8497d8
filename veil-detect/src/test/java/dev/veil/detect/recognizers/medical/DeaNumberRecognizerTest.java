package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeaNumberRecognizerTest {
    private static final RecognizerAssert DEA = new RecognizerAssert(new DeaNumberRecognizer(), EntityType.DEA_NUMBER);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            DEA AB1234563                                  | AB1234563
            without cue AB1234563                          | AB1234563
            business registrant A91234563                  | A91234563
            check digit wrong AB1234564                    |
            type letter I invalid IB1234563                |
            lower case ab1234563                           |
            """)
    void detects(String text, String expected) {
        DEA.finds(text, expected);
    }
}
