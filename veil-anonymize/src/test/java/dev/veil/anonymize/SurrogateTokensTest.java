package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.SecretValue;
import dev.veil.detect.checksum.Luhn;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurrogateTokensTest {
    private final SurrogateTokens factory = new SurrogateTokens(Fixtures.SCOPE, OperatorKeys.generate());

    private String fake(EntityType type, String value, long seq) {
        return factory.token(type, seq, SecretValue.of(value), 0);
    }

    @ParameterizedTest
    @CsvSource({"4539 1488 0343 6467", "4539148803436467", "5425-2334-3010-9903", "378282246310005", "6011000990139424"})
    void cardsKeepIssuerPrefixLengthAndPassLuhn(String card) {
        for (long seq = 1; seq <= 50; seq++) {
            String f = fake(EntityType.CREDIT_CARD, card, seq);
            assertThat(f.replaceAll("\\d", "9")).isEqualTo(card.replaceAll("\\d", "9"));
            String digits = f.replaceAll("\\D", "");
            assertThat(digits).startsWith(card.replaceAll("\\D", "").substring(0, 6));
            assertThat(Luhn.isValid(digits)).as("Luhn").isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819", "FR14 2004 1010 0505 0001 3M02 606", "nl91abna0417164300"})
    void ibansKeepCountryLengthLayoutAndCheckDigits(String iban) {
        for (long seq = 1; seq <= 50; seq++) {
            String f = fake(EntityType.IBAN, iban, seq);
            assertThat(f).hasSameSizeAs(iban).startsWith(iban.substring(0, 2));
            assertThat(f.replaceAll("[0-9]", "9").replaceAll("[A-Z]", "A").replaceAll("[a-z]", "a"))
                    .isEqualTo(iban.replaceAll("[0-9]", "9").replaceAll("[A-Z]", "A").replaceAll("[a-z]", "a"));
            assertThat(ibanValid(f)).as("mod 97").isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"536-22-8726", "536228726", "536 22 8726"})
    void ssnsAreInIssuedRanges(String ssn) {
        for (long seq = 1; seq <= 200; seq++) {
            String f = fake(EntityType.SSN, ssn, seq);
            assertThat(f.replaceAll("\\d", "9")).isEqualTo(ssn.replaceAll("\\d", "9"));
            assertThat(ssnValid(f.replaceAll("\\D", ""))).as(f).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(415) 555-0132   | '\\(\\d{3}\\) 555-01\\d\\d'",
        "415-867-5309     | '\\d{3}-555-01\\d\\d'",
        "+1 212 867 5309  | '\\+1 \\d{3} 555 01\\d\\d'",
        "+44 7911 123456  | '\\+44 7700 900\\d{3}'",
        "07911 123456     | '07700 900\\d{3}'",
    })
    void phonesAreInFictionRanges(String phone, String shape) {
        for (long seq = 1; seq <= 30; seq++) {
            assertThat(fake(EntityType.PHONE, phone, seq)).matches(shape);
        }
    }

    @Test
    void emailsUseReservedDomains() {
        for (long seq = 1; seq <= 30; seq++) {
            assertThat(fake(EntityType.EMAIL, "maria.garcia@hospital.org", seq))
                    .matches("[a-z]+\\.[a-z]+\\.\\d{4}@example\\.(org|com|net)");
        }
    }

    @ParameterizedTest
    @CsvSource({"192.168.10.42, '(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+'", "2001:db8::1, '2001:db8(:[0-9a-f]+){6}'",
        "fe80::1ff:fe23:4567:890a, '2001:db8(:[0-9a-f]+){6}'"})
    void ipsAreDocumentationAddresses(String ip, String shape) {
        assertThat(fake(EntityType.IP_ADDRESS, ip, 1)).matches(shape);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Maria Garcia      | '[A-Z][A-Za-z]+ [A-Z][A-Za-z]+'",
        "MARIA GARCIA      | '[A-Z]+ [A-Z]+'",
        "maria garcia      | '[a-z]+ [a-z]+'",
        "Dr. Hurst         | 'Dr\\. [A-Z][A-Za-z]+'",
        "Garcia            | '[A-Z][A-Za-z]+'",
    })
    void namesKeepShape(String name, String shape) {
        for (long seq = 1; seq <= 20; seq++) {
            assertThat(fake(EntityType.PERSON, name, seq)).matches(shape);
        }
    }

    @Test
    void otherTypesKeepTheirShape() {
        String f = fake(EntityType.MEDICAL_RECORD_NUMBER, "MRN-00451233/b", 1);
        assertThat(f).matches("[A-Z]{3}-\\d{8}/[a-z]");
        assertThat(fake(EntityType.ADDRESS, "1 Main St\nSpringfield", 1)).doesNotContain("\n");
    }

    @Test
    void sameInputsSameSurrogateDifferentAttemptDifferentSurrogate() {
        SecretValue v = SecretValue.of("Maria Garcia");
        assertThat(factory.token(EntityType.PERSON, 3, v, 0)).isEqualTo(factory.token(EntityType.PERSON, 3, v, 0));
        assertThat(factory.token(EntityType.CREDIT_CARD, 3, SecretValue.of("4539148803436467"), 1))
                .isNotEqualTo(factory.token(EntityType.CREDIT_CARD, 3, SecretValue.of("4539148803436467"), 0));
    }

    static boolean ibanValid(String iban) {
        String c = iban.replaceAll("\\s", "").toUpperCase();
        String r = c.substring(4) + c.substring(0, 4);
        StringBuilder n = new StringBuilder();
        for (char ch : r.toCharArray()) {
            n.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    static boolean ssnValid(String d) {
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        return d.length() == 9 && area >= 1 && area <= 899 && area != 666 && group >= 1 && serial >= 1;
    }
}
