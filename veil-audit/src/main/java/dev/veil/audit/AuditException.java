package dev.veil.audit;

/**
 * The audit log could not do what was asked: a record could not be made durable (disk full,
 * permissions, closed log), or the stored log is damaged. Callers must fail closed: a gateway that
 * cannot audit a request answers 503 and does not forward it.
 *
 * <p>Messages name the component, the file and the reason, never record content.
 */
public class AuditException extends RuntimeException {

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
