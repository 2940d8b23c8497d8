package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SequenceModelTest {
    private static final int L = SequenceModel.LABELS;

    @Test
    void viterbiNeverStartsWithAnInsideLabel() {
        // emissions strongly prefer I-PERSON everywhere; the only legal reading is B then I
        float[] em = new float[3 * L];
        for (int k = 0; k < 3; k++) {
            em[k * L + SequenceModel.inside(0)] = 10;
            em[k * L + SequenceModel.begin(0)] = 5;
        }
        int[] out = new int[3];
        SequenceModel.viterbi(em, 3, new float[L * L], out, 0);
        assertThat(out).containsExactly(SequenceModel.begin(0), SequenceModel.inside(0), SequenceModel.inside(0));
    }

    @Test
    void insideOnlyContinuesItsOwnType() {
        assertThat(SequenceModel.allowed(SequenceModel.begin(1), SequenceModel.inside(1))).isTrue();
        assertThat(SequenceModel.allowed(SequenceModel.begin(0), SequenceModel.inside(1))).isFalse();
        assertThat(SequenceModel.allowed(SequenceModel.OUTSIDE, SequenceModel.inside(2))).isFalse();
        assertThat(SequenceModel.allowed(SequenceModel.inside(3), SequenceModel.begin(0))).isTrue();
    }

    @Test
    void writeReadRoundTripKeepsScores() throws IOException {
        int bits = 10;
        float[] w = new float[(1 << bits) * L];
        w[5 * L + 1] = 2.5f;
        w[7 * L + 3] = -1.25f;
        w[9 * L + 2] = 0.001f; // below the threshold: dropped
        float[] trans = new float[L * L];
        trans[1] = 0.75f;
        SequenceModel m = SequenceModel.fromDense(bits, w, trans, 0.01f);
        assertThat(m.features()).isEqualTo(2);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        m.write(bo);
        SequenceModel r = SequenceModel.read(new ByteArrayInputStream(bo.toByteArray()));
        float[] out = new float[L];
        r.emissions(new int[] {5, 7, 9}, 3, out, 0);
        assertThat(out[1] / SequenceModel.SCALE).isEqualTo(2.5f);
        assertThat(out[3] / SequenceModel.SCALE).isEqualTo(-1.25f);
        assertThat(out[2]).isZero();
        assertThat(r.transition(0, 1)).isEqualTo(0.75f);
    }

    @Test
    void corruptModelIsRejected() {
        assertThatThrownBy(() -> SequenceModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
                .isInstanceOf(IOException.class).hasMessageContaining("name model");
    }

    @Test
    void lexiconRoundTrip() throws IOException {
        Map<String, Integer> words = new HashMap<>();
        words.put("boston", Lexicon.CITY);
        words.put("will", Lexicon.FIRST_NAME | Lexicon.COMMON);
        Lexicon lx = Lexicon.of(words);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        lx.write(bo);
        Lexicon r = Lexicon.read(new ByteArrayInputStream(bo.toByteArray()));
        assertThat(r.classes(NameTokens.hashOf("boston"))).isEqualTo(Lexicon.CITY);
        assertThat(r.classes(NameTokens.hashOf("will"))).isEqualTo(Lexicon.FIRST_NAME | Lexicon.COMMON);
        assertThat(r.classes(NameTokens.hashOf("paris"))).isZero();
        assertThat(r.size()).isEqualTo(2);
    }

    @Test
    void builtInLexiconKnowsCommonWordsAndNames() {
        Lexicon lx = NamedEntityRecognizer.builtInLexicon();
        assertThat(lx.classes(NameTokens.hashOf("will")) & Lexicon.COMMON).isNotZero();
        assertThat(lx.classes(NameTokens.hashOf("john")) & Lexicon.FIRST_NAME).isNotZero();
        assertThat(lx.classes(NameTokens.hashOf("designs")) & Lexicon.COMMON).isNotZero();
        assertThat(lx.classes(NameTokens.hashOf("mr")) & Lexicon.HONORIFIC).isNotZero();
        assertThat(lx.classes(NameTokens.hashOf("catholic")) & Lexicon.BELIEF).isNotZero();
    }
}
