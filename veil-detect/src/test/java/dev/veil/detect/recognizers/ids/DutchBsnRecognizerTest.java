package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchBsnRecognizerTest {
    private static final RecognizerAssert BSN = new RecognizerAssert(new DutchBsnRecognizer(), EntityType.NL_BSN);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            BSN 111222333                                  | 111222333
            burgerservicenummer 1112.22.333                | 1112.22.333
            bsn: 111 222 333                               | 111 222 333
            no cue 111222333                               |
            11-test fails BSN 111222334                    |
            all zeros BSN 000000000                        |
            """)
    void detects(String text, String expected) {
        BSN.finds(text, expected);
    }
}
