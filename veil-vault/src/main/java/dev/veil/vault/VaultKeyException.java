package dev.veil.vault;

/**
 * A key is missing, malformed or wrong (authentication of wrapped key material failed). The vault
 * refuses to work rather than produce partial output.
 */
public class VaultKeyException extends VaultException {
    public VaultKeyException(String message) {
        super(message);
    }

    public VaultKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
