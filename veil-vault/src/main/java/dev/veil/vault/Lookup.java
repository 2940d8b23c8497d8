package dev.veil.vault;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A keyed-MAC digest used as an index key (value lookup or subject index). Not secret on its own,
 * but it identifies a value within its key's domain, so {@link #toString()} shows only a prefix.
 */
record Lookup(byte[] bytes) {

    Lookup {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The backing array without a copy, for JDBC parameters. Callers must not modify it. */
    byte[] unsafeBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lookup other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Lookup[" + HexFormat.of().formatHex(bytes, 0, Math.min(2, bytes.length)) + "..]";
    }
}
