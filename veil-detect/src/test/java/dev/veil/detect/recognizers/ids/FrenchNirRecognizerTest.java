package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchNirRecognizerTest {
    private static final RecognizerAssert NIR = new RecognizerAssert(new FrenchNirRecognizer(), EntityType.FR_NIR);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            numéro de sécurité sociale 2 84 05 75 123 456 72 | 2 84 05 75 123 456 72
            compact 284057512345672                          | 284057512345672
            Corsica 1 84 05 2A 123 456 82                    | 1 84 05 2A 123 456 82
            key wrong 2 84 05 75 123 456 73                  |
            month 13 invalid 2 84 13 75 123 456 72           |
            sex digit 5 invalid 584057512345672              |
            followed by more digits 2 84 05 75 123 456 72 9  | 2 84 05 75 123 456 72
            """)
    void detects(String text, String expected) {
        NIR.finds(text, expected);
    }
}
