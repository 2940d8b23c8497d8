package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.checksum.UsTaxIds;
import java.util.List;
import java.util.Set;

/**
 * US Individual Taxpayer Identification Numbers: area 9xx and a group in 50-65, 70-88, 90-92 or
 * 94-99. Same layouts and scores as {@link SsnRecognizer} (the two never overlap: SSNs exclude 9xx).
 */
public final class ItinRecognizer implements Recognizer {

    @Override
    public String name() {
        return "us_itin";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.ITIN);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.ITIN, 0.45, "itin", "individual taxpayer",
                "taxpayer identification", "taxpayer id", "tax id", "tin"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        DigitGroups.scan(text, 9, 9, " -.", (start, end, d, len, groups) -> {
            if (d[0] != '9') {
                return;
            }
            double score = SsnRecognizer.layoutScore(text, start, end, groups);
            if (score == 0) {
                return;
            }
            int[] p = UsTaxIds.split(d);
            if (!UsTaxIds.isValidItin(p[0], p[1], p[2])) {
                return;
            }
            if (UsTaxIds.isKnownExample(p[0], p[1], p[2])) {
                score = SsnRecognizer.EXAMPLE;
            }
            out.add(new Finding(EntityType.ITIN, start, end, score, name()));
        });
    }
}
