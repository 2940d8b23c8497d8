package dev.veil.detect.recognizers.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Pathological inputs complete (no timing assertions: a hang would time out the build) with a correct result. */
class NamedEntityRecognizerBadInputTest {
    private static final Analyzer ANALYZER = NamedEntityRecognizerTest.ANALYZER;
    private static final int MB = 1 << 20;

    @Test
    void megabyteOfLettersAndAtSigns() {
        String s = "aaaa@".repeat(MB / 5);
        assertThat(ANALYZER.analyze(s)).isEmpty();
    }

    @Test
    void megabyteOfDigitsDashesAndDots() {
        assertThat(ANALYZER.analyze("7".repeat(MB))).isEmpty();
        assertThat(ANALYZER.analyze("-".repeat(MB))).isEmpty();
        assertThat(ANALYZER.analyze(".".repeat(MB))).isEmpty();
    }

    @Test
    void randomBinaryAsText() {
        byte[] bytes = new byte[MB];
        new SplittableRandom(1).nextBytes(bytes);
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Finding> fs = ANALYZER.analyze(s);
        assertThat(fs).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(s.length()));
    }

    @Test
    void aNameStillFoundAfterAMegabyteOfNoise() {
        String s = "x ".repeat(MB / 2) + "Dr. Ana Lopez saw the patient in Boston.";
        List<Finding> fs = ANALYZER.analyze(s);
        assertThat(fs).extracting(f -> f.textIn(s)).containsExactly("Dr. Ana Lopez", "Boston");
    }

    @Test
    void emptyAndBlank() {
        assertThat(ANALYZER.analyze("")).isEmpty();
        assertThat(ANALYZER.analyze(" \n\t ")).isEmpty();
    }
}
