package dev.veil.detect.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.recognizers.finance.FinanceRecognizers;
import dev.veil.detect.recognizers.ids.IdRecognizers;
import dev.veil.detect.recognizers.medical.MedicalRecognizers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs through the identifier recognizers (ids, finance, medical): each must finish
 * (a hang would time the build out, a regex budget overflow would throw) and find nothing, since
 * none of these inputs holds an identifier.
 */
class IdentifierPathologicalInputTest {
    private static final int MB = 1 << 20;

    static Stream<String> inputs() {
        Random rnd = new Random(42);
        byte[] bytes = new byte[MB];
        rnd.nextBytes(bytes);
        char[] binary = new char[MB];
        for (int i = 0; i < MB; i++) {
            binary[i] = (char) (bytes[i] & 0xff);
        }
        return Stream.of(
                "aaaa@".repeat(MB / 5),
                "1".repeat(MB),
                "-".repeat(MB),
                ".".repeat(MB),
                "1-".repeat(MB / 2),
                "AB ".repeat(MB / 3),
                "mrn account passport serial ".repeat(MB / 28),
                "(01)".repeat(MB / 4),
                new String(binary));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void completesWithNoFindings(String input) {
        List<Recognizer> mine = new ArrayList<>();
        mine.addAll(IdRecognizers.all());
        mine.addAll(FinanceRecognizers.all());
        mine.addAll(MedicalRecognizers.all());
        Analyzer.Builder b = Analyzer.builder().clearRecognizers();
        mine.forEach(b::addRecognizer);
        List<Finding> fs = b.build().analyze(input);
        assertThat(fs).isEmpty();
    }
}
