package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new HolidayRecognizer());

    /** Each row: a text and the holidays found in it, separated by " ; " (empty = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            worried she will not be home for Christmas              | Christmas
            returning home after Thanksgiving w/ family             | Thanksgiving
            planning trip to Greece after Easter                    | Easter
            plans to spend New Year's w/ family                     | New Year's
            party on New Years Eve, then                            | New Years Eve
            admitted on christmas eve with CP                       | christmas eve
            fell at a Memorial Day picnic                           | Memorial Day
            since Labor Day and Good Friday                         | Labor Day ; Good Friday
            seen at St. Patrick's Day parade                        | St. Patrick's Day
            fireworks on the Fourth of July                         | Fourth of July
            flowers for Valentine's Day and Mother's Day            | Valentine's Day ; Mother's Day
            back by 4th of July                                     | 4th of July
            wants to see grandchildren for Lunar New Year. Goals    | Lunar New Year
            fasting during Ramadan, no insulin changes              | Ramadan
            family visiting for Diwali and Passover                 | Diwali ; Passover
            fasted on Yom Kippur, lightheaded                       | Yom Kippur
            back to work after Labor Day                            | Labor Day
            Eid al-Fitr with her sisters                            | Eid al-Fitr
            Christmastime decorations                               |
            Dr. Eid saw the patient                                 |
            a lunar eclipse                                         |
            the Easterly wind                                       |
            a new year starts                                       |
            good day to you                                         |
            """)
    void findsHolidays(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }

    @org.junit.jupiter.api.Test
    void scoresAsADateAboveTheDefaultThreshold() {
        assertThat(ANALYZER.analyze("home for Christmas")).singleElement()
                .satisfies(f -> assertThat(f.score()).isEqualTo(0.6));
    }
}
