package dev.veil.monitor.output;

import dev.veil.monitor.alert.Alert;
import java.util.List;

/**
 * The outcome of monitoring a whole answer. {@link #text()} throws for a blocked answer, so it
 * cannot be sent by mistake; {@link #toString()} never prints the answer.
 */
public final class OutputResult {
    private final boolean blocked;
    private final String text;
    private final List<OutputFinding> findings;
    private final List<Alert> alerts;

    OutputResult(boolean blocked, String text, List<OutputFinding> findings, List<Alert> alerts) {
        this.blocked = blocked;
        this.text = text;
        this.findings = List.copyOf(findings);
        this.alerts = List.copyOf(alerts);
    }

    public boolean blocked() {
        return blocked;
    }

    /**
     * The answer to send, with redactions applied.
     *
     * @throws IllegalStateException if the answer was blocked
     */
    public String text() {
        if (blocked) {
            throw new IllegalStateException("output monitor: answer was blocked, nothing may be sent");
        }
        return text;
    }

    public List<OutputFinding> findings() {
        return findings;
    }

    public List<Alert> alerts() {
        return alerts;
    }

    @Override
    public String toString() {
        return "OutputResult[blocked=" + blocked + ", " + findings.size() + " findings, " + alerts.size() + " alerts]";
    }
}
