package dev.veil.detect.recognizers.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import java.util.List;

/** Runs one recognizer through a full analyzer (context stage included) and checks the single finding. */
final class SecretAssertions {
    private SecretAssertions() {
    }

    static Analyzer only(Recognizer r) {
        return Analyzer.builder().clearRecognizers().addRecognizer(r).build();
    }

    /** {@code expected == null}: nothing is found; otherwise exactly one finding covering {@code expected}. */
    static void assertSingle(Analyzer analyzer, String text, String expected, EntityType type, String recognizer) {
        List<Finding> fs = analyzer.analyze(text);
        if (expected == null) {
            assertThat(fs).as("findings in a negative case").isEmpty();
            return;
        }
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(type);
            assertThat(f.textIn(text)).isEqualTo(expected);
            assertThat(f.recognizer()).isEqualTo(recognizer);
        });
    }
}
