package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardCvvRecognizerTest {
    private static final RecognizerAssert CVV = new RecognizerAssert(new CardCvvRecognizer(), EntityType.CARD_CVV);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            CVV 123                                        | 123
            cvc2: 4821 on the back                         | 4821
            card security code 987                         | 987
            card 4539 1488 0343 6467, security code 321    | 321
            security code 321 for the door                 |
            CVV 12                                         |
            CVV 12345                                      |
            verification code 123456                       |
            """)
    void detects(String text, String expected) {
        CVV.finds(text, expected);
    }
}
