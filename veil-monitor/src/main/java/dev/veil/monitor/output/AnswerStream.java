package dev.veil.monitor.output;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.DetectionException;
import dev.veil.monitor.alert.Alert;
import dev.veil.monitor.alert.Severity;
import dev.veil.monitor.baseline.BaselineTracker;
import dev.veil.monitor.canary.CanaryRegistry;
import dev.veil.monitor.echo.EchoMatch;
import dev.veil.monitor.echo.EchoScanner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monitors one answer as it streams. Text is released in chunks, always a little behind what the
 * model produced (the hold-back), so that an entity is judged whole before any of it is sent and
 * a BLOCK can stop the stream before the offending text leaves. Each chunk is analyzed with some
 * already-released text before it as context.
 *
 * <p>Feeding the whole answer in one {@link #push} and calling {@link #finish()} gives exactly the
 * result of {@link OutputMonitor#scan}: that method is implemented that way. Not thread-safe: one
 * stream per answer, used by the thread that relays it.
 */
public final class AnswerStream {
    static final String PII_LEAK = "output.pii_leak";
    static final String SECRET = "output.secret";
    static final String CANARY = "output.canary";
    static final String ECHO = "output.echo";
    static final String ANOMALY = "output.anomaly";
    static final String DETECTOR_FAILED = "output.detector_failed";

    private final OutputMonitor m;
    private final AnswerContext ctx;
    private final EchoScanner echo;
    private final StringBuilder pending = new StringBuilder();
    private String tail = "";
    private int releasedOrig;
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final Map<EntityType, Integer> entityCounts = new EnumMap<>(EntityType.class);
    private final List<OutputFinding> findings = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    private final StringBuilder releasedText = new StringBuilder();
    private boolean stopped;
    private boolean finished;

    AnswerStream(OutputMonitor m, AnswerContext ctx) {
        this.m = m;
        this.ctx = ctx;
        this.echo = m.echoIndex == null ? null : m.echoIndex.scanner(m.echoPolicy);
    }

    /** Adds the next piece of the answer; returns what may be sent now. */
    public StreamStep push(String delta) {
        if (stopped || finished) {
            return new StreamStep("", stopped, List.of());
        }
        pending.append(delta);
        if (pending.length() < m.chunk + m.hold) {
            return new StreamStep("", false, List.of());
        }
        return process(false);
    }

    /** Ends the answer: judges and releases everything held back, updates baselines, publishes alerts. */
    public StreamStep finish() {
        if (stopped || finished) {
            return new StreamStep("", stopped, List.of());
        }
        return process(true);
    }

    public boolean stopped() {
        return stopped;
    }

    /** Everything found so far. */
    public List<OutputFinding> findings() {
        return List.copyOf(findings);
    }

    /** Alerts published so far (at the end of the answer, or when it was stopped). */
    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    String releasedText() {
        return releasedText.toString();
    }

    private record Cut(int start, int end, String replacement) {
    }

    private StreamStep process(boolean last) {
        String text = tail + pending;
        int off = tail.length();
        int cut = last ? text.length() : text.length() - m.hold;
        if (!last) {
            while (cut > off && cut < text.length() && Character.isLetterOrDigit(text.charAt(cut - 1))
                    && Character.isLetterOrDigit(text.charAt(cut))) {
                cut--;
            }
        }
        List<Finding> fs;
        try {
            fs = m.analyzer.analyze(text);
        } catch (DetectionException e) {
            // Fail closed: an answer we could not inspect is not sent.
            return block(List.of(new OutputFinding(DETECTOR_FAILED, "analyzer", -1, -1, OutputAction.BLOCK)));
        }
        List<CanaryRegistry.Hit> hits = m.canaries.find(text);
        if (!last) {
            cut = holdBackStraddlers(fs, hits, off, cut);
            if (cut <= off) {
                return new StreamStep("", false, List.of());
            }
        }
        List<OutputFinding> step = new ArrayList<>();
        List<Cut> cuts = new ArrayList<>();
        boolean block = false;
        int base = releasedOrig - off;
        for (Finding f : fs) {
            if (f.start() < off || f.end() > cut) {
                continue;
            }
            String rule;
            OutputAction action;
            if (f.type().isSecret()) {
                rule = SECRET;
                action = m.secretAction;
            } else {
                entityCounts.merge(f.type(), 1, Integer::sum);
                if (ctx.ledger().isKnown(text.subSequence(f.start(), f.end()))) {
                    continue;
                }
                rule = PII_LEAK;
                action = m.piiAction;
            }
            step.add(new OutputFinding(rule, f.type().name(), base + f.start(), base + f.end(), action));
            block |= action == OutputAction.BLOCK;
            if (action == OutputAction.REDACT) {
                cuts.add(new Cut(f.start(), f.end(), "[REDACTED:" + f.type().name() + "]"));
            }
        }
        for (CanaryRegistry.Hit h : hits) {
            if (h.end() <= off || h.end() > cut) {
                continue;
            }
            step.add(new OutputFinding(CANARY, "canary:" + h.canaryId(), base + h.start(), base + h.end(),
                    m.canaryAction));
            block |= m.canaryAction == OutputAction.BLOCK;
            if (m.canaryAction == OutputAction.REDACT) {
                cuts.add(new Cut(Math.max(off, h.start()), h.end(), "[REDACTED:CANARY]"));
            }
        }
        if (echo != null) {
            List<EchoMatch> matches = new ArrayList<>(echo.feed(text.substring(off, cut)));
            if (last) {
                matches.addAll(echo.finish());
            }
            for (EchoMatch em : matches) {
                step.add(new OutputFinding(ECHO, "doc:" + em.documentId(), -1, -1, m.echoAction));
                block |= m.echoAction == OutputAction.BLOCK;
            }
        }
        if (!block && m.baseline != null && m.anomalyAction == OutputAction.BLOCK) {
            for (Map.Entry<EntityType, Integer> e : entityCounts.entrySet()) {
                for (String subject : subjects()) {
                    if (m.baseline.wouldFlag(subject, e.getKey(), e.getValue())) {
                        step.add(new OutputFinding(ANOMALY, e.getKey().name() + ":answer", -1, -1, OutputAction.BLOCK));
                        block = true;
                    }
                }
            }
        }
        if (block) {
            return block(step);
        }
        record(step);
        String released = redact(text, off, cut, cuts);
        releasedText.append(released);
        String judged = text.substring(0, cut);
        releasedOrig += cut - off;
        tail = judged.substring(Math.max(0, judged.length() - m.context));
        pending.setLength(0);
        pending.append(text, cut, text.length());
        if (last) {
            finished = true;
            observeBaselines(step);
            publish();
        }
        return new StreamStep(released, false, step);
    }

    /** Moves the cut back so no finding or canary that crosses it is split between two chunks. */
    private static int holdBackStraddlers(List<Finding> fs, List<CanaryRegistry.Hit> hits, int off, int cut) {
        int c = cut;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Finding f : fs) {
                if (f.start() >= off && f.start() < c && f.end() > c) {
                    c = f.start();
                    moved = true;
                }
            }
            for (CanaryRegistry.Hit h : hits) {
                if (h.start() < c && h.end() > c) {
                    c = Math.max(off, h.start());
                    moved = c > off;
                }
            }
        }
        return c;
    }

    private static String redact(String text, int from, int to, List<Cut> cuts) {
        if (cuts.isEmpty()) {
            return text.substring(from, to);
        }
        cuts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder sb = new StringBuilder(to - from);
        int pos = from;
        for (Cut c : cuts) {
            if (c.end() <= pos) {
                continue;
            }
            if (c.start() > pos) {
                sb.append(text, pos, c.start());
            }
            sb.append(c.replacement());
            pos = c.end();
        }
        sb.append(text, pos, to);
        return sb.toString();
    }

    private StreamStep block(List<OutputFinding> step) {
        record(step);
        stopped = true;
        publish();
        return new StreamStep("", true, step);
    }

    private void record(List<OutputFinding> step) {
        for (OutputFinding f : step) {
            findings.add(f);
            counts.computeIfAbsent(f.rule(), r -> new TreeMap<>()).merge(f.type(), 1, Integer::sum);
        }
    }

    private List<String> subjects() {
        List<String> s = new ArrayList<>(2);
        if (ctx.info().keyId() != null) {
            s.add("key:" + ctx.info().keyId());
        }
        if (ctx.info().model() != null) {
            s.add("model:" + ctx.info().model());
        }
        return s;
    }

    private void observeBaselines(List<OutputFinding> step) {
        if (m.baseline == null) {
            return;
        }
        List<OutputFinding> anomalies = new ArrayList<>();
        for (String subject : subjects()) {
            for (BaselineTracker.Anomaly a : m.baseline.observe(subject, entityCounts)) {
                anomalies.add(new OutputFinding(ANOMALY, a.type().name() + ":" + a.kind().name().toLowerCase(
                        java.util.Locale.ROOT), -1, -1, OutputAction.FLAG));
            }
        }
        record(anomalies);
        step.addAll(anomalies);
    }

    private void publish() {
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            Alert a = Alert.builder(severity(e.getKey(), e.getValue()), e.getKey()).counts(e.getValue())
                    .keyId(ctx.info().keyId()).requestId(ctx.info().requestId()).model(ctx.info().model())
                    .time(m.clock.instant()).build();
            alerts.add(a);
            if (m.sink != null) {
                m.sink.publish(a);
            }
        }
    }

    private static Severity severity(String rule, Map<String, Integer> types) {
        return switch (rule) {
            case CANARY -> Severity.CRITICAL;
            case SECRET, ECHO, DETECTOR_FAILED -> Severity.HIGH;
            case ANOMALY -> types.keySet().stream().anyMatch(t -> t.endsWith(":rate")) ? Severity.HIGH : Severity.MEDIUM;
            default -> Severity.MEDIUM;
        };
    }

    @Override
    public String toString() {
        return "AnswerStream[released " + releasedOrig + " chars, " + findings.size() + " findings, stopped=" + stopped + "]";
    }
}
