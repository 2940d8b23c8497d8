package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwiftBicRecognizerTest {
    private static final RecognizerAssert BIC = new RecognizerAssert(new SwiftBicRecognizer(), EntityType.SWIFT_BIC);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            send to DEUTDEFF500 today                      | DEUTDEFF500
            Bank of America BOFAUS3N                       | BOFAUS3N
            SWIFT code: DEUTDEFF                           | DEUTDEFF
            BIC COBADEFFXXX                                | COBADEFFXXX
            ALL CAPS word without cue: BUSINESS            |
            letters only without cue DEUTDEFF              |
            invalid country DEUTQQFF500                    |
            lower case deutdeff500                         |
            ten chars DEUTDEFF50                           |
            """)
    void detects(String text, String expected) {
        BIC.finds(text, expected);
    }
}
