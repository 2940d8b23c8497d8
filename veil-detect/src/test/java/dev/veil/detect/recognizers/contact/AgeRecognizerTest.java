package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeRecognizerTest {
    /** Threshold low enough to see ages up to 89, which score below the default 0.5. */
    private static final Analyzer ANALYZER = Analyzer.builder().clearRecognizers().addRecognizer(new AgeRecognizer())
            .minScore(0.1).build(); // 0.35 * 0.2 = 0.07: shorthand without a cue stays out
    private static final Analyzer DEFAULT = Spans.only(new AgeRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            he is 67 years old                                      | 67
            a 67-year-old man                                       | 67
            a 92 yo woman                                           | 92
            pt is 92 y/o                                            | 92
            91 y.o. female                                          | 91
            67yo M                                                  | 67
            age 67                                                  | 67
            aged 101, she                                           | 101
            she would have turned 97 on easter                      | 97
            pt turns 95 next month                                  | 95
            Age: 45                                                 | 45
            at the age of 30                                        | 30
            50 years of age                                         | 50
            patient is a 67M with                                   | 67
            patient 67 F with                                       | 67
            revenue 67M this year                                   |
            67 years of experience                                  |
            130 years old building                                  |
            page 67                                                 |
            $67 yo                                                  |
            Pt is 93. fam meeting held today                        | 93
            she is 91 and lives alone                               | 91
            pt is 93% on RA                                         |
            the pt is 93.5 kg                                       |
            pt's 97th birthday today                                | 97
            DOB 01/09/1931  (94 y)                                  | 94
            pt will turn 90 on 4/2                                  | 90
            his 97th visit this year                                |
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }

    @ParameterizedTest
    @CsvSource({"a 92 yo woman, 0.9", "a 67 yo woman, 0.14", "patient is a 67 yo woman, 0.44"})
    void agesOverEightyNineScoreHigher(String text, double score) {
        assertThat(ANALYZER.analyze(text)).extracting(Finding::score)
                .singleElement().satisfies(s -> assertThat(s).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-9)));
    }

    /** HIPAA Safe Harbor: only ages over 89 are identifiers, so only they pass the default threshold. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            patient is a 92 yo woman | 92
            patient is a 67 yo woman |
            pt is 89 y/o             |
            pt is 90 y/o             | 90
            """)
    void defaultThresholdKeepsOnlyAgesOverEightyNine(String text, String expected) {
        assertThat(Spans.texts(DEFAULT, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
