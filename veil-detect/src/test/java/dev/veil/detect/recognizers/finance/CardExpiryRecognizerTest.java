package dev.veil.detect.recognizers.finance;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardExpiryRecognizerTest {
    private static final RecognizerAssert EXPIRY = new RecognizerAssert(new CardExpiryRecognizer(),
            EntityType.CARD_EXPIRY);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            your Visa 4539 1488 0343 6467 (exp 09/27) was declined | 09/27
            card expires on 09/2027                                | 09/2027
            credit card valid thru 9 / 27                          | 9 / 27
            card exp. date: 12-29                                  | 12-29
            number 4539148803436467 expiry 01/30                   | 01/30
            no context here: the offer expires 12/25               |
            card mentioned but month 13: card exp 13/27            |
            card with full date: card expires 09/27/2024           |
            card without label 09/27                               |
            exp wheezes 10/12 in the lungs                         |
            """)
    void detects(String text, String expected) {
        EXPIRY.finds(text, expected);
    }

    @Test
    void cardContextMustBeNearTheExpiry() {
        String filler = "The patient rested well overnight and the team reviewed the plan. ".repeat(3);
        EXPIRY.finds("Insurance card scanned. " + filler + "Exp 10/12 wheezes heard.", null);
        EXPIRY.finds(filler + "Card on file, exp 10/27.", "10/27");
    }
}
