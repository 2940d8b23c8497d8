package dev.veil.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.mac.MacConfig;
import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * One scope's cached Tink primitives: the data-encryption AEAD (AES-256-GCM keyset; older keys stay
 * in the keyset after rotation so older ciphertexts still open) and the lookup MAC (HMAC-SHA256,
 * 128-bit tag, never rotated because lookups of existing values depend on it).
 *
 * <p>Guarantees: the lookup digest of a value depends on a key unique to the scope, so equal values in
 * two scopes have unrelated digests; each ciphertext is bound to its token through associated data, so
 * swapping ciphertexts between rows fails authentication. {@link #toString()} shows no key.
 */
final class ScopeCrypto {
    static final HmacParameters LOOKUP_MAC;

    static {
        try {
            AeadConfig.register();
            MacConfig.register();
            LOOKUP_MAC = HmacParameters.builder().setKeySizeBytes(32).setTagSizeBytes(16)
                    .setHashType(HmacParameters.HashType.SHA256).setVariant(HmacParameters.Variant.NO_PREFIX).build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final byte[] ENTRY_AAD = "veil-vault/entry/v1:".getBytes(StandardCharsets.UTF_8);

    private final Scope scope;
    private final long ref;
    private final int keyVersion;
    private final Aead dek;
    private final Mac lookupMac;

    private ScopeCrypto(Scope scope, long ref, int keyVersion, Aead dek, Mac lookupMac) {
        this.scope = scope;
        this.ref = ref;
        this.keyVersion = keyVersion;
        this.dek = dek;
        this.lookupMac = lookupMac;
    }

    static ScopeCrypto of(Scope scope, long ref, int keyVersion, KeysetHandle dek, KeysetHandle mac)
            throws GeneralSecurityException {
        return new ScopeCrypto(scope, ref, keyVersion, dek.getPrimitive(RegistryConfiguration.get(), Aead.class),
                mac.getPrimitive(RegistryConfiguration.get(), Mac.class));
    }

    /** Fresh keysets for a new scope. */
    static KeysetHandle newDek() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    }

    static KeysetHandle newLookupMac() throws GeneralSecurityException {
        return KeysetHandle.generateNew(LOOKUP_MAC);
    }

    /** {@code dek} plus a fresh primary key; the old keys remain for decryption. */
    static KeysetHandle rotated(KeysetHandle dek) throws GeneralSecurityException {
        return KeysetHandle.newBuilder(dek)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                .build();
    }

    Scope scope() {
        return scope;
    }

    long ref() {
        return ref;
    }

    int keyVersion() {
        return keyVersion;
    }

    /** The scope-keyed digest of (type, value): the value-to-token index key. */
    Lookup lookup(EntityType type, SecretValue value) {
        byte[] name = type.name().getBytes(StandardCharsets.US_ASCII);
        byte[] v = value.utf8();
        byte[] input = new byte[name.length + 1 + v.length];
        System.arraycopy(name, 0, input, 0, name.length);
        // Type names never contain NUL, so (type, value) pairs map to distinct inputs.
        System.arraycopy(v, 0, input, name.length + 1, v.length);
        try {
            return new Lookup(lookupMac.computeMac(input));
        } catch (GeneralSecurityException e) {
            throw new VaultException("vault: lookup MAC failed for scope " + scope, e);
        } finally {
            java.util.Arrays.fill(v, (byte) 0);
            java.util.Arrays.fill(input, (byte) 0);
        }
    }

    byte[] seal(SecretValue value, String token) {
        byte[] v = value.utf8();
        try {
            return dek.encrypt(v, aad(token));
        } catch (GeneralSecurityException e) {
            throw new VaultException("vault: encryption failed for scope " + scope, e);
        } finally {
            java.util.Arrays.fill(v, (byte) 0);
        }
    }

    /** Decrypts and authenticates; throws if the ciphertext, token binding or key does not match. */
    SecretValue open(byte[] ciphertext, String token) throws GeneralSecurityException {
        byte[] v = dek.decrypt(ciphertext, aad(token));
        try {
            return SecretValue.of(new String(v, StandardCharsets.UTF_8));
        } finally {
            java.util.Arrays.fill(v, (byte) 0);
        }
    }

    private static byte[] aad(String token) {
        byte[] t = token.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[ENTRY_AAD.length + t.length];
        System.arraycopy(ENTRY_AAD, 0, out, 0, ENTRY_AAD.length);
        System.arraycopy(t, 0, out, ENTRY_AAD.length, t.length);
        return out;
    }

    @Override
    public String toString() {
        return "ScopeCrypto[" + scope + ", ref=" + ref + ", keyVersion=" + keyVersion + "]";
    }
}
