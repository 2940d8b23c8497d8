package dev.veil.detect.recognizers.contact;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import java.util.List;

/** Test helper: runs one recognizer through a full analyzer (so its context rules apply). */
final class Spans {
    private Spans() {
    }

    static Analyzer only(Recognizer... rs) {
        Analyzer.Builder b = Analyzer.builder().clearRecognizers();
        for (Recognizer r : rs) {
            b.addRecognizer(r);
        }
        return b.build();
    }

    /** The texts of the findings, in order. */
    static List<String> texts(Analyzer a, String text) {
        return a.analyze(text).stream().map(f -> f.textIn(text)).toList();
    }

    /** Expected spans from a table cell: empty/null means none, several are separated by " ; ". */
    static List<String> expected(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.replace("\\n", "\n").split(" ; "));
    }

    static String unescape(String cell) {
        return cell.replace("\\n", "\n");
    }

    static List<Finding> findings(Analyzer a, String text) {
        return a.analyze(text);
    }
}
