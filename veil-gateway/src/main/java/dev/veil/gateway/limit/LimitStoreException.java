package dev.veil.gateway.limit;

/** The rate-limit store could not be reached or answered wrongly; the message names no key or value. */
public final class LimitStoreException extends RuntimeException {
    public LimitStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
