package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagerRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new PagerRecognizer());

    /** Each row: a text and the pager or extension numbers found in it (empty = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            cards fellow Anand Rao (pager 4-2281).                  | 4-2281
            Hunter King, MD (PGY-2), pager 3-4417                   | 3-4417
            SW LANE PAGED x6-2210. PT CALM                          | x6-2210
            Karen Lutz RN CM x4412                                  | x4412
            on call resident, beeper #3-5876                        | 3-5876
            pgr: 52281 if questions                                 | 52281
            call ext. 4412 for results                              | 4412
            please page 4-2281 with questions                       | 4-2281
            see page 1234 of the manual                             |
            turned x2 overnight                                     |
            pulses palpable x4 extremities                          |
            expect stay of 4-5 days                                 |
            on 3-4 L NC                                             |
            dilaudid 1mg IV q4-6h prn                               |
            2-3 episodes of emesis                                  |
            A&Ox3, CIWA 4                                           |
            diluted x1000 ml                                        |
            pager 617-555-0115                                      |
            pager 4-2281-7                                          |
            fax x12                                                 |
            """)
    void findsPagerNumbers(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
