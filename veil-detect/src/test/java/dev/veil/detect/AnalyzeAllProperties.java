package dev.veil.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Finding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Analyzer#analyzeAll} is {@link Analyzer#analyze} on each text, whatever the texts. */
class AnalyzeAllProperties {
    private static final Analyzer ANALYZER = Analyzer.defaults();

    @Property(tries = 60, seed = "20261129")
    void groupedAnalysisEqualsOneByOne(@ForAll("texts") List<String> texts) {
        List<List<Finding>> all = ANALYZER.analyzeAll(texts);
        assertThat(all).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(all.get(i)).isEqualTo(ANALYZER.analyze(texts.get(i)));
        }
    }

    /** Lists of texts mixing PII-shaped pieces, words and arbitrary chars (non-ASCII and surrogates included). */
    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Maria Garcia", "(415) 555-0132", "4539 1488 0343 6467", "536-22-8726",
                        "maria.garcia@example.org", "12 Baker Street", "03/14/1985", "+44 7700 900123",
                        "Dr. Fields", "192.168.10.42", "password=hunter2x!", "the", "and", "\n", ", "),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> text = piece.list().ofMaxSize(30).map(ps -> String.join(" ", ps));
        return text.list().ofMaxSize(300);
    }
}
