package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new AgeRecognizer());

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
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }

    @ParameterizedTest
    @CsvSource({"a 92 yo woman, 0.9", "a 67 yo woman, 0.7"})
    void agesOverEightyNineScoreHigher(String text, double score) {
        assertThat(ANALYZER.analyze(text)).extracting(Finding::score).containsExactly(score);
    }
}
