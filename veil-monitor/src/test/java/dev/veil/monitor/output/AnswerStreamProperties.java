package dev.veil.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.monitor.RequestInfo;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AnswerStreamProperties {
    static final OutputMonitor MONITOR = OutputMonitor.builder(OutputMonitorTest.KEY)
            .analyzer(OutputMonitorTest.ANALYZER).streaming(24, 40, 40).build();

    @Provide
    Arbitrary<String> answers() {
        return Arbitraries.of("hello", "world", "bob@corp.com", "CARD-1234", "sk-abcdefgh1234", "the", "answer", ",",
                        "\n", "maria.garcia@example.org", "é", "🙂", "x")
                .list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 300, seed = "20261129")
    void streamingInAnyChunkingEqualsTheWholeAnswerScan(@ForAll("answers") String answer,
                                                       @ForAll @IntRange(min = 1, max = 30) int piece) {
        AnswerContext ctx = new AnswerContext(RequestInfo.NONE, MONITOR.newLedger());
        OutputResult whole = MONITOR.scan(answer, ctx);
        AnswerStream s = MONITOR.open(ctx);
        StringBuilder sent = new StringBuilder();
        for (int i = 0; i < answer.length(); i += piece) {
            sent.append(s.push(answer.substring(i, Math.min(answer.length(), i + piece))).released());
        }
        sent.append(s.finish().released());
        assertThat(sent.toString()).isEqualTo(whole.text());
        assertThat(sortedTypes(s.findings())).isEqualTo(sortedTypes(whole.findings()));
        assertThat(s.findings()).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(answer.length()));
    }

    private static List<String> sortedTypes(List<OutputFinding> fs) {
        return fs.stream().map(f -> f.rule() + "/" + f.type() + "@" + f.start()).sorted().toList();
    }
}
