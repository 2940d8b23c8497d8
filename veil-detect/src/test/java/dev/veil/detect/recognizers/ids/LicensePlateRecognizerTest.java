package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicensePlateRecognizerTest {
    private static final RecognizerAssert PLATE = new RecognizerAssert(new LicensePlateRecognizer(),
            EntityType.LICENSE_PLATE);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            license plate 7ABC123 was seen                 | 7ABC123
            registration AB12 CDE                          | AB12 CDE
            plate number: ABC-1234 on the car              | ABC-1234
            plate ABC 123 on the car                       | ABC 123
            no cue 7ABC123                                 |
            plate 5 was contaminated                       |
            lower-case prose: plate abc123                 |
            too long plate ABCDE12345                      |
            letters only plate ABCDEF                      |
            """)
    void detects(String text, String expected) {
        PLATE.finds(text, expected);
    }
}
