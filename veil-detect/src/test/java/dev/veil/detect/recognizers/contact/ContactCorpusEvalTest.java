package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Per-type precision and recall of the contact family on {@link ContactCorpus}, matched the way
 * ../shared/tools/pii_eval.py matches spans (same type family, char IoU >= 0.5 or >= 80% covered).
 * Prints the table; fails if any type falls below 0.9 in precision or recall.
 */
class ContactCorpusEvalTest {
    private static final Set<EntityType> LOC = Set.of(EntityType.ADDRESS, EntityType.ZIP, EntityType.LOCATION);

    private static boolean isYoungAge(String text, ContactCorpus.Gold g) {
        if (g.type() != EntityType.AGE) {
            return false;
        }
        String digits = text.substring(g.start(), g.end()).replaceAll("[^0-9]", "");
        return !digits.isEmpty() && digits.length() < 4 && Integer.parseInt(digits) <= 89;
    }

    @Test
    void perTypePrecisionAndRecall() {
        Analyzer.Builder b = Analyzer.builder().clearRecognizers();
        ContactRecognizers.all().forEach(b::addRecognizer);
        Analyzer analyzer = b.build();
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, fp, fn
        StringBuilder misses = new StringBuilder();
        for (ContactCorpus.Doc doc : ContactCorpus.generate(700, 20240211L)) {
            List<Finding> found = analyzer.analyze(doc.text());
            for (ContactCorpus.Gold g : doc.gold()) {
                if (isYoungAge(doc.text(), g)) {
                    continue; // ages up to 89 are scored below the threshold by design (HIPAA Safe Harbor)
                }
                boolean hit = found.stream()
                        .anyMatch(f -> matches(g.type(), g.start(), g.end(), f.type(), f.start(), f.end()));
                counts.computeIfAbsent(g.type(), k -> new int[3])[hit ? 0 : 2]++;
                if (!hit && misses.length() < 2000) {
                    misses.append("missed ").append(g.type()).append(": ")
                            .append(doc.text(), g.start(), g.end()).append('\n'); // synthetic values only
                }
            }
            for (Finding f : found) {
                boolean hit = doc.gold().stream()
                        .anyMatch(g -> matches(f.type(), f.start(), f.end(), g.type(), g.start(), g.end()));
                if (!hit) {
                    if (misses.length() < 2000) {
                        misses.append("extra ").append(f.type()).append(": ")
                                .append(doc.text(), f.start(), f.end()).append('\n');
                    }
                    counts.computeIfAbsent(f.type(), k -> new int[3])[1]++;
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s%n",
                "type", "tp", "fp", "fn", "P", "R"));
        counts.forEach((t, c) -> table.append(String.format(Locale.ROOT, "%-12s %6d %6d %6d %7.3f %7.3f%n",
                t, c[0], c[1], c[2], precision(c), recall(c))));
        System.out.print(table);
        System.out.print(misses);
        assertThat(counts).allSatisfy((t, c) -> {
            assertThat(precision(c)).as("precision of %s%n%s", t, table).isGreaterThanOrEqualTo(0.9);
            assertThat(recall(c)).as("recall of %s%n%s", t, table).isGreaterThanOrEqualTo(0.9);
        });
    }

    /** pii_eval.py's rule: same family, overlap with IoU >= 0.5 or covering >= 80% of x. */
    private static boolean matches(EntityType xt, int xa, int xb, EntityType yt, int ya, int yb) {
        if (xt != yt && !(LOC.contains(xt) && LOC.contains(yt))) {
            return false;
        }
        int inter = Math.max(0, Math.min(xb, yb) - Math.max(xa, ya));
        if (inter == 0) {
            return false;
        }
        int union = Math.max(xb, yb) - Math.min(xa, ya);
        return (double) inter / union >= 0.5 || (double) inter / (xb - xa) >= 0.8;
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }
}
