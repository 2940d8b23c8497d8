package dev.veil.monitor.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.monitor.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BaselineTrackerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private BaselineTracker tracker() {
        return BaselineTracker.builder().clock(clock).warmup(20).z(4).minExcess(3).build();
    }

    @Test
    void answerFarAboveItsBaselineIsAnomalousAfterWarmup() {
        BaselineTracker t = tracker();
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(t.observe("key:k1", Map.of(EntityType.CREDIT_CARD, i % 2))).isEmpty();
        }
        clock.advance(Duration.ofMinutes(1));
        List<BaselineTracker.Anomaly> a = t.observe("key:k1", Map.of(EntityType.CREDIT_CARD, 12));
        assertThat(a).extracting(BaselineTracker.Anomaly::kind).contains(BaselineTracker.Kind.ANSWER);
        assertThat(a.get(0).type()).isEqualTo(EntityType.CREDIT_CARD);
        assertThat(a.get(0).mean()).isLessThan(1.0);
        // Another key's baseline is separate and still warming up.
        assertThat(t.observe("key:k2", Map.of(EntityType.CREDIT_CARD, 12))).isEmpty();
    }

    @Test
    void nothingIsJudgedDuringWarmup() {
        BaselineTracker t = tracker();
        for (int i = 0; i < 19; i++) {
            assertThat(t.observe("model:m", Map.of(EntityType.EMAIL, i == 18 ? 50 : 0))).isEmpty();
        }
    }

    @Test
    void manySmallAnswersInOneBucketRaiseARateAnomalyOncePerBucket() {
        BaselineTracker t = tracker();
        // 30 quiet minutes: one answer with one card per minute.
        for (int i = 0; i < 30; i++) {
            t.observe("key:k1", Map.of(EntityType.CREDIT_CARD, 1));
            clock.advance(Duration.ofMinutes(1));
        }
        // Then 10 answers with two cards each within one minute: each answer is normal, the rate is not.
        int rateAlerts = 0;
        int answerAlerts = 0;
        for (int i = 0; i < 10; i++) {
            for (BaselineTracker.Anomaly a : t.observe("key:k1", Map.of(EntityType.CREDIT_CARD, 2))) {
                if (a.kind() == BaselineTracker.Kind.RATE) {
                    rateAlerts++;
                } else {
                    answerAlerts++;
                }
            }
        }
        assertThat(rateAlerts).isEqualTo(1);
        assertThat(answerAlerts).isZero();
    }

    @Test
    void typesMissingFromAnAnswerCountAsZeroAndSubjectsAreBounded() {
        BaselineTracker t = BaselineTracker.builder().clock(clock).maxSubjects(3).build();
        for (int i = 0; i < 5; i++) {
            t.observe("key:" + i, Map.of(EntityType.EMAIL, 1));
        }
        assertThat(t.subjects()).isEqualTo(3);
        assertThat(t.wouldFlag("key:0", EntityType.EMAIL, 100)).isFalse();
    }

    @Property(tries = 100, seed = "20261129")
    void quietHistoryNeverFlagsAnAnswerWithinItsRange(
            @ForAll @Size(min = 25, max = 80) List<@IntRange(min = 0, max = 3) Integer> history) {
        BaselineTracker t = BaselineTracker.builder().clock(clock).build();
        for (int c : history) {
            t.observe("key:p", Map.of(EntityType.PHONE, c));
        }
        // A count no bigger than anything seen before is never "many deviations above" (minExcess 3).
        assertThat(t.wouldFlag("key:p", EntityType.PHONE, 2)).isFalse();
    }
}
