package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mentions, salutations, self-introductions, talking verbs, patient and baby cues and relatives
 * before unknown names ({@link PersonCues}).
 */
class PersonCuesTest {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;

    /** Each row: a text (literal "\\n" for a line break) and the persons expected, in order ("-" = none). */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            @Doise thanks for the quick fix!                              | Doise
            @ARKOADA THANKS FOR THE QUICK FIX!                            | ARKOADA
            Dear renfin,\\nThe Alpha team would like to invite you.       | renfin
            hi, it's halarer. my card was stolen yesterday.               | halarer
            Wife torshaley aware; brother shamar boeseau lives abroad.    | torshaley, shamar boeseau
            addendum: spoke w/ Ann re: bed. Spoke w/ Sue@1400 from EEG.   | Ann, Sue
            Pt Mary Hale 80 yo F, R hip fx s/p ORIF.                        | Mary Hale
            Pt seen by ortho (dr.petrosyan), WBAT.                          | petrosyan
            Contact Rhonda in admissions. Transcribed by ml.                | Rhonda, ml
            NICU NPN\\nBaby boy Nguyen DOL 3, 36 wk, in open crib.            | Nguyen
            Contact info updated. Notified Admitting. Signed by MD.         | -
            'DERM CLINIC\\nWinifred Marsh | 5/10/2024 | clinic visit'         | Winifred Marsh
            L&D NOTE\\nTasha Greenwood 31 y/o G1P0 @ 40w1d                 | Tasha Greenwood
            Neonatology note\\nBaby boy Brown, DOL 3. Infant named Juniper. | Brown, Juniper
            Chat log\\n[10:42 AM] Agent Kay: Let me check.\\nCustomer: ok     | Kay
            # vocabulary, code and mail addresses are no person
            Officer Notes: see attached.\\nTech Support: call back.     | -
            @Override\\npublic void run() {}                               | -
            write to jo@example.org or @everyone on the channel           | -
            hi, it's fine. this is urgent.\\nDear Sir, Hi team,           | -
            brother in to visit, wife aware.                               | -
            Spoke with Case Management. Pt Will need rehab. The drug named Lasix. | -
            """)
    void phrasesThatNameAPerson(String text, String expected) {
        String t = text.replace("\\n", "\n");
        assertThat(ANALYZER.analyze(t))
                .filteredOn(f -> f.type() == EntityType.PERSON)
                .extracting(f -> f.textIn(t))
                .containsExactly(expected.equals("-") ? new String[0] : expected.split(",\\s*"));
    }
}
