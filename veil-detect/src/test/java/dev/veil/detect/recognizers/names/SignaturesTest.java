package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sign-offs and dictation initials ({@link Signatures}): positives, and list items that are no sign-off. */
class SignaturesTest {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;

    /** Each row: a text (literal "\\n" for a line break) and the persons expected, in order ("-" = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # sign-offs: initials, given name and initial, names before credentials, a role before the name
            will try again after 2pm. -jd\\nsister cell 508 555 0177        | jd
            ? TRANSFER TO FLOOR IN AM. -- MK                                  | MK
            BP 110/60. DONE.\\n--GRACE RN                                     | GRACE
            pt tearful. -cara m, OTR                                          | cara m
            Element Care resumed. -R. Church, RN CM                           | R. Church
            referred for HAST. -l. brown RRT                                  | l. brown
            Pt seen. -Meghan Lane, OTR/L                                      | Meghan Lane
            eucharist saturday. -chaplain m. okonkwo                          | m. okonkwo
            # a line of its own with a credential: the writer's name; without a credential, nothing
            Family meeting Friday.\\nJ. PRICE RN                                | J. PRICE
            Meets needs.\\nDawn Fitzgerald, RD, LDN                             | Dawn Fitzgerald
            Family meeting 7/16.\\nTom Wise, RN                               | Tom Wise
            Meets needs.\\nPlan RN\\nCV RN                                       | -
            # dictation initials opening a line
            Plan as above.\\nBQ/mf  D: 11/06/2019  T: 11/07/2019            | BQ, mf
            # list items and shorthand are no sign-off
            Plan:\\n- cont abx\\n- ok\\n- Will f/u\\n- PT/OT eval\\n- am        | -
            BP 90-100, - MD aware. SBP 100-110 -HR 80s                        | -
            PO/IV meds, NG/OG tube.\\nIV/po                                   | -
            """)
    void signOffs(String text, String expected) {
        String t = text.replace("\\n", "\n");
        assertThat(ANALYZER.analyze(t))
                .filteredOn(f -> f.type() == EntityType.PERSON)
                .extracting(f -> f.textIn(t))
                .containsExactly(expected.equals("-") ? new String[0] : expected.split(",\\s*"));
    }
}
