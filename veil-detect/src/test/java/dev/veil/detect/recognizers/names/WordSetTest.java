package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.Set;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSetTest {
    private static final WordSet ROLES = WordSet.of("rn", "md", "chaplain", "sw");

    @ParameterizedTest
    @CsvSource({
        "RN, true", "rn, true", "Chaplain, true", "SW, true",
        "rns, false", "nurse, false", "m, false", "chap, false",
    })
    void findsTheWordsItWasBuiltFromWhateverTheirCase(String word, boolean expected) {
        NameTokens t = new NameTokens(word);
        assertThat(ROLES.containsWord(t, 0)).isEqualTo(expected);
        assertThat(ROLES.contains(NameTokens.hashOf(word.toLowerCase(java.util.Locale.ROOT)))).isEqualTo(expected);
    }

    @Test
    void punctuationIsNeverAWord() {
        NameTokens t = new NameTokens("RN.");
        assertThat(ROLES.containsWord(t, 0)).isTrue();
        assertThat(ROLES.containsWord(t, 1)).isFalse();
    }

    @Test
    void agreesWithAHashSetOnRandomHashesIncludingZero() {
        Random rnd = new Random(42);
        long[] in = new long[500];
        for (int i = 0; i < in.length; i++) {
            in[i] = i == 7 ? 0 : rnd.nextLong();
        }
        in[9] = in[8]; // a duplicate counts once
        Set<Long> expected = new HashSet<>();
        for (long h : in) {
            expected.add(h);
        }
        WordSet set = WordSet.ofHashes(in);
        assertThat(set.size()).isEqualTo(expected.size());
        for (long h : expected) {
            assertThat(set.contains(h)).isTrue();
        }
        for (int i = 0; i < 10_000; i++) {
            long h = rnd.nextLong();
            assertThat(set.contains(h)).isEqualTo(expected.contains(h));
        }
        assertThat(WordSet.of("a").contains(0)).isFalse();
    }

    @Test
    void unionHoldsEveryMember() {
        WordSet u = WordSet.union(ROLES, WordSet.of("wife", "rn"), WordSet.ofHashes(new long[] {0}));
        assertThat(u.size()).isEqualTo(6);
        for (String w : new String[] {"rn", "md", "chaplain", "sw", "wife"}) {
            assertThat(u.contains(NameTokens.hashOf(w))).as(w).isTrue();
        }
        assertThat(u.contains(0)).isTrue();
        assertThat(u.contains(NameTokens.hashOf("husband"))).isFalse();
    }

    @Test
    void rejectsPhrasesAndPrintsNoWords() {
        assertThatThrownBy(() -> WordSet.of("two words")).isInstanceOf(IllegalStateException.class);
        assertThat(ROLES.toString()).isEqualTo("WordSet[4 hashes]").doesNotContain("chaplain");
    }
}
