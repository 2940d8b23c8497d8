package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneralizeOperatorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGE  | 67 years old        | 65-69 years old",
        "AGE  | age 92              | age 90+",
        "AGE  | 89                  | 85-89",
        "AGE  | 90-year-old         | 90+-year-old",
        "AGE  | 4                   | 0-4",
        "AGE  | aged one hundred    | <AGE>",
        "ZIP  | 94043               | 940**",
        "ZIP  | 94043-1234          | 940**",
        "ZIP  | 03601               | 000**",
        "ZIP  | 82301               | 000**",
        "ZIP  | 89301               | 000**",
        "ZIP  | NW1 6XE             | NW1",
        "ZIP  | 123                 | <ZIP>",
        "DATE | 03/14/1985          | 1985",
        "DATE | March 14, 1985      | 1985",
        "DATE | 2024-02-11 10:30    | 2024",
        "DATE | spring of 1999      | 1999",
        "DATE | last Tuesday        | <DATE>",
    })
    void generalizes(EntityType type, String value, String expected) {
        assertThat(Fixtures.apply(new OperatorConfig.Generalize(), type, value)).isEqualTo(expected);
    }
}
