package dev.veil.vault.keys;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Permission to export raw key material ({@link LocalKeyRing#exportKey}), e.g. for an offline
 * backup. Grep for {@code KeyExportCapability.grant} to find every place that does it.
 */
public final class KeyExportCapability {
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} ._:@/+=#-]{1,200}");

    private final String principal;
    private final String purpose;

    private KeyExportCapability(String principal, String purpose) {
        this.principal = check(principal, "principal");
        this.purpose = check(purpose, "purpose");
    }

    public static KeyExportCapability grant(String principal, String purpose) {
        return new KeyExportCapability(principal, purpose);
    }

    public String principal() {
        return principal;
    }

    public String purpose() {
        return purpose;
    }

    private static String check(String label, String what) {
        Objects.requireNonNull(label, what);
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException(what + " must be 1-200 letters, digits, spaces or ._:@/+=#-");
        }
        return label;
    }

    @Override
    public String toString() {
        return "KeyExportCapability[principal=" + principal + ", purpose=" + purpose + "]";
    }
}
