package dev.veil.detect.recognizers.medical;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Cues;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import java.util.List;
import java.util.Set;

/**
 * Health-plan beneficiary numbers (HIPAA identifier I) after an insurance label
 * ({@code member ID XGH123456789}, {@code policy # 88-1234567}, {@code group number 004512}).
 * Each insurer has its own format, so the label is required; the value is 5-20 letters and
 * digits (dash-joined groups allowed) with at least three digits. Two-word labels ("member ID")
 * are stronger than single words ("policy", "group").
 */
public final class HealthPlanIdRecognizer implements Recognizer {
    static final double STRONG = 0.8;
    static final double WEAK = 0.6;
    private static final Cues CUES = Cues.builder()
            .cue(STRONG, "member id", "member number", "member no", "member #", "subscriber id", "subscriber number",
                    "subscriber no", "policy number", "policy no", "policy #", "policy id", "group number", "group no",
                    "group #", "group id", "insurance id", "insurance number", "insurance no", "insurance policy",
                    "plan id", "plan number", "health plan", "beneficiary id", "beneficiary number", "medicaid",
                    "medicaid id", "insured id", "insurance card", "hicn")
            .cue(WEAK, "policy", "member", "subscriber", "insurance")
            .fillers("id", "card")
            .build();

    /** Digits after a insurance label are not a phone number, even when they would dial. */
    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.suppress(EntityType.PHONE, 0.4, "member id", "member number", "subscriber id",
                "policy number", "policy no", "group number", "insurance id", "insurance number", "medicaid")
                .window(3, 0));
    }

    @Override
    public String name() {
        return "health_plan_id";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.HEALTH_PLAN_ID);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[20];
        CUES.forEachValue(text, (t, score) -> {
            int last = TokenRuns.runEnd(text, t, "-", 20);
            int n = TokenRuns.copyUpper(text, t, last, buf);
            if (n >= 5 && TokenRuns.digitCount(buf, n) >= 3 && !TokenRuns.looksLikeDate(text, t, last)) {
                out.add(new Finding(EntityType.HEALTH_PLAN_ID, text.tokenStart(t), text.tokenEnd(last), score, name()));
            }
        });
    }
}
