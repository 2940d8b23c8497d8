package dev.veil.detect.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import java.util.List;

/** Runs one recognizer through a full analyzer (so its context rules apply) and checks the one expected span. */
public final class RecognizerAssert {
    private final Analyzer analyzer;
    private final EntityType type;
    private final String name;

    public RecognizerAssert(Recognizer r, EntityType type) {
        this.analyzer = Analyzer.builder().clearRecognizers().addRecognizer(r).build();
        this.type = type;
        this.name = r.name();
    }

    /** Asserts that {@code text} yields exactly {@code expected} (or nothing when it is null). */
    public void finds(String text, String expected) {
        List<Finding> fs = analyzer.analyze(text);
        if (expected == null) {
            assertThat(fs).as("findings in <%s>", text).isEmpty();
        } else {
            assertThat(fs).as("findings in <%s>", text).singleElement().satisfies(f -> {
                assertThat(f.type()).isEqualTo(type);
                assertThat(f.textIn(text)).isEqualTo(expected);
                assertThat(f.recognizer()).isEqualTo(name);
            });
        }
    }
}
