package dev.veil.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A sensitive string: an original value from a document, a password, an API key. The content is
 * reachable only through {@link #reveal()}, which is easy to grep for.
 *
 * <p>Guarantee: {@link #toString()} never prints the content, so a SecretValue that ends up in a
 * log line, an exception message or a debugger watch shows {@code ***}. Equality is
 * constant-time in the content length.
 */
public final class SecretValue {
    private final String value;

    private SecretValue(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static SecretValue of(String value) {
        return new SecretValue(value);
    }

    /** The raw content. Every call site is a place where sensitive data is handled. */
    public String reveal() {
        return value;
    }

    public int length() {
        return value.length();
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    public byte[] utf8() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretValue other
                && MessageDigest.isEqual(utf8(), other.utf8());
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "SecretValue[***]";
    }
}
