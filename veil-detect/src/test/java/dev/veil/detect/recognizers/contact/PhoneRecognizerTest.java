package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new PhoneRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            office (415) 555-0132 today                             | (415) 555-0132
            +44 7700 900123 is my mobile                            | +44 7700 900123
            reach me at 650.555.0175.                               | 650.555.0175
            HCP is sister, #508-555-0177.                           | 508-555-0177
            Tel: +1-212-555-0199 ext. 204                           | +1-212-555-0199 ext. 204
            desk 212-555-0199 x12                                   | 212-555-0199 x12
            call the hospice line 1-800-555-0124 24/7.              | 1-800-555-0124
            +49 30 901820 Berlin                                    | +49 30 901820
            +44 (0) 20 7946 0958 switchboard                        | +44 (0) 20 7946 0958
            1-800-555-0199 toll free                                | 1-800-555-0199
            fax 020 7946 0958                                       | 020 7946 0958
            You can call 73 448 266                                 | 73 448 266
            You can call 33 93 31                                   | 33 93 31
            You can call (11) 4706-6184                             | (11) 4706-6184
            phone 0477 11 28 98                                     | 0477 11 28 98
            tel:+33142685300                                        | +33142685300
            call (705) 738-8986 in Ontario                          | (705) 738-8986
            wife (705-738-8986) re code status                      | 705-738-8986
            mobile (+44 7700 900123) after six                      | +44 7700 900123
            ref x+44 7700 900123                                    |
            Order #12345678 shipped, ticket #4521, room #1234       |
            employer identification number (46-8379416).           |
            Social Security number as 064 07 0036 and               |
            order 73 448 266 shipped                                |
            FSBG at 0600 134, covered w/ 2u insulin                 |
            date 03/14/1985 and 2024-02-11                          |
            ip 192.168.10.42                                        |
            ssn 536-22-8726                                         |
            card 4539 1488 0343 6467                                |
            price $1 234 567                                        |
            version 10.2.3                                          |
            glued abc4155550132                                     |
            short 555 0132                                          |
            RT Note 0900-1100, pt extubated                         |
            NPN 2300-0700 events                                    |
            call 0171-2345 today                                    | 0171-2345
            husband's # 555-0139. plan                              | 555-0139
            EP (Dr. Moskowitz, pgr 555-0115) aware                  | 555-0115
            order no 555-0139 shipped                               |
            batch 123-4567 done                                     |
            AST 840 (1600), ALT 1120 (1900). INR 1.6                |
            Labs: WBC 14.2 (16.8), Cr 1.4                           |
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
