package dev.veil.detect.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes shared by several identifier types, resolved through the full default analyzer: the
 * value must come out as the type its validator and cue words point to, and nothing else.
 */
class IdentifierConflictsTest {
    private static final Analyzer ANALYZER = Analyzer.defaults();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                               | value                | type
            routing number 021000021                             | 021000021            | ABA_ROUTING
            SSN 063100277                                        | 063100277            | SSN
            routing number 063100277                             | 063100277            | ABA_ROUTING
            account number 021000021                             | 021000021            | BANK_ACCOUNT
            Passport number 531234567 expires soon.              | 531234567            | PASSPORT
            Passport number 079158760 expires soon.              | 079158760            | PASSPORT
            driver's license 0123456789                          | 0123456789           | DRIVER_LICENSE
            member ID 0123456789                                 | 0123456789           | HEALTH_PLAN_ID
            driver license D1234567                              | D1234567             | DRIVER_LICENSE
            BSN 111222333                                        | 111222333            | NL_BSN
            NPI 1234567893                                       | 1234567893           | NPI
            NHS number 943 476 5919                              | 943 476 5919         | UK_NHS
            ITIN 912-70-1234                                     | 912-70-1234          | ITIN
            EIN 12-3456789                                       | 12-3456789           | EIN
            MRN 00451233                                         | 00451233             | MEDICAL_RECORD_NUMBER
            member ID 123456789                                  | 123456789            | HEALTH_PLAN_ID
            IMEI 490154203237518                                 | 490154203237518      | DEVICE_ID
            card 4539 1488 0343 6467                             | 4539 1488 0343 6467  | CREDIT_CARD
            credit card account 4539148803436467                 | 4539148803436467     | CREDIT_CARD
            tax id 912701234                                     | 912701234            | ITIN
            account number 12345678, phone (415) 555-0132        | (415) 555-0132       | PHONE
            passport holders call (415) 555-0132                 | (415) 555-0132       | PHONE
            glucose 120 mg/dL (415) 555-0132                     | (415) 555-0132       | PHONE
            """)
    void sharedShapeResolvesToCuedType(String text, String value, EntityType type) {
        List<Finding> fs = ANALYZER.analyze(text);
        assertThat(fs).filteredOn(f -> f.overlaps(new Finding(type, text.indexOf(value),
                text.indexOf(value) + value.length(), 1, "x")))
                .singleElement().satisfies(f -> {
                    assertThat(f.type()).isEqualTo(type);
                    assertThat(f.textIn(text)).isEqualTo(value);
                });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Passport number 531234567, driver license D1234567.  | 531234567 | PASSPORT | D1234567 | DRIVER_LICENSE
            routing 021000021 and account number 123456789012    | 021000021 | ABA_ROUTING | 123456789012 | BANK_ACCOUNT
            Visa 4539 1488 0343 6467 exp 09/27 CVV 123           | 09/27     | CARD_EXPIRY | 123 | CARD_CVV
            """)
    void neighboursKeepTheirOwnTypes(String text, String v1, EntityType t1, String v2, EntityType t2) {
        List<Finding> fs = ANALYZER.analyze(text);
        assertThat(fs).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(t1);
            assertThat(f.textIn(text)).isEqualTo(v1);
        });
        assertThat(fs).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(t2);
            assertThat(f.textIn(text)).isEqualTo(v2);
        });
    }
}
