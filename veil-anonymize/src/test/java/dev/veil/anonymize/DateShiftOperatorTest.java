package dev.veil.anonymize;

import static dev.veil.core.EntityType.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Scope;
import dev.veil.vault.TokenVault;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateShiftOperatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // value               | parsed as  | shifted by +10 days
        "2024-02-11            | 2024-02-11 | 2024-02-21",
        "2024-02-11 10:30      | 2024-02-11 | 2024-02-21 10:30",
        "2024-02-25T08:00:00Z  | 2024-02-25 | 2024-03-06T08:00:00Z",
        "2024/2/5              | 2024-02-05 | 2024/2/15",
        "03/14/1985            | 1985-03-14 | 03/24/1985",
        "3/4/85                | 1985-03-04 | 3/14/85",
        "12/28/99              | 1999-12-28 | 01/07/00",
        "25/12/2023            | 2023-12-25 | 04/01/2024",
        "14.03.1985            | 1985-03-14 | 24.03.1985",
        "19850314              | 1985-03-14 | 19850324",
        "March 14, 1985        | 1985-03-14 | March 24, 1985",
        "Mar 14 1985           | 1985-03-14 | Mar 24 1985",
        "Sept. 25th, 2023      | 2023-09-25 | Oct. 5th, 2023",
        "14 March 1985         | 1985-03-14 | 24 March 1985",
        "1st of MAY 2020       | 2020-05-01 | 11th of MAY 2020",
        "28 feb 2024           | 2024-02-28 | 9 mar 2024",
    })
    void parsesAndKeepsLayout(String value, LocalDate date, String shiftedBy10) {
        DateFormats.Parsed p = DateFormats.parse(value).orElseThrow();
        assertThat(p.date()).isEqualTo(date);
        assertThat(p.format(date)).isEqualTo(value);
        assertThat(p.format(date.plusDays(10))).isEqualTo(shiftedBy10);
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "02/30/2024", "13.13.2020", "Smarch 3, 2020", "2024-13-01", "last Tuesday"})
    void unparseable(String value) {
        assertThat(DateFormats.parse(value)).isEmpty();
    }

    @Test
    void everyDateOfAScopeShiftsAlikeAndTheOffsetIsStored() {
        String text = "Admitted 03/01/2024, discharged 03/15/2024, follow-up April 2, 2024.";
        try (TokenVault vault = Fixtures.vault()) {
            OperatorKeys keys = OperatorKeys.generate();
            Anonymizer a = Fixtures.anonymizer(DATE, new OperatorConfig.DateShift(30), vault, keys);
            var f = Fixtures.find(text, DATE, "03/01/2024", DATE, "03/15/2024", DATE, "April 2, 2024");
            AnonymizedText out = a.anonymize(text, f, Fixtures.SCOPE);
            var dates = out.replacements().stream()
                    .map(r -> DateFormats.parse(out.text().substring(r.start(), r.end())).orElseThrow().date()).toList();
            long shift = ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 1), dates.get(0));
            assertThat(shift).isNotZero().isBetween(-30L, 30L);
            assertThat(ChronoUnit.DAYS.between(dates.get(0), dates.get(1))).isEqualTo(14);
            assertThat(ChronoUnit.DAYS.between(dates.get(1), dates.get(2))).isEqualTo(18);
            // a second anonymizer on the same vault (another process, a re-run) uses the stored offset
            Anonymizer again = Anonymizer.builder(a.policy()).vault(vault).keys(keys)
                    .random(new java.util.SplittableRandom(99)).build();
            assertThat(again.anonymize(text, f, Fixtures.SCOPE).text()).isEqualTo(out.text());
            // the offset entry is not a document value: restore never produces it
            assertThat(a.restorer(Fixtures.SCOPE, Fixtures.REVEAL).knownTokens()).isZero();
        }
    }

    @Test
    void scopesDrawTheirOwnOffsets() {
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(DATE, new OperatorConfig.DateShift(36_500), vault, OperatorKeys.generate());
            String d = "2000-01-01";
            var f = Fixtures.find(d, DATE, d);
            var shifted = java.util.stream.IntStream.range(0, 5)
                    .mapToObj(i -> a.anonymize(d, f, Scope.of("acme", "s" + i)).text()).distinct().count();
            assertThat(shifted).isGreaterThan(1);
        }
    }

    @Test
    void unparseableDateIsReplacedNotPassedThrough() {
        String text = "seen the day before yesterday";
        try (TokenVault vault = Fixtures.vault()) {
            Anonymizer a = Fixtures.anonymizer(DATE, new OperatorConfig.DateShift(0), vault, OperatorKeys.generate());
            AnonymizedText out = a.anonymize(text, Fixtures.find(text, DATE, "the day before yesterday"), Fixtures.SCOPE);
            assertThat(out.text()).isEqualTo("seen <DATE>");
            assertThat(out.countsByOperator()).containsExactlyEntriesOf(java.util.Map.of("replace", 1));
        }
    }
}
