package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs complete (a hang would time the build out, a regex budget overflow would throw)
 * and give the right answer. No timing assertions.
 */
class ContactPathologicalInputTest {
    private static final int MB = 1 << 20;
    private static final Analyzer ALL = analyzer();

    private static Analyzer analyzer() {
        Analyzer.Builder b = Analyzer.builder().clearRecognizers();
        ContactRecognizers.all().forEach(b::addRecognizer);
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "1", "-", ".", ":", "@", "/", " ", "1 ", "1.", "1-", "1:", "a@", "a.", "::1:",
        "12/", "(1", "+1", "Street ", "1 Main Street ", "March ", "1/1/", "ff:"})
    void repeatedUnitsFindNothingOrValidSpans(String unit) {
        String text = unit.repeat(MB / unit.length());
        List<Finding> fs = ALL.analyze(text);
        assertValidSpans(text, fs);
        if (!unit.contains("Main")) {
            assertThat(fs).as("no entity in a megabyte of '%s'", unit).isEmpty();
        }
    }

    @Test
    void megabyteOfLettersThenAt() {
        String text = "a".repeat(MB) + "@";
        assertThat(ALL.analyze(text)).isEmpty();
    }

    @Test
    void megabyteOfDigits() {
        assertThat(ALL.analyze("7".repeat(MB))).isEmpty();
    }

    @Test
    void manyRealEntitiesAreAllFound() {
        String unit = "mail bob@example.com or call (415) 555-0132 from 10.0.0.1 on 2024-02-11. ";
        int copies = MB / unit.length();
        List<Finding> fs = ALL.analyze(unit.repeat(copies));
        assertThat(fs.stream().filter(f -> f.type() == EntityType.EMAIL)).hasSize(copies);
        assertThat(fs.stream().filter(f -> f.type() == EntityType.PHONE)).hasSize(copies);
        assertThat(fs.stream().filter(f -> f.type() == EntityType.IP_ADDRESS)).hasSize(copies);
        assertThat(fs.stream().filter(f -> f.type() == EntityType.DATE)).hasSize(copies);
    }

    @Test
    void randomBinaryAsText() {
        Random random = new Random(42);
        byte[] bytes = new byte[MB];
        random.nextBytes(bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertValidSpans(text, ALL.analyze(text));
        String utf8 = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertValidSpans(utf8, ALL.analyze(utf8));
    }

    private static void assertValidSpans(String text, List<Finding> fs) {
        int prevEnd = 0;
        for (Finding f : fs) {
            assertThat(f.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
            prevEnd = f.end();
        }
    }
}
