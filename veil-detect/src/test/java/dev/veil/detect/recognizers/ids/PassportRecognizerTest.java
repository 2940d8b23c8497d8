package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassportRecognizerTest {
    private static final RecognizerAssert PASSPORT = new RecognizerAssert(new PassportRecognizer(),
            EntityType.PASSPORT);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Passport number 531234567 expires soon.        | 531234567
            passport no. A12345678                         | A12345678
            PASSPORT: C01X00T47                            | C01X00T47
            my passport is 12AB34567                       | 12AB34567
            Reisepass Nr C01X00T47                         | C01X00T47
            passport card C12345678                        | C12345678
            no cue 531234567                               |
            too short passport 12345                       |
            too many letters passport ABCD12345            |
            sentence ends: my passport. 531234567 units    |
            far away: passport was renewed in 2019 and 531234567 |
            I need my passport to be ready by then         |
            """)
    void detects(String text, String expected) {
        PASSPORT.finds(text, expected);
    }
}
