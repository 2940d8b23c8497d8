package dev.veil.detect;

/**
 * Detection could not complete. Callers must fail closed: a text whose analysis failed is never
 * passed on unmasked. The message names the recognizer and the reason, never the text.
 */
public final class DetectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DetectionException(String message) {
        super(message);
    }

    public DetectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
