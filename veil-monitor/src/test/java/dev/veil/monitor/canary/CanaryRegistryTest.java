package dev.veil.monitor.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanaryRegistryTest {
    static final CanaryRegistry REG = CanaryRegistry.builder()
            .add("finetune-2026", "VEIL-CANARY-7f3a9c21")
            .add("contract-msa", "zebra-lantern-quartz-91")
            .build();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # answer                                                  | expected ids (space separated, empty = none)
            The token is VEIL-CANARY-7f3a9c21 as requested.            | finetune-2026
            lowercase veil-canary-7f3a9c21 still counts                | finetune-2026
            zebra-lantern-quartz-91 and VEIL-CANARY-7F3A9C21           | contract-msa finetune-2026
            VEIL-CANARY-7f3a9c2 is one char short                      |
            nothing to see here                                        |
            """)
    void findsCanariesCaseInsensitively(String answer, String expected) {
        var ids = REG.find(answer).stream().map(CanaryRegistry.Hit::canaryId).sorted().toList();
        if (expected == null) {
            assertThat(ids).isEmpty();
        } else {
            assertThat(ids).containsExactlyElementsOf(java.util.Arrays.stream(expected.split(" ")).sorted().toList());
        }
    }

    @Test
    void hitsReportSpansAndRegistryNeverShowsCanaries() {
        String answer = "x VEIL-CANARY-7f3a9c21 y";
        CanaryRegistry.Hit h = REG.find(answer).get(0);
        assertThat(answer.substring(h.start(), h.end())).isEqualTo("VEIL-CANARY-7f3a9c21");
        assertThat(REG.toString()).doesNotContain("VEIL").contains("2 canaries");
        assertThat(REG.maxLength()).isEqualTo(23);
    }

    @Test
    void shortCanariesAndUnsafeIdsAreRejectedWithoutEchoingThem() {
        assertThatThrownBy(() -> CanaryRegistry.builder().add("a", "short")).hasMessageNotContaining("short'")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanaryRegistry.builder().add("bad id!", "long enough canary"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CanaryRegistry.builder().build().find("anything")).isEmpty();
    }
}
