package dev.veil.vault;

import dev.veil.core.Scope;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;

/**
 * What {@link TokenVault#eraseSubject} removed: a count and the scopes it touched, never values or
 * tokens, so it can go to an audit log or back to the data subject as is.
 *
 * @param erased number of mappings removed
 * @param scopes the scopes that held at least one of them, ordered by {@link Scope#key()}
 */
public record ErasureReport(int erased, Set<Scope> scopes) {

    public ErasureReport {
        if (erased < 0) {
            throw new IllegalArgumentException("erased < 0");
        }
        TreeSet<Scope> sorted = new TreeSet<>(Comparator.comparing(Scope::key));
        sorted.addAll(Objects.requireNonNull(scopes, "scopes"));
        scopes = Collections.unmodifiableSet(sorted);
    }
}
