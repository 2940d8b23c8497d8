package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days named by their ordinal alone ({@link OrdinalDayRecognizer}): positives and counts, floors, wrong suffixes. */
class OrdinalDayRecognizerTest {
    private static final Analyzer ANALYZER = Analyzer.builder().clearRecognizers()
            .addRecognizer(new OrdinalDayRecognizer()).build();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            no change from the scan on the 14th.          | 14th
            he plans to fly in on the 17th                | 17th
            NPO since the 3rd, tube feeds until the 21st  | 3rd, 21st
            follow-up on the 22nd at 10 am                | 22nd
            palliative scheduled for the 12th @ 1400      | 12th
            last drink per wife was the 2nd               | 2nd
            given for the 3rd time                        |
            # counts, places and impossible days
            admitted to the 4th floor                     |
            flying in on Saturday the 12th.               | 12th
            over the weekend of the 15th.                 | 15th
            one of the 3rd floor nurses                   |
            on the 2nd attempt the line was placed        |
            on the 3rd day of antibiotics                 |
            on the 32nd                                   |
            on the 12st                                   |
            her 2nd child was born                        |
            """)
    void ordinalDays(String text, String expected) {
        List<String> got = ANALYZER.analyze(text).stream().map(f -> f.textIn(text)).toList();
        assertThat(got).isEqualTo(expected == null ? List.of() : List.of(expected.split(",\\s*")));
    }
}
