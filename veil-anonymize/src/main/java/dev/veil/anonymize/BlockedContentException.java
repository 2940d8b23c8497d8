package dev.veil.anonymize;

import dev.veil.core.EntityType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The text holds an entity type that the policy blocks (a private key, a password): the whole text
 * is refused rather than anonymized. Carries the blocked types, never the values.
 */
public final class BlockedContentException extends AnonymizeException {
    private static final long serialVersionUID = 1L;

    private final transient Set<EntityType> types;

    public BlockedContentException(Set<EntityType> types) {
        super("anonymize: blocked by policy: the text contains " + types);
        this.types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    }

    /** The blocked types found, at least one. */
    public Set<EntityType> types() {
        return types;
    }
}
