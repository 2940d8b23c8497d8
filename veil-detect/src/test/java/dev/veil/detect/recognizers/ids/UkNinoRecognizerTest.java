package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkNinoRecognizerTest {
    private static final RecognizerAssert NINO = new RecognizerAssert(new UkNinoRecognizer(), EntityType.UK_NINO);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            NI number AB 12 34 56 C on file                | AB 12 34 56 C
            compact AB123456C here                         | AB123456C
            dashed AB-12-34-56-D                           | AB-12-34-56-D
            national insurance number JG103759             | JG103759
            no suffix, no cue JG103759                     |
            suffix E invalid AB123456E                     |
            prefix D invalid DA123456C                     |
            second letter O invalid AO123456C              |
            prefix GB invalid GB123456C                    |
            prefix QQ invalid QQ123456C                    |
            lower case ab123456c                           |
            prose after: ref AB123456 a new one            |
            too few digits AB12345C                        |
            """)
    void detects(String text, String expected) {
        NINO.finds(text, expected);
    }
}
