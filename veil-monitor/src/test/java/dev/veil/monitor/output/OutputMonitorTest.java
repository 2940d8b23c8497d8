package dev.veil.monitor.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.SecretBytes;
import dev.veil.core.SecretValue;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.monitor.FailingRecognizer;
import dev.veil.monitor.MutableClock;
import dev.veil.monitor.RequestInfo;
import dev.veil.monitor.alert.Alert;
import dev.veil.monitor.alert.LogAlertSink;
import dev.veil.monitor.alert.Severity;
import dev.veil.monitor.baseline.BaselineTracker;
import dev.veil.monitor.canary.CanaryRegistry;
import dev.veil.monitor.echo.EchoPolicy;
import dev.veil.monitor.echo.ProtectedDocumentIndex;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OutputMonitorTest {
    static final SecretBytes KEY = SecretBytes.copyOf("output-monitor-test-key-0123456789".getBytes(StandardCharsets.US_ASCII));
    static final RequestInfo INFO = RequestInfo.of("key-9", "req-77", "local-llm");

    /** Small stand-ins for the built-in recognizers: e-mail addresses, 4-digit "cards" and sk- keys. */
    static final class FakeRecognizer implements Recognizer {
        private static final Pattern EMAIL = Pattern.compile("[a-z0-9.]+@[a-z0-9]+\\.[a-z]{2,}");
        private static final Pattern CARD = Pattern.compile("\\bCARD-\\d{4}\\b");
        private static final Pattern KEY = Pattern.compile("\\bsk-[A-Za-z0-9]{8,}");

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Set<EntityType> types() {
            return Set.of(EntityType.EMAIL, EntityType.CREDIT_CARD, EntityType.API_KEY);
        }

        @Override
        public void recognize(Text text, List<Finding> out) {
            add(text, EMAIL, EntityType.EMAIL, out);
            add(text, CARD, EntityType.CREDIT_CARD, out);
            add(text, KEY, EntityType.API_KEY, out);
        }

        private void add(Text text, Pattern p, EntityType t, List<Finding> out) {
            Matcher m = p.matcher(text.string());
            while (m.find()) {
                out.add(new Finding(t, m.start(), m.end(), 0.9, name()));
            }
        }
    }

    static final Analyzer ANALYZER = Analyzer.builder().clearRecognizers().addRecognizer(new FakeRecognizer()).build();
    static final CanaryRegistry CANARIES = CanaryRegistry.builder().add("ft-1", "VEIL-CANARY-7f3a9c21").build();

    final List<String> lines = new ArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T09:00:00Z"));

    OutputMonitor.Builder monitor() {
        return OutputMonitor.builder(KEY).analyzer(ANALYZER).canaries(CANARIES).clock(clock)
                .alertSink(LogAlertSink.to(lines::add));
    }

    @Test
    void entitiesTheCallerSentAreNotLeaksButNewOnesAreRedacted() {
        OutputMonitor m = monitor().build();
        ConversationLedger ledger = m.newLedger();
        String prompt = "Write to maria.garcia@example.org about the invoice";
        ledger.recordCallerText(prompt, ANALYZER.analyze(prompt));
        OutputResult r = m.scan("I emailed MARIA.GARCIA@EXAMPLE.ORG and cc'd john.doe@corp.com.",
                new AnswerContext(INFO, ledger));
        assertThat(r.blocked()).isFalse();
        // Known value (case differs: normalised digest still matches) untouched, the new one redacted.
        assertThat(r.text()).isEqualTo("I emailed MARIA.GARCIA@EXAMPLE.ORG and cc'd [REDACTED:EMAIL].");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("output.pii_leak");
            assertThat(f.type()).isEqualTo("EMAIL");
        });
        assertThat(lines).singleElement().satisfies(l -> assertThat(l)
                .contains("\"rule\":\"output.pii_leak\"", "\"EMAIL\":1", "\"requestId\":\"req-77\"")
                .doesNotContain("john.doe", "maria"));
    }

    @Test
    void issuedTokensAreKnownToo() {
        OutputMonitor m = monitor().build();
        ConversationLedger ledger = m.newLedger();
        ledger.recordIssuedToken(SecretValue.of("token.person1@veil.test"));
        OutputResult r = m.scan("Contact token.person1@veil.test", new AnswerContext(INFO, ledger));
        assertThat(r.findings()).isEmpty();
        assertThat(r.text()).isEqualTo("Contact token.person1@veil.test");
        assertThat(ledger.toString()).doesNotContain("person1");
    }

    @Test
    void secretsAreRedactedAndCanariesBlockWithCriticalAlert() {
        OutputMonitor m = monitor().build();
        AnswerContext ctx = new AnswerContext(INFO, m.newLedger());
        assertThat(m.scan("use sk-abcdef123456 now", ctx).text()).isEqualTo("use [REDACTED:API_KEY] now");

        lines.clear();
        OutputResult r = m.scan("the marker is veil-canary-7f3a9c21, right?", ctx);
        assertThat(r.blocked()).isTrue();
        assertThatThrownBy(r::text).isInstanceOf(IllegalStateException.class);
        assertThat(r.alerts()).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.counts()).containsEntry("canary:ft-1", 1);
        });
        assertThat(lines).singleElement().satisfies(l -> assertThat(l).doesNotContainIgnoringCase("7f3a9c21"));
    }

    @Test
    void flagPassesTextAndBlockStops() {
        AnswerContext ctx;
        OutputMonitor flag = monitor().piiLeakAction(OutputAction.FLAG).build();
        ctx = new AnswerContext(INFO, flag.newLedger());
        OutputResult r = flag.scan("mail bob@corp.com", ctx);
        assertThat(r.text()).isEqualTo("mail bob@corp.com");
        assertThat(r.alerts()).hasSize(1);
        OutputMonitor block = monitor().piiLeakAction(OutputAction.BLOCK).build();
        assertThat(block.scan("mail bob@corp.com", new AnswerContext(INFO, block.newLedger())).blocked()).isTrue();
    }

    @Test
    void protectedDocumentEchoBlocks() {
        String doc = "Quotes are valid for seventy-two hours and are stored with the tariff version so that an "
                + "audit can reproduce the exact calculation later, which the commercial director requires for every lane.";
        ProtectedDocumentIndex index = ProtectedDocumentIndex.builder(KEY).add("code-pricing", doc).build();
        OutputMonitor m = monitor().protectedDocuments(index, EchoPolicy.DEFAULT).build();
        OutputResult r = m.scan("Per policy: " + doc, new AnswerContext(INFO, m.newLedger()));
        assertThat(r.blocked()).isTrue();
        assertThat(r.findings()).extracting(OutputFinding::type).contains("doc:code-pricing");
        assertThat(r.alerts()).singleElement().extracting(Alert::severity).isEqualTo(Severity.HIGH);
        OutputResult fine = m.scan("Quotes usually expire after a few days.", new AnswerContext(INFO, m.newLedger()));
        assertThat(fine.blocked()).isFalse();
    }

    @Test
    void streamingStopsBeforeTheCanaryLeavesAndReleasesNothingAfter() {
        OutputMonitor m = monitor().streaming(16, 32, 32).build();
        AnswerStream s = m.open(new AnswerContext(INFO, m.newLedger()));
        StringBuilder sent = new StringBuilder();
        String answer = "This is a long harmless introduction that goes on for a while. Then VEIL-CANARY-7f3a9c21 appears "
                + "and more text follows that must never be sent.";
        boolean stopped = false;
        for (int i = 0; i < answer.length() && !stopped; i += 5) {
            StreamStep st = s.push(answer.substring(i, Math.min(answer.length(), i + 5)));
            sent.append(st.released());
            stopped = st.stopped();
        }
        assertThat(stopped).isTrue();
        assertThat(sent.toString()).startsWith("This is a long").doesNotContain("VEIL").doesNotContain("never");
        assertThat(s.push("more").released()).isEmpty();
        assertThat(s.finish().stopped()).isTrue();
    }

    @Test
    void anomalousAnswerForAKeyIsFlagged() {
        BaselineTracker tracker = BaselineTracker.builder().clock(clock).warmup(10).build();
        OutputMonitor m = monitor().baseline(tracker).piiLeakAction(OutputAction.FLAG).build();
        for (int i = 0; i < 15; i++) {
            clock.advance(Duration.ofMinutes(1));
            m.scan("nothing sensitive here", new AnswerContext(INFO, m.newLedger()));
        }
        lines.clear();
        clock.advance(Duration.ofMinutes(1));
        StringBuilder dump = new StringBuilder("Here are the cards:");
        for (int i = 0; i < 8; i++) {
            dump.append(" CARD-").append(1000 + i);
        }
        OutputResult r = m.scan(dump.toString(), new AnswerContext(INFO, m.newLedger()));
        assertThat(r.findings()).extracting(OutputFinding::type).contains("CREDIT_CARD:answer");
        assertThat(r.alerts()).extracting(Alert::rule).contains("output.anomaly", "output.pii_leak");
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("CARD-1000"));
    }

    @Test
    void failingAnalyzerBlocks() {
        FailingRecognizer boom = new FailingRecognizer(EntityType.EMAIL);
        OutputMonitor m = monitor().analyzer(Analyzer.builder().clearRecognizers().addRecognizer(boom).build()).build();
        OutputResult r = m.scan("anything", new AnswerContext(INFO, m.newLedger()));
        assertThat(r.blocked()).isTrue();
        assertThat(r.findings()).extracting(OutputFinding::rule).containsExactly("output.detector_failed");
    }

    @Test
    void resultsNeverPrintTheAnswer() {
        OutputMonitor m = monitor().build();
        OutputResult r = m.scan("secret plan bob@corp.com", new AnswerContext(INFO, m.newLedger()));
        assertThat(r.toString()).doesNotContain("secret plan").doesNotContain("bob");
        assertThat(new StreamStep("bob@corp.com", false, List.of()).toString()).doesNotContain("bob");
        assertThat(Map.of("a", r).toString()).doesNotContain("bob");
    }
}
