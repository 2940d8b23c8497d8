package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskOperatorTest {

    @ParameterizedTest(name = "{0} keepFirst={2} keepLast={3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "4539 1488 0343 6467   | *  | 0 | 4 | **** **** **** 6467",
        "4539148803436467      | *  | 6 | 4 | 453914******6467",
        "4539-1488-0343-6467   | #  | 0 | 4 | ####-####-####-6467",
        "536-22-8726           | *  | 0 | 4 | ***-**-8726",
        "maria@example.org     | *  | 1 | 0 | m****@*******.***",
        "Maria Garcia          | -  | 0 | 0 | ----- ------",
        // keeping would reveal everything: mask all
        "1234                  | *  | 0 | 4 | ****",
        "12345                 | *  | 2 | 3 | *****",
        // one masked char left: fine
        "12345                 | *  | 2 | 2 | 12*45",
    })
    void masks(String value, char maskChar, int keepFirst, int keepLast, String expected) {
        assertThat(Fixtures.apply(new OperatorConfig.Mask(maskChar, keepFirst, keepLast), EntityType.CREDIT_CARD, value.strip()))
                .isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource({"a, 0, 0", "'*', -1, 0", "'*', 0, -2", "7, 1, 1"})
    void rejectsBadConfig(char maskChar, int keepFirst, int keepLast) {
        assertThatThrownBy(() -> new OperatorConfig.Mask(maskChar, keepFirst, keepLast))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("mask:");
    }

    @org.junit.jupiter.api.Test
    void zeroMaskCharMeansDefault() {
        assertThat(new OperatorConfig.Mask('\0', 0, 0).maskChar()).isEqualTo('*');
    }
}
