package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a sentence says a name is ({@link ProseSpans}): work titles, organizations, people. */
class ProseSpansTest {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;

    /** Each row: a text and the findings expected, as TYPE:text in order ("-" = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zoolander is a 2001 American action-comedy film.                          | -
            Equilar is a 501(c)3 that invites songwriters to share music.             | ORGANIZATION:Equilar
            The film was directed by James Koumura and starring Mikolcic.             | PERSON:James Koumura, PERSON:Mikolcic
            Roksana spent a year as the assistant to Robert Azevedo in Lisbon.        | PERSON:Roksana, PERSON:Robert Azevedo, LOCATION:Lisbon
            # a studio or distributor of works is an organization; a person stays a person
            Mojang is a game studio based in Stockholm.                               | ORGANIZATION:Mojang, LOCATION:Stockholm
            Maria Lopez is a play therapist in Denver.                                | PERSON:Maria Lopez, LOCATION:Denver
            """)
    void whatTheSentenceSaysTheNameIs(String text, String expected) {
        List<String> got = ANALYZER.analyze(text).stream().map(f -> f.type() + ":" + f.textIn(text)).toList();
        assertThat(got).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(",\\s*(?=[A-Z]+:)")));
    }
}
