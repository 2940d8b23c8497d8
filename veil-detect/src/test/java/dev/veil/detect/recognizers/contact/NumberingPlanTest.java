package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link NumberingPlan#isValid} must agree with libphonenumber's own validation, number for number. */
class NumberingPlanTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    static Stream<String> regions() {
        return Stream.concat(Stream.of("US", "CA"), PhoneRecognizer.OTHER_REGIONS.stream());
    }

    @ParameterizedTest
    @MethodSource("regions")
    void agreesWithLibphonenumber(String region) {
        NumberingPlan plan = NumberingPlan.of(region);
        int cc = UTIL.getCountryCodeForRegion(region);
        assertThat(plan.countryCode()).isEqualTo(cc);
        List<Long> numbers = new ArrayList<>();
        // libphonenumber's own examples of every type (valid), and small edits of them (mostly not)
        for (PhoneNumberType type : PhoneNumberType.values()) {
            PhoneNumber ex = UTIL.getExampleNumberForType(region, type);
            if (ex != null) {
                long n = ex.getNationalNumber();
                numbers.add(n);
                numbers.add(n / 10);
                numbers.add(n * 10 + 7);
                numbers.add(n + 1);
            }
        }
        Random random = new Random(region.hashCode()); // fixed per region: deterministic
        for (int i = 0; i < 4000; i++) {
            int len = 4 + random.nextInt(11);
            long n = 1 + random.nextInt(9);
            for (int d = 1; d < len; d++) {
                n = n * 10 + random.nextInt(10);
            }
            numbers.add(n);
        }
        int valid = 0;
        for (long n : numbers) {
            boolean expected = UTIL.isValidNumberForRegion(new PhoneNumber().setCountryCode(cc).setNationalNumber(n),
                    region);
            assertThat(plan.isValid(Long.toString(n))).as("%s national number of %d digits", region,
                    Long.toString(n).length()).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        assertThat(valid).as("the sample holds valid numbers too").isGreaterThan(0);
    }
}
