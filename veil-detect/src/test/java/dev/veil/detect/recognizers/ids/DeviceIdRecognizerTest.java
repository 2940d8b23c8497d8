package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceIdRecognizerTest {
    private static final RecognizerAssert DEVICE = new RecognizerAssert(new DeviceIdRecognizer(), EntityType.DEVICE_ID);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            IMEI 490154203237518 reported lost             | 490154203237518
            hearing aids, serial #s 1733X0492 and          | 1733X0492
            pump serial number: SN-4471-AX9                | SN-4471-AX9
            S/N 88AB12345                                  | 88AB12345
            device ID 7f3a-99b2-c41d                       | 7f3a-99b2-c41d
            implant UDI (01)00844588003288(17)141120(10)7654321D(21)10 | (01)00844588003288(17)141120(10)7654321D(21)10
            GS1 without label (01)00844588003288           | (01)00844588003288
            GS1 check digit wrong (01)00844588003289       |
            serial ABGs were drawn                         |
            serial 3 hcts                                  |
            serial 12-lead ECGs were done                  |
            serial 05-01-2024 draws                        |
            no cue 490154203237518                         |
            """)
    void detects(String text, String expected) {
        DEVICE.finds(text, expected);
    }
}
