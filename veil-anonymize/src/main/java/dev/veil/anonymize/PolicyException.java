package dev.veil.anonymize;

/**
 * A policy that does not load: unknown key, wrong type, invalid value. The message names the
 * source, the line and the column; {@link #line()} is 0 when the error has no position (a missing
 * file).
 */
public final class PolicyException extends AnonymizeException {
    private static final long serialVersionUID = 1L;

    private final int line;

    PolicyException(String source, int line, int column, String reason) {
        super("policy " + source + (line > 0 ? " line " + line + ", column " + column : "") + ": " + reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
