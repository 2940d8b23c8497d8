package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typists' lines and user names after a signature ({@link DictationMarks}): positives and look-alikes. */
class DictationMarksTest {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;

    /** Each row: a text (literal "\\n" for a line break) and every person expected, in order ("-" = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a typists' line: one group is the signer's initials, or a credential comes shortly before
            Sincerely,\\n\\nUrsula Z. Rhodes, MD\\npager #31406\\nuzr/lk\\n                      | Ursula Z. Rhodes, uzr, lk
            Best regards,\\n\\nHamid Rezaei, MD\\nhr/pg                                       | Hamid Rezaei, hr, pg
            Dictated by Jacob Liebowitz, MD\\nfa/jl/rs\\nD: 04/11/2098                        | Jacob Liebowitz, fa, jl, rs
            Follow up in clinic.\\nTheodore Gaines, MD\\nar/mb/ww    Job 30871\\n              | Theodore Gaines, ar, mb, ww
            Plan as above.\\nBQ/mf  D: 11/06/2019  T: 11/07/2019                             | BQ, mf
            # user names: the found person's initial and surname, a number allowed after it
            Malcolm Bell, MD\\nDictated by mbell; transcribed by ts                           | Malcolm Bell, mbell, ts
            Leah Brown, MD    lbrown2                                                         | Leah Brown, lbrown2
            Samira Khoury, MD\\nElectronically signed by skhoury 03/15/2072                   | Samira Khoury, skhoury
            # initials after a slash closing a signature line
            Call if worse.\\n\\nM. Kaczmarek, MD / mk                                          | Kaczmarek, mk
            # shorthand and units on a line of their own are no typists' line
            Plan:\\n- cont abx\\npt/ot eval today\\nPT/OT\\nmg/dl                               | -
            Glucose 140 mg/dl.\\nand/or\\nhr/bp stable\\nw/u pending                           | -
            """)
    void marks(String text, String expected) {
        String t = text.replace("\\n", "\n");
        assertThat(ANALYZER.analyze(t))
                .filteredOn(f -> f.type() == EntityType.PERSON)
                .extracting(f -> f.textIn(t))
                .containsExactly(expected.equals("-") ? new String[0] : expected.split(",\\s*"));
    }
}
