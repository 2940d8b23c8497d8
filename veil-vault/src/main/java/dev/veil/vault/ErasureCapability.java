package dev.veil.vault;

/**
 * Permission to erase: required by {@link TokenVault#eraseSubject} and {@link TokenVault#destroyScope}.
 * Erasure is irreversible (restores of the erased tokens fail afterwards), so callers obtain this
 * deliberately, naming who erases and why (e.g. a GDPR Art. 17 request id). Holds no secret.
 */
public final class ErasureCapability {
    private final String principal;
    private final String reason;

    private ErasureCapability(String principal, String reason) {
        this.principal = RevealCapability.checkLabel(principal, "principal");
        this.reason = RevealCapability.checkLabel(reason, "reason");
    }

    public static ErasureCapability grant(String principal, String reason) {
        return new ErasureCapability(principal, reason);
    }

    public String principal() {
        return principal;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "ErasureCapability[principal=" + principal + ", reason=" + reason + "]";
    }
}
