package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real places after "in", "near" or a moving word ({@link Places}): positives and the words that are no place there. */
class PlacesTest {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;

    /** Each row: a text and the LOCATION findings expected, in order ("-" = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            sister cell 508 555 0177, lives in brockton. no other family.   | brockton
            pt mows lawn at their house in weymouth, will d/w SW.         | weymouth
            Injury to R hand at a cookout in Revere. Mortar device.        | Revere
            "I just want to go home to Fall River."                         | Fall River
            # the list holds it, but the context makes it no place
            pt resting in bed, in no pain, c/o pain in chest.              | -
            Will go to Hope's house after discharge.                        | -
            Seen in March and again in May by the team.                     | -
            """)
    void placesAfterAPreposition(String text, String expected) {
        List<String> got = ANALYZER.analyze(text).stream().filter(f -> f.type() == EntityType.LOCATION)
                .map(f -> f.textIn(text)).toList();
        assertThat(got).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(",\\s*")));
    }

    /**
     * {@link Retypes}: a real town that no name list holds, read as a person or an organization by the
     * tagger, is the town (not after an honorific, a greeting or a relative, nor before a credential);
     * a county is a place; a given name alone or a full name read as an organization, or a given name
     * read as a place after no word of place, is a person. Each row: text | expected
     * (TYPE:value, in order; "-" = none).
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Flight PA 118 Osaka (KIX) - Honolulu (HNL)                | LOCATION:Osaka, LOCATION:Honolulu
            Unit 4, Riverside Trading Estate, Croydon CR0 4XB.        | LOCATION:Croydon
            Seen by Dr. Croydon today.                                | PERSON:Dr. Croydon
            The bridge connects Fairmount with a mill town.           | LOCATION:Fairmount
            Ceiling leak since Sunday. Building super (Hector) inspected. | PERSON:Hector
            No records found (Davidson County, Jefferson County).     | LOCATION:Davidson County, LOCATION:Jefferson County
            Spoke with the caseworker Denise (413-555-0122 x318).      | PERSON:Denise
            Pt lives in Quincy with her son.                          | LOCATION:Quincy
            Re her late husband's pension (Arthur Hale, no. PN-0041187). | PERSON:Arthur Hale
            Officer Ramírez observed a vehicle parked in a fire lane.  | PERSON:Officer Ramírez
            Wikipedia-style stub:\\nMillbrook Falls is a village.     | LOCATION:Millbrook Falls
            Physician Note - Mercy Point Hospital, Lynn\\nPt seen.      | LOCATION:Mercy Point Hospital, LOCATION:Lynn
            Referring: Dr. Rajinder Gill, Lowell\\n                     | PERSON:Dr. Rajinder Gill, LOCATION:Lowell
            From Fuzhou, China; came to the US in 2071.               | LOCATION:Fuzhou, LOCATION:China
            """)
    void unlistedTownsReadAsPersonsArePlaces(String text, String expected) {
        String t = text.replace("\\n", "\n");
        List<String> got = ANALYZER.analyze(t).stream()
                .filter(f -> f.type() == EntityType.LOCATION || f.type() == EntityType.PERSON)
                .map(f -> f.type() + ":" + f.textIn(t)).toList();
        assertThat(got).isEqualTo(expected.equals("-") ? List.of() : List.of(expected.split(",\\s*")));
    }

    @Test
    void theTableKnowsRealTownsAndTheirMultiWordNames() {
        NameTokens t = new NameTokens("Fall River Quincy Xyzzyville");
        assertThat(Places.match(t, 0)).isEqualTo(2);
        assertThat(Places.match(t, 2)).isEqualTo(3);
        assertThat(Places.match(t, 3)).isEqualTo(-1);
    }
}
