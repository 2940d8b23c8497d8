package dev.veil.monitor.output;

import dev.veil.core.SecretBytes;
import dev.veil.detect.Analyzer;
import dev.veil.monitor.alert.AlertSink;
import dev.veil.monitor.baseline.BaselineTracker;
import dev.veil.monitor.canary.CanaryRegistry;
import dev.veil.monitor.echo.EchoPolicy;
import dev.veil.monitor.echo.ProtectedDocumentIndex;
import java.time.Clock;
import java.util.Objects;

/**
 * Watches every answer, streamed or whole, for:
 * <ul>
 *   <li>{@code output.pii_leak}: entities that are neither values the caller sent nor tokens issued
 *       in this conversation (checked by keyed digest in a {@link ConversationLedger});
 *   <li>{@code output.secret}: credentials;
 *   <li>{@code output.canary}: admin-registered canary strings (always CRITICAL);
 *   <li>{@code output.echo}: reproduction of a protected document (run of N words or containment);
 *   <li>{@code output.anomaly}: entity counts far above the key's or model's baseline.
 * </ul>
 *
 * <pre>{@code
 * OutputMonitor monitor = OutputMonitor.builder(key).canaries(canaries)
 *         .protectedDocuments(index, EchoPolicy.DEFAULT).baseline(tracker).alertSink(sink).build();
 * ConversationLedger ledger = monitor.newLedger();          // one per conversation
 * ledger.recordCallerText(prompt, promptFindings);
 * OutputResult r = monitor.scan(answer, new AnswerContext(info, ledger));
 * }</pre>
 *
 * <p>Guarantees: immutable and thread-safe once built (per-answer state lives in the
 * {@link AnswerStream}). Findings and alerts carry types, counts, rule ids and offsets, never
 * values. If entity detection fails the answer is blocked (fail closed).
 */
public final class OutputMonitor {
    final Analyzer analyzer;
    final CanaryRegistry canaries;
    final ProtectedDocumentIndex echoIndex;
    final EchoPolicy echoPolicy;
    final BaselineTracker baseline;
    final ValueHasher hasher;
    final OutputAction piiAction;
    final OutputAction secretAction;
    final OutputAction canaryAction;
    final OutputAction echoAction;
    final OutputAction anomalyAction;
    final AlertSink sink;
    final Clock clock;
    final int chunk;
    final int hold;
    final int context;

    private OutputMonitor(Builder b) {
        this.analyzer = b.analyzer != null ? b.analyzer : Analyzer.defaults();
        this.canaries = b.canaries;
        this.echoIndex = b.echoIndex;
        this.echoPolicy = b.echoPolicy;
        this.baseline = b.baseline;
        this.hasher = new ValueHasher(b.key);
        this.piiAction = b.piiAction;
        this.secretAction = b.secretAction;
        this.canaryAction = b.canaryAction;
        this.echoAction = b.echoAction;
        this.anomalyAction = b.anomalyAction;
        this.sink = b.sink;
        this.clock = b.clock;
        this.chunk = b.chunk;
        this.hold = b.hold;
        this.context = b.context;
    }

    /**
     * @param key at least 16 bytes; keys the digests in every {@link ConversationLedger} this
     *            monitor creates
     */
    public static Builder builder(SecretBytes key) {
        return new Builder(key);
    }

    /** A ledger for one conversation, keyed with this monitor's key. */
    public ConversationLedger newLedger() {
        return new ConversationLedger(hasher);
    }

    /** Starts monitoring a streamed answer. */
    public AnswerStream open(AnswerContext ctx) {
        return new AnswerStream(this, Objects.requireNonNull(ctx));
    }

    /** Monitors a whole answer. */
    public OutputResult scan(String answer, AnswerContext ctx) {
        AnswerStream s = open(ctx);
        s.push(Objects.requireNonNull(answer, "answer"));
        s.finish();
        return new OutputResult(s.stopped(), s.stopped() ? null : s.releasedText(), s.findings(), s.alerts());
    }

    /**
     * Settings. Defaults: every built-in recognizer; no canaries, no protected documents, no
     * baseline; PII leaks REDACT, secrets REDACT, canaries BLOCK, echo BLOCK, anomalies FLAG;
     * streaming releases in chunks of 512 chars, holds back 256 and keeps 256 chars of context.
     */
    public static final class Builder {
        private final SecretBytes key;
        private Analyzer analyzer;
        private CanaryRegistry canaries = CanaryRegistry.empty();
        private ProtectedDocumentIndex echoIndex;
        private EchoPolicy echoPolicy = EchoPolicy.DEFAULT;
        private BaselineTracker baseline;
        private OutputAction piiAction = OutputAction.REDACT;
        private OutputAction secretAction = OutputAction.REDACT;
        private OutputAction canaryAction = OutputAction.BLOCK;
        private OutputAction echoAction = OutputAction.BLOCK;
        private OutputAction anomalyAction = OutputAction.FLAG;
        private AlertSink sink;
        private Clock clock = Clock.systemUTC();
        private int chunk = 512;
        private int hold = 256;
        private int context = 256;

        private Builder(SecretBytes key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        public Builder analyzer(Analyzer a) {
            this.analyzer = Objects.requireNonNull(a);
            return this;
        }

        public Builder canaries(CanaryRegistry c) {
            this.canaries = Objects.requireNonNull(c);
            return this;
        }

        public Builder protectedDocuments(ProtectedDocumentIndex index, EchoPolicy policy) {
            this.echoIndex = Objects.requireNonNull(index);
            this.echoPolicy = Objects.requireNonNull(policy);
            return this;
        }

        public Builder baseline(BaselineTracker t) {
            this.baseline = Objects.requireNonNull(t);
            return this;
        }

        public Builder piiLeakAction(OutputAction a) {
            this.piiAction = Objects.requireNonNull(a);
            return this;
        }

        public Builder secretAction(OutputAction a) {
            this.secretAction = Objects.requireNonNull(a);
            return this;
        }

        public Builder canaryAction(OutputAction a) {
            this.canaryAction = Objects.requireNonNull(a);
            return this;
        }

        /** FLAG or BLOCK: an echo is a run across the answer, there is no single span to redact. */
        public Builder echoAction(OutputAction a) {
            if (a == OutputAction.REDACT) {
                throw new IllegalArgumentException("echo action must be FLAG or BLOCK");
            }
            this.echoAction = a;
            return this;
        }

        /** FLAG or BLOCK (BLOCK stops an answer once its count alone is anomalous). */
        public Builder anomalyAction(OutputAction a) {
            if (a == OutputAction.REDACT) {
                throw new IllegalArgumentException("anomaly action must be FLAG or BLOCK");
            }
            this.anomalyAction = a;
            return this;
        }

        public Builder alertSink(AlertSink s) {
            this.sink = s;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /**
         * Streaming: judge and release text in chunks of {@code chunk} chars, hold back the last
         * {@code hold} chars (entities longer than this can be split) and give the analyzer
         * {@code context} chars of released text before each chunk.
         */
        public Builder streaming(int chunk, int hold, int context) {
            if (chunk < 1 || hold < 0 || context < 0) {
                throw new IllegalArgumentException("streaming sizes must be positive");
            }
            this.chunk = chunk;
            this.hold = hold;
            this.context = context;
            return this;
        }

        public OutputMonitor build() {
            return new OutputMonitor(this);
        }
    }
}
