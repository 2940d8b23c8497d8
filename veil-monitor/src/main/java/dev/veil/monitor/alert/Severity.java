package dev.veil.monitor.alert;

/**
 * How urgent an alert is. The order is meaningful: later constants are more severe. Each level
 * maps to an RFC 5424 syslog severity code.
 */
public enum Severity {
    /** Informational: recorded, no action expected. */
    INFO(6),
    /** Worth a look in the next review. */
    LOW(5),
    /** Policy violation that was handled (masked, redacted) but should be reviewed. */
    MEDIUM(4),
    /** Likely attack or leak; someone should look today. */
    HIGH(3),
    /** A canary or equivalent tripwire fired: treat as an incident now. */
    CRITICAL(2);

    private final int syslogCode;

    Severity(int syslogCode) {
        this.syslogCode = syslogCode;
    }

    /** The RFC 5424 severity code (0 emergency ... 7 debug). */
    public int syslogCode() {
        return syslogCode;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
