package dev.veil.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CuesTest {
    private static final Cues CUES = Cues.builder()
            .cue(0.9, "mrn", "medical record", "acct#")
            .cue(0.6, "chart")
            .fillers("id")
            .build();

    /** The values after labels, as "token:score" strings. */
    private static List<String> values(String s) {
        Text text = new Text(s);
        List<String> out = new ArrayList<>();
        CUES.forEachValue(text, (t, score) -> out.add(text.token(t) + ":" + score));
        return out;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            MRN 00451233                          | 00451233:0.9
            mrn: #00451233                        | 00451233:0.9
            Medical Record Number is A1234        | A1234:0.9
            medical record no. 777                | 777:0.9
            acct#5521 closed                      | 5521:0.9
            chart 12                              | 12:0.6
            chart id number is 12                 | 12:0.6
            xmrn 123                              |
            mrn. 123                              | 123:0.9
            medical record. 123                   |
            MRN! 123                              |
            MRN                                   |
            mrn number number number number 5     |
            """)
    void findsTheValueRightAfterALabel(String text, String expected) {
        if (expected == null) {
            assertThat(values(text)).isEmpty();
        } else {
            assertThat(values(text)).containsExactly(expected);
        }
    }

    @Test
    void aLabelAfterALabelIsBothAValueAndALabel() {
        assertThat(values("chart mrn 7")).containsExactly("mrn:0.6", "7:0.9");
    }

    @Test
    void visitsEachValueOnceInTextOrderWithTheBestScore() {
        Cues cues = Cues.builder().cue(0.5, "record").cue(0.9, "medical record").build();
        Text text = new Text("medical record 42, record 43, medical record 44");
        List<String> out = new ArrayList<>();
        cues.forEachValue(text, (t, score) -> out.add(text.token(t) + ":" + score));
        assertThat(out).containsExactly("42:0.9", "43:0.5", "44:0.9");
    }

    @Test
    void labelGluedToASlashIsAUnit() {
        Cues cues = Cues.builder().cue(0.9, "dl").build();
        Text text = new Text("glucose 120 mg/dL 1234567, DL 7654321");
        List<String> out = new ArrayList<>();
        cues.forEachValue(text, (t, score) -> out.add(text.token(t)));
        assertThat(out).containsExactly("7654321");
    }

    @Test
    void gapLimitAndBlankLineStopTheSearch() {
        Cues cues = Cues.builder().cue(0.9, "mrn").maxGap(5).build();
        Text far = new Text("MRN          123");
        Text blank = new Text("MRN\n\n123");
        List<Integer> out = new ArrayList<>();
        cues.forEachValue(far, (t, s) -> out.add(t));
        cues.forEachValue(blank, (t, s) -> out.add(t));
        assertThat(out).isEmpty();
    }

    @Test
    void rejectsBadConfiguration() {
        assertThatThrownBy(() -> Cues.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Cues.builder().cue(1.5, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cues.builder().cue(0.5, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
