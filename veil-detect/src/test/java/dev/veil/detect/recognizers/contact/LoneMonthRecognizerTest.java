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
            LIVING IN HIS CAR SINCE NOV. SW PAGED                   | NOV
            admitted to the shelter in Sept after eviction          | Sept
            husband gene who died last april. says grandson         | april
            Pt was at Newton Wellesley in August for same dx.       | August
            STAYING WITH SON UNTIL END OF MARCH. HE WILL            | MARCH
            WAS AT MCLEAN IN AUGUST FOR DETOX                       | AUGUST
            her mother died in May after a long illness             | May
            sober since mid-October                                 | October
            plan to return by beginning of July                     | July
            if there is no improvement by July, I will              | July
            return to work as a bus driver by November.             | November
            access to the shared drive for Jan please               |
            seen in March 14 at clinic                              |
            documented in MAR per RN                                |
            labs drawn since jan                                    |
            May I speak to the nurse                                |
            this may be viral                                       |
            met with April Jones, SW                                |
            visited since April Jones came                          |
            June Carter called                                      |
            received a call from June                               |
            the august body met                                     |
            lived in august company                                 |
            in May I trust                                          |
            last October 2006                                       |
            may see him in May                                      | May
            last hospitalization in june for pna                    | june
            died in august, and then                                | august
            admitted in april with CHF                              | april
            F/u in October. 4. HTN: above goal                      | October
            we will march in protest                                |
            March forward, team                                     |
            """)
    void findsLoneMonths(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
