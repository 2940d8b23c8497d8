package dev.veil.monitor.output;

/** What output monitoring does about a finding in an answer. Ordered by strength. */
public enum OutputAction {
    /** Pass the answer unchanged and raise an alert. */
    FLAG,
    /** Replace the offending span with a placeholder such as {@code [REDACTED:EMAIL]} and alert. */
    REDACT,
    /** Stop the answer (mid-stream if streaming) and alert. */
    BLOCK
}
