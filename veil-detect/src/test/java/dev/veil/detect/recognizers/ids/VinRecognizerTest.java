package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VinRecognizerTest {
    private static final RecognizerAssert VIN = new RecognizerAssert(new VinRecognizer(), EntityType.VIN);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            vehicle 1M8GDM9AXKP042788 was towed            | 1M8GDM9AXKP042788
            no cue needed 1M8GDM9AXKP042788                | 1M8GDM9AXKP042788
            lower case 1m8gdm9axkp042788                   | 1m8gdm9axkp042788
            European WVWZZZ1JZXW000001 unchecked           | WVWZZZ1JZXW000001
            North American check wrong 1M8GDM9A1KP042788   |
            North American check wrong, VIN: 1M8GDM9A1KP042788 | 1M8GDM9A1KP042788
            letter O not allowed 1M8GDM9AXKP04278O         |
            sixteen chars 1M8GDM9AXKP04278                 |
            all digits 12345678901234567                   |
            """)
    void detects(String text, String expected) {
        VIN.finds(text, expected);
    }
}
