package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new UrlRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            see https://grafana.example.com/d/abc?x=1&y=2#top.      | https://grafana.example.com/d/abc?x=1&y=2#top
            (see http://en.wikipedia.org/wiki/Foo_(bar))            | http://en.wikipedia.org/wiki/Foo_(bar)
            ftp://files.example.net/pub/file.txt, then              | ftp://files.example.net/pub/file.txt
            visit www.example.org/path today                        | www.example.org/path
            hosted at hernandez.com and smith-jones.net.            | hernandez.com ; smith-jones.net
            our site lee.info                                       | lee.info
            portal at clinic.co.uk                                  | clinic.co.uk
            go to example.de                                        | example.de
            http://10.20.30.40:8080/health                          | http://10.20.30.40:8080/health
            s3://bucket-name/key                                    | s3://bucket-name/key
            https://user:S3cret@db.example.com/x                    |
            postgres://admin:pw@10.0.0.5:5432/prod                  |
            run main.py and setup.sh                                |
            read README.md first                                    |
            e.g. this and i.e. that                                 |
            Hello.It is a typo                                      |
            user.name and self.id                                   |
            mail john@example.com                                   |
            /usr/lib/libfoo.so                                      |
            version 1.2.3                                           |
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
    }
}
