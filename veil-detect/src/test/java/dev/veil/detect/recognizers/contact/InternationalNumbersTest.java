package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link InternationalNumbers#parse} gives exactly what libphonenumber's parse gives for "+digits". */
class InternationalNumbersTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            +44 (0) 20 7946 0958   | 44  | 2079460958  | true
            +44 7700 900123        | 44  | 7700900123  | true
            +1-212-555-0199        | 1   | 2125550199  | true
            +39 06 6982 1234       | 39  | 0669821234  | true
            +49 30 901820          | 49  | 30901820    | true
            +800 1234 5678         | 800 | 12345678    | true
            +999 123 456           |     |             | false
            """)
    void readsTheCallingCodeAndTheNationalNumber(String written, String cc, String national, boolean parses) {
        char[] digits = written.replaceAll("[^0-9]", "").toCharArray();
        PhoneNumber p = InternationalNumbers.parse(digits, digits.length);
        if (!parses) {
            assertThat(p).isNull();
            return;
        }
        assertThat(p.getCountryCode()).isEqualTo(Integer.parseInt(cc));
        assertThat(UTIL.getNationalSignificantNumber(p)).isEqualTo(national);
        assertThat(p.exactlySameAs(libphonenumber(written))).isTrue();
    }

    @Test
    void agreesWithLibphonenumberForEveryCallingCode() {
        SplittableRandom rnd = new SplittableRandom(20_261_129);
        int compared = 0;
        int parsed = 0;
        for (int cc : UTIL.getSupportedCallingCodes()) {
            for (int k = 0; k < 120; k++) {
                StringBuilder sb = new StringBuilder().append(cc);
                int zeros = k % 4 == 0 ? 1 : k % 17 == 0 ? 2 : 0; // national prefixes and Italian zeros
                sb.append("0".repeat(zeros));
                int len = 3 + rnd.nextInt(11);
                for (int i = 0; i < len; i++) {
                    sb.append((char) ('0' + rnd.nextInt(10)));
                }
                String all = sb.length() > 15 ? sb.substring(0, 15) : sb.toString();
                PhoneNumber want = libphonenumber("+" + all);
                PhoneNumber got = InternationalNumbers.parse(all.toCharArray(), all.length());
                if (want == null) {
                    assertThat(got).as("+%s", all).isNull();
                } else {
                    assertThat(got).as("+%s", all).isNotNull();
                    assertThat(got.exactlySameAs(want)).as("+%s: %s vs %s", all, got, want).isTrue();
                    parsed++;
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20_000);
        assertThat(parsed).isGreaterThan(compared / 2);
    }

    @Test
    void numbersWithoutACallingCodeAreNotParsed() {
        for (String s : new String[] {"0123456789", "12", "9991234567"}) {
            assertThat(InternationalNumbers.parse(s.toCharArray(), s.length())).as(s).isEqualTo(libphonenumber("+" + s));
        }
    }

    private static PhoneNumber libphonenumber(String s) {
        try {
            return UTIL.parse(s, "ZZ");
        } catch (NumberParseException e) {
            return null;
        }
    }
}
