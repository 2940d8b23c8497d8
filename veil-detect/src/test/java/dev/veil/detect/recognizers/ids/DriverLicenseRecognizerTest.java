package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriverLicenseRecognizerTest {
    private static final RecognizerAssert DL = new RecognizerAssert(new DriverLicenseRecognizer(),
            EntityType.DRIVER_LICENSE);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Driver's license D1234567 was scanned.         | D1234567
            drivers license number: 123456789              | 123456789
            DL# 12345678                                   | 12345678
            Florida DL D123-456-78-901-0                   | D123-456-78-901-0
            driver license (CA) A7654321                   | A7654321
            driving licence no. 12345678AB                 | 12345678AB
            license: d1234567                              | d1234567
            no cue D1234567                                |
            license plate 7ABC123                          |
            software license key ABCD-EFGH                 |
            too short DL 12345                             |
            too many letters DL ABCDE123                   |
            glucose 120 mg/dL 1234567                      |
            """)
    void detects(String text, String expected) {
        DL.finds(text, expected);
    }
}
