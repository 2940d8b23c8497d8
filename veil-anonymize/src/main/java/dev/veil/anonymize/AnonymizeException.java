package dev.veil.anonymize;

/**
 * A failure of anonymization or restore. The message names the component and the reason, never a
 * value, a token or a piece of the text, so it is safe to log and to show.
 */
public class AnonymizeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnonymizeException(String message) {
        super(message);
    }

    public AnonymizeException(String message, Throwable cause) {
        super(message, cause);
    }
}
