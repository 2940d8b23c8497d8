package dev.veil.detect.recognizers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Per-type precision and recall of the identifier recognizers on a generated corpus (see
 * {@link IdentifierCorpus}), through the full default analyzer so that phone, date and other
 * readings of the same digits compete. A span counts only with the exact type and offsets.
 */
class IdentifierCorpusTest {
    private static final Set<EntityType> MINE = EnumSet.of(EntityType.SSN, EntityType.ITIN, EntityType.EIN,
            EntityType.PASSPORT, EntityType.DRIVER_LICENSE, EntityType.UK_NINO, EntityType.UK_NHS, EntityType.DE_TAX_ID,
            EntityType.FR_NIR, EntityType.ES_NIF, EntityType.IT_FISCAL_CODE, EntityType.NL_BSN, EntityType.VIN,
            EntityType.IBAN, EntityType.SWIFT_BIC, EntityType.ABA_ROUTING, EntityType.BANK_ACCOUNT,
            EntityType.CRYPTO_WALLET, EntityType.CARD_EXPIRY, EntityType.CARD_CVV, EntityType.MEDICAL_RECORD_NUMBER,
            EntityType.NPI, EntityType.DEA_NUMBER, EntityType.MEDICARE_MBI, EntityType.HEALTH_PLAN_ID,
            EntityType.LICENSE_PLATE, EntityType.DEVICE_ID);

    @Test
    void everyTypeIsFoundExactlyAndNothingElseIsReportedAsOne() {
        Analyzer analyzer = Analyzer.defaults();
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, fp, fn
        for (IdentifierCorpus.Doc doc : IdentifierCorpus.generate(20_260_101L, 3000)) {
            List<Finding> found = analyzer.analyze(doc.text());
            for (IdentifierCorpus.Span g : doc.gold()) {
                boolean hit = found.stream()
                        .anyMatch(f -> f.type() == g.type() && f.start() == g.start() && f.end() == g.end());
                counts.computeIfAbsent(g.type(), k -> new int[3])[hit ? 0 : 2]++;
                if (!hit && System.getenv("VEIL_CORPUS_DEBUG") != null) {
                    System.out.println("FN " + g + " in: " + doc.text() + " -> " + found);
                }
            }
            for (Finding f : found) {
                boolean gold = doc.gold().stream().anyMatch(g -> f.type() == g.type() && f.start() == g.start()
                        && f.end() == g.end());
                if (MINE.contains(f.type()) && !gold) {
                    counts.computeIfAbsent(f.type(), k -> new int[3])[1]++;
                    if (System.getenv("VEIL_CORPUS_DEBUG") != null) {
                        System.out.println("FP " + f + " " + f.textIn(doc.text()) + " in: " + doc.text());
                    }
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder table = new StringBuilder(String.format("%-22s %5s %4s %4s%n", "type", "tp", "fp", "fn"));
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            table.append(String.format("%-22s %5d %4d %4d%n", e.getKey(), c[0], c[1], c[2]));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        System.out.print(table);
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            assertThat(c[0] / (double) (c[0] + c[2])).as("recall of %s%n%s", e.getKey(), table)
                    .isGreaterThanOrEqualTo(0.97);
        }
        assertThat(counts.keySet()).containsAll(MINE);
        assertThat(tp / (double) (tp + fp)).as("precision%n%s", table).isGreaterThanOrEqualTo(0.99);
        assertThat(tp / (double) (tp + fn)).as("recall%n%s", table).isGreaterThanOrEqualTo(0.99);
    }
}
