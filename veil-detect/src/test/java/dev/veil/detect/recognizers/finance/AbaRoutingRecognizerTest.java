package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbaRoutingRecognizerTest {
    private static final RecognizerAssert ABA = new RecognizerAssert(new AbaRoutingRecognizer(),
            EntityType.ABA_ROUTING);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            routing number 021000021                       | 021000021
            ABA: 011000015 for wires                       | 011000015
            RTN 0210-0002-1                                | 0210-0002-1
            no cue 021000021                               |
            checksum wrong routing 021000022               |
            prefix 13 invalid routing 131000028            |
            """)
    void detects(String text, String expected) {
        ABA.finds(text, expected);
    }
}
