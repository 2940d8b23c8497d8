package dev.veil.vault.keys;

import com.google.crypto.tink.Aead;
import java.util.Set;

/**
 * Source of key-encryption keys (KEKs). The vault never stores a KEK: it stores data keys wrapped
 * (encrypted) by a KEK, together with the KEK's id, so a KEK can be rotated while older wraps stay
 * readable.
 *
 * <p>The interface deliberately hands out a Tink {@link Aead} rather than key bytes, so the key may
 * live where it cannot be exported:
 * <ul>
 *   <li><b>KMS</b> (AWS, GCP, Vault transit): Tink's KMS extensions return an {@code Aead} per key
 *       URI ({@code KmsClient.getAead(uri)}); the key id is the URI.</li>
 *   <li><b>PKCS#11 / HSM</b>: wrap a JCA {@code Cipher "AES/GCM/NoPadding"} from the SunPKCS11
 *       provider, keyed by a non-extractable key handle, in a small {@code Aead}; the key id is the
 *       token label and key alias.</li>
 * </ul>
 * Guarantees an implementation must give: {@link #primaryKeyId()} is stable for the provider's life;
 * {@link #keyEncryptionAead} returns the same key for the same id every time and throws
 * {@link dev.veil.vault.VaultKeyException} (never returns a substitute) for an id it does not hold;
 * {@code toString()} shows ids only.
 */
public interface KeyProvider {

    /** The id of the KEK that wraps new data keys: printable ASCII without spaces, at most 500 chars. */
    String primaryKeyId();

    /** Every id this provider can unwrap with, the primary included. */
    Set<String> keyIds();

    /**
     * The AEAD of the KEK {@code keyId}. Associated data passed to it binds each wrapped key to the
     * scope it belongs to.
     *
     * @throws dev.veil.vault.VaultKeyException if the provider does not hold {@code keyId}
     */
    Aead keyEncryptionAead(String keyId);
}
