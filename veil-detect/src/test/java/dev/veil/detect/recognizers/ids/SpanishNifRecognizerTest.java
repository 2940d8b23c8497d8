package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishNifRecognizerTest {
    private static final RecognizerAssert NIF = new RecognizerAssert(new SpanishNifRecognizer(), EntityType.ES_NIF);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            DNI 12345678Z                                  | 12345678Z
            dni 12345678-Z                                 | 12345678-Z
            NIE X1234567L                                  | X1234567L
            nie x1234567l                                  | x1234567l
            NIE Y1234567X                                  | Y1234567X
            valid without cue 12345678Z                    | 12345678Z
            wrong letter 12345678A                         |
            NIE wrong letter X1234567A                     |
            too few digits 1234567Z                        |
            glued prefix A12345678Z                        |
            """)
    void detects(String text, String expected) {
        NIF.finds(text, expected);
    }
}
