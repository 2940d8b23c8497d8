package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NamedEntityRecognizerProperties {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("John", "smith", "MARIA", "Dr.", "Mr", "in", "Boston", "the",
                "Acme", "Corp", "Inc.", "of", "Bank", "will", "May", "O'Brien", "Sanders-Gill", "St.", "Mary's",
                "Hospital", "42", "555-0132", ",", ".", "\n", "née", "Søren", "ÉCHIROLLES", "'", "-", "&");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(words, words, words, noise).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300, seed = "20261129")
    void spansAreInBoundsSortedAndDisjoint(@ForAll("texts") String text) {
        List<Finding> fs = ANALYZER.analyze(text);
        int prevEnd = 0;
        for (Finding f : fs) {
            assertThat(f.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
            assertThat(f.start()).isLessThan(f.end());
            assertThat(f.score()).isBetween(0.5, 0.95);
            prevEnd = f.end();
        }
    }

    @Property(tries = 200, seed = "20261129")
    void deterministic(@ForAll("texts") String text) {
        assertThat(ANALYZER.analyze(text)).isEqualTo(ANALYZER.analyze(text));
        assertThat(new NamedEntityRecognizer().name()).isEqualTo("names");
    }

    /** A span never cuts a run of letters (it may stop where letters meet digits: "Smith42"). */
    @Property(tries = 200, seed = "20261129")
    void spansNeverCutARunOfLetters(@ForAll("texts") String text) {
        for (Finding f : ANALYZER.analyze(text)) {
            assertThat(f.start() > 0 && Character.isLetter(text.charAt(f.start() - 1))
                    && Character.isLetter(text.charAt(f.start()))).isFalse();
            assertThat(f.end() < text.length() && Character.isLetter(text.charAt(f.end()))
                    && Character.isLetter(text.charAt(f.end() - 1))).isFalse();
        }
    }
}
