package dev.veil.monitor.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on Veil's own evaluation sets. The development sets were used to write the rules;
 * the held-out sets were written after a freeze (sets 1 and 2 were later used to extend the rules,
 * set 3 never was), so set 3 is the honest estimate for unseen wordings.
 */
class ScreeningFloorsTest {
    private static final InputScreener SCREENER = InputScreener.builder().build();

    private static ScreeningEvaluation.Rates rates(String benign, String attacks) {
        ScreeningEvaluation.Rates r = ScreeningEvaluation.run(SCREENER, ScreeningCorpus.load(benign),
                ScreeningCorpus.load(attacks));
        System.out.printf(Locale.ROOT, "%s / %s: FP %d/%d (%.2f%%), detected %d/%d (%.2f%%)%n", benign, attacks,
                r.falsePositives(), r.benign(), 100 * r.fpRate(), r.detected(), r.attacks(), 100 * r.detectionRate());
        return r;
    }

    @Test
    void developmentSetsMeetFloors() {
        ScreeningEvaluation.Rates r = rates("benign.txt", "attacks.txt");
        assertThat(r.benign()).isGreaterThanOrEqualTo(250);
        assertThat(r.attacks()).isGreaterThanOrEqualTo(120);
        assertThat(r.fpRate()).isLessThanOrEqualTo(0.02);
        assertThat(r.detectionRate()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void heldOutSetsMeetFloors() {
        ScreeningEvaluation.Rates one = rates("heldout-benign.txt", "heldout-attacks.txt");
        ScreeningEvaluation.Rates two = rates("heldout2-benign.txt", "heldout2-attacks.txt");
        ScreeningEvaluation.Rates three = rates("heldout3-benign.txt", "heldout3-attacks.txt");
        int benign = one.benign() + two.benign() + three.benign();
        int fp = one.falsePositives() + two.falsePositives() + three.falsePositives();
        assertThat((double) fp / benign).isLessThanOrEqualTo(0.02);
        assertThat(one.detectionRate()).isGreaterThanOrEqualTo(0.90);
        assertThat(two.detectionRate()).isGreaterThanOrEqualTo(0.85);
        // Never tuned on: a floor that catches regressions, not a target.
        assertThat(three.detectionRate()).isGreaterThanOrEqualTo(0.50);
    }
}
