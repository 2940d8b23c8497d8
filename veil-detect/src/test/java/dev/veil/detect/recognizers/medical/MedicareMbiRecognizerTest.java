package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedicareMbiRecognizerTest {
    private static final RecognizerAssert MBI = new RecognizerAssert(new MedicareMbiRecognizer(),
            EntityType.MEDICARE_MBI);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Medicare MBI 1EG4-TE5-MK73                     | 1EG4-TE5-MK73
            compact 1EG4TE5MK73                            | 1EG4TE5MK73
            letter S not allowed 1SG4-TE5-MK73             |
            first digit 0 invalid 0EG4-TE5-MK73            |
            wrong grouping 1EG-4TE5-MK73                   |
            lower case 1eg4te5mk73                         |
            """)
    void detects(String text, String expected) {
        MBI.finds(text, expected);
    }
}
