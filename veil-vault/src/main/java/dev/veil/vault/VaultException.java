package dev.veil.vault;

/**
 * A vault operation failed and returned nothing. Messages name the component and the reason, never a
 * value or a token.
 */
public class VaultException extends RuntimeException {
    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
