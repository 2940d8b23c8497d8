package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.detect.recognizers.RecognizerAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthPlanIdRecognizerTest {
    private static final RecognizerAssert PLAN = new RecognizerAssert(new HealthPlanIdRecognizer(),
            EntityType.HEALTH_PLAN_ID);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            member ID XGH123456789                         | XGH123456789
            Policy # 88-1234567                            | 88-1234567
            group number: 004512                           | 004512
            Medicaid ID 12345678A                          | 12345678A
            no cue XGH123456789                            |
            privacy policy applies                         |
            policy 12                                      |
            insurance 2023-2024 renewal                    |
            policy dated 2024-05-01                        |
            """)
    void detects(String text, String expected) {
        PLAN.finds(text, expected);
    }
}
