package dev.veil.monitor.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import dev.veil.monitor.FailingRecognizer;
import dev.veil.monitor.RequestInfo;
import org.junit.jupiter.api.Test;

class ScreenCacheTest {
    private static final String[] CORPORA = {"benign.txt", "attacks.txt", "heldout-benign.txt", "heldout-attacks.txt"};

    @Test
    void cachedScreeningGivesTheSameResultsOnEveryCall() {
        InputScreener plain = InputScreener.builder().build();
        InputScreener cached = InputScreener.builder().cache(1000).build();
        for (String corpus : CORPORA) {
            for (ScreeningCorpus.Item it : ScreeningCorpus.load(corpus).items()) {
                ScreenResult want = plain.screen(it.text(), RequestInfo.NONE);
                for (int i = 0; i < 2; i++) {
                    ScreenResult got = cached.screen(it.text(), RequestInfo.NONE);
                    assertThat(got.outcome()).isEqualTo(want.outcome());
                    if (!want.blocked()) {
                        assertThat(got.text()).isEqualTo(want.text());
                    }
                    assertThat(got.detections()).isEqualTo(want.detections());
                    assertThat(got.scores()).isEqualTo(want.scores());
                    assertThat(got.fired()).isEqualTo(want.fired());
                }
            }
        }
    }

    @Test
    void detectorFailuresAreNotCachedAndStillBlock() {
        FailingRecognizer boom = new FailingRecognizer(EntityType.API_KEY);
        InputScreener failing = InputScreener.builder().cache(10)
                .analyzer(Analyzer.builder().clearRecognizers().addRecognizer(boom).build()).build();
        String prompt = "a long enough prompt about quarterly numbers and nothing else at all, really nothing";
        for (int i = 0; i < 3; i++) {
            ScreenResult r = failing.screen(prompt, RequestInfo.NONE);
            assertThat(r.blocked()).isTrue();
            assertThat(r.reason()).contains(InputScreener.DETECTOR_FAILED);
        }
        assertThat(boom.calls()).isEqualTo(3);
    }
}
