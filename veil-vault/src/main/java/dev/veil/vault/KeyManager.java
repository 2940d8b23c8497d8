package dev.veil.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import dev.veil.core.Scope;
import dev.veil.vault.keys.KeyProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * The key hierarchy: KEKs from the {@link KeyProvider} wrap (Tink encrypted keysets) the vault-wide
 * subject-index key and, per scope, a data-encryption keyset and a lookup-MAC keyset. Wrapped keys
 * are bound to their scope by associated data, so a row copied to another scope does not unwrap.
 *
 * <p>Rotation is lazy and safe for concurrent replicas: when a scope's keys are found wrapped under a
 * KEK other than the provider's primary, they are re-wrapped under the primary and a fresh data key
 * becomes primary, with a compare-and-set on the key version; the loser of a race reloads the
 * winner's keys. Unwrapped primitives are cached (bounded) per scope.
 */
final class KeyManager {
    private static final int MAX_RELOADS = 5;
    private static final byte[] SUBJECT_AAD = "veil-vault/subject-key/v1".getBytes(StandardCharsets.UTF_8);

    private final KeyProvider provider;
    private final VaultStore store;
    private final BoundedCache<Scope, ScopeCrypto> cache;
    private final SubjectIndex subjects;

    KeyManager(KeyProvider provider, VaultStore store, int scopeCacheSize) {
        this.provider = provider;
        this.store = store;
        this.cache = new BoundedCache<>(scopeCacheSize);
        this.subjects = loadSubjectIndex();
    }

    SubjectIndex subjects() {
        return subjects;
    }

    private SubjectIndex loadSubjectIndex() {
        try {
            String primary = provider.primaryKeyId();
            KeysetHandle fresh = SubjectIndex.newKey();
            VaultStore.MetaRow row = store.initMeta(new VaultStore.MetaRow(primary,
                    wrap(fresh, primary, SUBJECT_AAD), 1));
            KeysetHandle key = unwrap(row.subjectKeyset(), row.kekId(), SUBJECT_AAD, "the vault-wide subject key");
            if (!row.kekId().equals(primary)) {
                // Only re-wrap: the subject digests of stored entries depend on this exact key.
                store.replaceMetaKeys(row.keyVersion(), new VaultStore.MetaRow(primary,
                        wrap(key, primary, SUBJECT_AAD), row.keyVersion() + 1));
            }
            return SubjectIndex.of(key);
        } catch (GeneralSecurityException e) {
            throw new VaultKeyException("vault: cannot create the subject-index key", e);
        }
    }

    /** The scope's keys, creating the scope (with {@code expiresAt}) if it does not exist. */
    ScopeCrypto forWrite(Scope scope, Long expiresAt) {
        ScopeCrypto cached = cache.get(scope);
        if (cached != null) {
            return cached;
        }
        Optional<VaultStore.ScopeRow> row = store.findScope(scope);
        if (row.isEmpty()) {
            row = Optional.of(store.createScope(scope, newScopeRow(scope), expiresAt));
        }
        return load(scope, row.get());
    }

    /** The scope's keys, or empty if the scope does not exist. */
    Optional<ScopeCrypto> forRead(Scope scope) {
        ScopeCrypto cached = cache.get(scope);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            return store.findScope(scope).map(row -> load(scope, row));
        } catch (VaultStore.ScopeChangedException destroyedMeanwhile) {
            return Optional.empty();
        }
    }

    void forget(Scope scope) {
        cache.remove(scope);
    }

    void forgetAll() {
        cache.clear();
    }

    /** Rotates every scope still wrapped under a non-primary KEK; returns how many were rotated. */
    int rotateAll() {
        int rotated = 0;
        for (Scope scope : store.scopes()) {
            Optional<VaultStore.ScopeRow> row = store.findScope(scope);
            if (row.isPresent() && !row.get().kekId().equals(provider.primaryKeyId())) {
                cache.remove(scope);
                try {
                    load(scope, row.get());
                    rotated++;
                } catch (VaultStore.ScopeChangedException destroyedMeanwhile) {
                    // Nothing left to rotate.
                }
            }
        }
        return rotated;
    }

    private ScopeCrypto load(Scope scope, VaultStore.ScopeRow first) {
        VaultStore.ScopeRow row = first;
        for (int i = 0; i < MAX_RELOADS; i++) {
            try {
                KeysetHandle dek = unwrap(row.dekKeyset(), row.kekId(), aad("dek", scope), "the data key of scope " + scope);
                KeysetHandle mac = unwrap(row.macKeyset(), row.kekId(), aad("mac", scope), "the lookup key of scope " + scope);
                String primary = provider.primaryKeyId();
                if (row.kekId().equals(primary)) {
                    ScopeCrypto sc = ScopeCrypto.of(scope, row.ref(), row.keyVersion(), dek, mac);
                    cache.put(scope, sc);
                    return sc;
                }
                VaultStore.ScopeRow next = new VaultStore.ScopeRow(row.ref(), primary,
                        wrap(ScopeCrypto.rotated(dek), primary, aad("dek", scope)),
                        wrap(mac, primary, aad("mac", scope)), row.keyVersion() + 1);
                store.replaceScopeKeys(row.ref(), row.keyVersion(), next);
                // Whether we won or another replica did, the stored row is now the truth.
                Optional<VaultStore.ScopeRow> reread = store.findScope(scope);
                if (reread.isEmpty()) {
                    throw new VaultStore.ScopeChangedException();
                }
                row = reread.get();
            } catch (GeneralSecurityException e) {
                throw new VaultKeyException("vault: cannot use the keys of scope " + scope, e);
            }
        }
        throw new VaultException("vault: the keys of scope " + scope + " kept changing while loading them");
    }

    private VaultStore.ScopeRow newScopeRow(Scope scope) {
        try {
            String primary = provider.primaryKeyId();
            return new VaultStore.ScopeRow(0, primary, wrap(ScopeCrypto.newDek(), primary, aad("dek", scope)),
                    wrap(ScopeCrypto.newLookupMac(), primary, aad("mac", scope)), 1);
        } catch (GeneralSecurityException e) {
            throw new VaultKeyException("vault: cannot create keys for scope " + scope, e);
        }
    }

    private byte[] wrap(KeysetHandle keyset, String kekId, byte[] aad) throws GeneralSecurityException {
        Aead kek = provider.keyEncryptionAead(kekId);
        return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, kek, aad);
    }

    private KeysetHandle unwrap(byte[] wrapped, String kekId, byte[] aad, String what) {
        Aead kek = provider.keyEncryptionAead(kekId);
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, kek, aad);
        } catch (GeneralSecurityException e) {
            throw new VaultKeyException("vault: cannot unwrap " + what + " with key '" + kekId
                    + "': wrong key or corrupted key data", e);
        }
    }

    private static byte[] aad(String kind, Scope scope) {
        // Length-prefix the tenant: both parts may contain '/', so plain concatenation could collide.
        return ("veil-vault/scope-" + kind + "/v1:" + scope.tenant().length() + ":" + scope.tenant() + ":" + scope.id())
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "KeyManager[provider=" + provider + ", cached scopes=" + cache + "]";
    }
}
