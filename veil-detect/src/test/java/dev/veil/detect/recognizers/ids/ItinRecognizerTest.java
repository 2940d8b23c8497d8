package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItinRecognizerTest {
    private static final RecognizerAssert ITIN = new RecognizerAssert(new ItinRecognizer(), EntityType.ITIN);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ITIN 912-70-1234 on the form                   | 912-70-1234
            taxpayer number 999-99-1234 is valid           | 999-99-1234
            group 50: 900-50-0001                          | 900-50-0001
            group 88 spaced 945 88 1234                    | 945 88 1234
            plain with cue: ITIN 912701234                 | 912701234
            plain without cue 912701234                    |
            group 89 invalid 912-89-1234                   |
            group 93 invalid 912-93-1234                   |
            group 49 invalid 912-49-1234                   |
            not 9xx: 812-70-1234                           |
            advertising 987-65-4321                        |
            serial 0000: 912-70-0000                       |
            """)
    void detects(String text, String expected) {
        ITIN.finds(text, expected);
    }
}
