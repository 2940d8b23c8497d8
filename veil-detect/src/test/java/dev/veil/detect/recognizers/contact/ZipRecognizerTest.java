package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZipRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new ZipRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Springfield, IL 62704                                   | 62704
            Mountain View, CA 94043-1351.                           | 94043-1351
            Austin, Texas 73301                                     | 73301
            zip code: 10001                                         | 10001
            London NW1 6XE                                          | NW1 6XE
            SW1A 1AA is a postcode                                  | SW1A 1AA
            Ottawa ON K1A 0B1                                       | K1A 0B1
            PLZ 10115 Berlin                                        | 10115
            we sold 94043 units                                     |
            ca 94043                                                |
            order #12345                                            |
            $12345 paid                                             |
            UK bad inward NW1 6CI                                   |
            Canadian bad letter K1A 0D1                             |
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
