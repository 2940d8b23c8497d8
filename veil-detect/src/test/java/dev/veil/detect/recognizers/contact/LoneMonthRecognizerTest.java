package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoneMonthRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new LoneMonthRecognizer());

    /** Each row: a text and the month found in it (empty = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            her husband died in March of a heart attack             | March
            staying at the shelter since October, lost his job      | October
            House of Correction, released january.                  | january
            seen in March 14 at clinic                              |
            last October 2006                                       |
            may see him in May                                      |
            we will march in protest                                |
            March forward, team                                     |
            """)
    void findsLoneMonths(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
