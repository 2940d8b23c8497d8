package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence of the vault: it only ever sees ciphertexts, wrapped keys, MAC digests and tokens, never
 * a value or a key in plaintext. Implementations: {@link SqliteVaultStore}, {@link PostgresVaultStore}.
 *
 * <p>Guarantees: every mutating method is one transaction; {@link #writeScope} serializes writers of
 * one scope across threads and processes (a row lock on the scope), so sequence numbers and
 * uniqueness checks made inside it hold until commit.
 */
interface VaultStore extends AutoCloseable {

    /** The vault-wide row: the wrapped subject-index key, and the erase epoch. */
    record MetaRow(String kekId, byte[] subjectKeyset, int keyVersion) {
    }

    /** One scope's wrapped data keys. {@code ref} is the scope's numeric id in this store. */
    record ScopeRow(long ref, String kekId, byte[] dekKeyset, byte[] macKeyset, int keyVersion) {
    }

    /** An existing mapping found by lookup; {@code expiresAt} is epoch millis or null for never. */
    record Hit(String token, Long expiresAt) {
    }

    /** A mapping to insert. */
    record NewEntry(Lookup lookup, String token, byte[] ciphertext, Lookup subject, Long expiresAt) {
    }

    /** A stored mapping as needed for reveal. */
    record SealedEntry(String token, byte[] ciphertext, Long expiresAt) {
    }

    /** Work done inside {@link #writeScope}, with the scope locked. */
    interface ScopeWriter {
        Map<Lookup, Hit> find(Collection<Lookup> lookups);

        /**
         * Reserves {@code counts.get(type)} sequence numbers for each type, in one statement; returns the
         * first number of each type's range.
         */
        Map<EntityType, Long> reserve(Map<EntityType, Integer> counts);

        /** Inserts each entry unless its lookup or token exists; result[i] tells whether entry i was inserted. */
        boolean[] insert(List<NewEntry> entries);

        /** Sets the expiry of existing entries. */
        void refresh(Collection<Lookup> lookups, Long expiresAt);
    }

    @FunctionalInterface
    interface WriteWork<T> {
        T run(ScopeWriter writer);
    }

    /** Raised by {@link #writeScope} when the scope was destroyed or re-keyed since the caller loaded it. */
    final class ScopeChangedException extends RuntimeException {
        ScopeChangedException() {
            super("vault store: scope changed concurrently", null, false, false);
        }
    }

    /** Stores {@code proposed} if the vault has no meta row yet; returns the stored row. */
    MetaRow initMeta(MetaRow proposed);

    /** Replaces the meta keys if their version is still {@code expectedVersion}. */
    boolean replaceMetaKeys(int expectedVersion, MetaRow next);

    /** A counter bumped by every erase, destroy and purge that removed something. */
    long epoch();

    Optional<ScopeRow> findScope(Scope scope);

    /** Creates the scope with {@code proposed} keys unless it exists; returns the stored row. */
    ScopeRow createScope(Scope scope, ScopeRow proposed, Long expiresAt);

    /** Replaces a scope's keys if their version is still {@code expectedVersion}. */
    boolean replaceScopeKeys(long ref, int expectedVersion, ScopeRow next);

    /** Every scope in the store, for eager key rotation. */
    List<Scope> scopes();

    /** Lookup without locking (committed data). */
    Map<Lookup, Hit> find(long ref, Collection<Lookup> lookups);

    /**
     * Runs {@code work} in one transaction with the scope row locked, then raises the scope's expiry to
     * {@code expiresAt} (null = never) and commits.
     *
     * @throws ScopeChangedException if the scope is gone or its key version is not {@code keyVersion}
     */
    <T> T writeScope(long ref, int keyVersion, Long expiresAt, WriteWork<T> work);

    Optional<SealedEntry> findByToken(long ref, String token);

    List<SealedEntry> findAll(long ref);

    /** Deletes every entry with this subject digest; returns the count per scope. */
    Map<Scope, Integer> eraseSubject(Lookup subject);

    /** Deletes the scope's entries, counters and keys; false if it did not exist. */
    boolean destroyScope(Scope scope);

    /** Deletes entries and scopes expired at {@code nowMillis}; returns the number of entries deleted. */
    int purgeExpired(long nowMillis);

    @Override
    void close();
}
