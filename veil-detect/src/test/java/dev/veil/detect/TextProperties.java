package dev.veil.detect;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shared indexes of {@link Text} agree with their definitions on any text. */
class TextProperties {

    @Property(tries = 500, seed = "20261129")
    void tokenHashIsTheHashOfTheLowerCasedToken(@ForAll("texts") String s) {
        Text t = new Text(s);
        for (int i = 0; i < t.tokenCount(); i++) {
            assertThat(t.tokenHash(i)).isEqualTo(t.tokenLower(i).hashCode());
            assertThat(t.lower().substring(t.tokenStart(i), t.tokenEnd(i))).isEqualTo(t.tokenLower(i));
        }
    }

    @Property(tries = 500, seed = "20261129")
    void presenceBitsMatchTheChars(@ForAll("texts") String s) {
        Text t = new Text(s);
        for (char c = 0; c < 128; c++) {
            assertThat(t.mayContain(c)).isEqualTo(s.indexOf(c) >= 0);
        }
        assertThat(t.hasNonAscii()).isEqualTo(s.chars().anyMatch(c -> c >= 128));
    }

    /** Words in any case and script, digits, combining marks, punctuation and arbitrary chars. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Maria", "GARCIA", "straße", "ÉCOLE", "İstanbul", "e\u0301t\u00e9", "x123", "4539",
                        "Σίσυφος", "٣٤٥", " ", ", ", "-", "\n", "O'Brien"),
                Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(20).map(ps -> String.join("", ps));
    }
}
