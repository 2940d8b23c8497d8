package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpiRecognizerTest {
    private static final RecognizerAssert NPI = new RecognizerAssert(new NpiRecognizer(), EntityType.NPI);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            NPI 1234567893                                 | 1234567893
            prescriber NPI: 1245319599                     | 1245319599
            no cue 1234567893                              |
            check digit wrong NPI 1234567894               |
            starts with 3 NPI 3234567893                   |
            grouped NPI 123-456-7893                       |
            """)
    void detects(String text, String expected) {
        NPI.finds(text, expected);
    }
}
