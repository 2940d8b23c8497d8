package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailRecognizerTest {
    private static final Analyzer ANALYZER = Spans.only(new EmailRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # text                                                   | expected spans (" ; " between several)
            write to maria.garcia@example.org today                  | maria.garcia@example.org
            mail: john+tag@sub.mail.example.co.uk.                   | john+tag@sub.mail.example.co.uk
            o'brien-smith_99@my-company.io                           | o'brien-smith_99@my-company.io
            two: a@b.de, c.d@e-f.com                                 | a@b.de ; c.d@e-f.com
            idn: jürgen@bücher.de                                    | jürgen@bücher.de
            punycode: x@xn--bcher-kva.xn--p1ai                       | x@xn--bcher-kva.xn--p1ai
            quoted: `"john doe"@example.com`                         | `"john doe"@example.com`
            <mailto:info@clinic.org>                                 | info@clinic.org
            trailing dot user@example.com.                           | user@example.com
            no tld user@localhost                                    |
            numeric tld user@10.0.0.1                                |
            single letter tld a@b.c                                  |
            double dot john..doe@example.com                         |
            leading dot in domain a@.example.com                     |
            hyphen label end a@ex-.com                               |
            just @ sign and @@ here                                  |
            twitter handle @maria_garcia                             |
            url credentials https://user:pw@example.com/x            |
            css @media screen                                        |
            """)
    void detects(String text, String expected) {
        assertThat(Spans.texts(ANALYZER, text)).containsExactlyElementsOf(Spans.expected(expected));
        assertThat(ANALYZER.analyze(text)).allSatisfy(f -> assertThat(f.type()).isEqualTo(EntityType.EMAIL));
    }
}
