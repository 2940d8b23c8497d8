package dev.veil.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.SecretValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationLedgerTest {

    @Test
    void tokensRecordedOnDemandAreKnownLikeEagerOnes() {
        OutputMonitor m = OutputMonitor.builder(OutputMonitorTest.KEY).analyzer(OutputMonitorTest.ANALYZER).build();
        ConversationLedger lazy = m.newLedger();
        ConversationLedger eager = m.newLedger();
        List<String> tokens = List.of("[PERSON_1]", "[EMAIL_1]", "Jane Roe");
        lazy.recordIssuedTokensOnDemand(tokens);
        tokens.forEach(t -> eager.recordIssuedToken(SecretValue.of(t)));
        for (String v : List.of("[PERSON_1]", "[EMAIL_1]", "Jane Roe", "jane roe", "[PERSON_2]", "John Doe")) {
            assertThat(lazy.isKnown(v)).as(v).isEqualTo(eager.isKnown(v));
        }
        assertThat(lazy.size()).isEqualTo(eager.size());
        lazy.recordIssuedTokensOnDemand(List.of("[PHONE_1]"));
        lazy.recordIssuedTokensOnDemand(List.of("[PHONE_2]"));
        assertThat(lazy.isKnown("[PHONE_1]")).isTrue();
        assertThat(lazy.isKnown("[PHONE_2]")).isTrue();
    }
}
