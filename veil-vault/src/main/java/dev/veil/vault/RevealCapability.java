package dev.veil.vault;

import dev.veil.core.Scope;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Permission to re-identify: required by {@link TokenVault#reveal} and {@link TokenVault#revealAll}.
 * Creating one is a deliberate act that names who reveals and why, so every restore path is easy to
 * find with {@code grep RevealCapability.grant} and its principal and purpose can be audited.
 *
 * <p>A capability may be restricted to one tenant; the vault refuses it for other tenants' scopes.
 * It holds no secret, and its {@link #toString()} is safe to log.
 */
public final class RevealCapability {
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} ._:@/+=#-]{1,200}");

    private final String principal;
    private final String purpose;
    private final String tenant;

    private RevealCapability(String principal, String purpose, String tenant) {
        this.principal = checkLabel(principal, "principal");
        this.purpose = checkLabel(purpose, "purpose");
        this.tenant = tenant;
    }

    /** Grants reveal on every scope. */
    public static RevealCapability grant(String principal, String purpose) {
        return new RevealCapability(principal, purpose, null);
    }

    /** Grants reveal on the scopes of one tenant only. */
    public static RevealCapability grantForTenant(String principal, String purpose, String tenant) {
        return new RevealCapability(principal, purpose, Objects.requireNonNull(tenant, "tenant"));
    }

    public String principal() {
        return principal;
    }

    public String purpose() {
        return purpose;
    }

    /** The tenant this capability is limited to, if any. */
    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** Whether this capability covers {@code scope}. */
    public boolean permits(Scope scope) {
        return tenant == null || tenant.equals(scope.tenant());
    }

    /** Throws unless this capability covers {@code scope}. */
    void check(Scope scope) {
        if (!permits(scope)) {
            throw new VaultException("vault: reveal capability of '" + principal + "' does not cover tenant '"
                    + scope.tenant() + "'");
        }
    }

    static String checkLabel(String label, String what) {
        Objects.requireNonNull(label, what);
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException(what + " must be 1-200 letters, digits, spaces or ._:@/+=#-");
        }
        return label;
    }

    @Override
    public String toString() {
        return "RevealCapability[principal=" + principal + ", purpose=" + purpose
                + (tenant == null ? "" : ", tenant=" + tenant) + "]";
    }
}
