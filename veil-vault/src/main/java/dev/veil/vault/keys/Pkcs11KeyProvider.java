package dev.veil.vault.keys;

import com.google.crypto.tink.Aead;
import dev.veil.core.SecretValue;
import dev.veil.vault.VaultKeyException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Key-encryption keys held in a PKCS#11 token (an HSM, a smart card, SoftHSM), through the JDK's
 * SunPKCS11 provider. Each KEK is an AES key on the token, found by its alias (CKA_LABEL); it never
 * leaves the token: wrapping and unwrapping a data key is an AES-GCM operation the token performs
 * ({@code C_Encrypt}/{@code C_Decrypt} with CKM_AES_GCM, a fresh 96-bit IV per wrap, the scope as
 * associated data).
 *
 * <p>Key ids are {@code pkcs11:<alias>}; the first alias given is the primary (it wraps new data
 * keys), the others stay readable, so rotating means creating a new key on the token and putting
 * its alias first. Guarantees: the PIN is held only as a {@link SecretValue} and is never part of a
 * message or {@code toString()}; a missing alias, a wrong PIN or an unusable token is a
 * {@link VaultKeyException} at {@link #open}, before any data is touched.
 */
public final class Pkcs11KeyProvider implements KeyProvider {
    /** Prefix of the key ids of this provider. */
    public static final String ID_PREFIX = "pkcs11:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Provider provider;
    private final String library;
    private final Map<String, Aead> aeads;
    private final String primary;

    private Pkcs11KeyProvider(Provider provider, String library, Map<String, Aead> aeads, String primary) {
        this.provider = provider;
        this.library = library;
        this.aeads = aeads;
        this.primary = primary;
    }

    /**
     * Logs in to the token in {@code slot} of the PKCS#11 {@code library} and finds the AES keys
     * {@code aliases} (primary first).
     *
     * @param slot the token's slot id, or -1 for the first slot with a token
     * @throws VaultKeyException if the library, the token, the login or a key is unusable
     */
    public static Pkcs11KeyProvider open(Path library, long slot, SecretValue pin, List<String> aliases) {
        Objects.requireNonNull(pin, "pin");
        if (aliases == null || aliases.isEmpty()) {
            throw new VaultKeyException("pkcs11 key provider: no key alias given");
        }
        Provider p = provider(library, slot, "");
        KeyStore ks = login(p, pin);
        SecureRandom random = new SecureRandom();
        Map<String, Aead> aeads = new LinkedHashMap<>();
        for (String alias : aliases) {
            Key key;
            try {
                key = ks.getKey(alias, null);
            } catch (GeneralSecurityException e) {
                throw new VaultKeyException("pkcs11 key provider: cannot read key '" + alias + "' ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            if (!(key instanceof SecretKey sk) || !"AES".equalsIgnoreCase(sk.getAlgorithm())) {
                throw new VaultKeyException("pkcs11 key provider: the token holds no AES key '" + alias + "'");
            }
            aeads.put(ID_PREFIX + alias, new GcmAead(p, sk, random));
        }
        return new Pkcs11KeyProvider(p, library.toString(), Map.copyOf(aeads), ID_PREFIX + aliases.get(0));
    }

    /**
     * Creates a 256-bit AES key on the token, sensitive and not extractable, under {@code alias}
     * (an administrative step, e.g. before a rotation). Fails if the alias is taken.
     */
    public static void createAesKey(Path library, long slot, SecretValue pin, String alias) {
        // keys generated through this provider are sensitive and not extractable from the start
        Provider p = provider(library, slot, "\nattributes(generate, CKO_SECRET_KEY, CKK_AES) = {\n"
                + "  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}");
        KeyStore ks = login(p, pin);
        try {
            if (ks.containsAlias(alias)) {
                throw new VaultKeyException("pkcs11 key provider: alias '" + alias + "' already exists on the token");
            }
            KeyGenerator gen = KeyGenerator.getInstance("AES", p);
            gen.init(256);
            ks.setKeyEntry(alias, gen.generateKey(), null, null);
        } catch (GeneralSecurityException e) {
            throw new VaultKeyException("pkcs11 key provider: cannot create key '" + alias + "' ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Provider provider(Path library, long slot, String extraConfig) {
        Objects.requireNonNull(library, "library");
        if (!Files.isRegularFile(library)) {
            throw new VaultKeyException("pkcs11 key provider: library " + library + " not found");
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new VaultKeyException("pkcs11 key provider: this JDK has no SunPKCS11 provider");
        }
        // inline configuration ("--" prefix); one provider instance per call, so two tokens can be open
        String config = "--name=veil-" + Integer.toHexString(System.identityHashCode(new Object()))
                + "\nlibrary=" + library.toAbsolutePath()
                + (slot >= 0 ? "\nslot=" + slot : "\nslotListIndex=0") + extraConfig;
        try {
            return base.configure(config);
        } catch (RuntimeException e) {
            throw new VaultKeyException("pkcs11 key provider: cannot load " + library + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static KeyStore login(Provider p, SecretValue pin) {
        char[] chars = pin.reveal().toCharArray();
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", p);
            ks.load(null, chars);
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new VaultKeyException("pkcs11 key provider: login to the token failed (wrong PIN, or no token "
                    + "in the slot)", e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public String primaryKeyId() {
        return primary;
    }

    @Override
    public Set<String> keyIds() {
        return aeads.keySet();
    }

    @Override
    public Aead keyEncryptionAead(String keyId) {
        Aead a = aeads.get(keyId);
        if (a == null) {
            throw new VaultKeyException("pkcs11 key provider: no key with id '" + keyId + "'");
        }
        return a;
    }

    @Override
    public String toString() {
        return "Pkcs11KeyProvider[" + provider.getName() + " " + library + ", keys " + aeads.keySet()
                + ", primary " + primary + "]";
    }

    /** AES-GCM on the token: output is IV (12 bytes) then ciphertext and tag. */
    private static final class GcmAead implements Aead {
        private final Provider provider;
        private final SecretKey key;
        private final SecureRandom random;

        GcmAead(Provider provider, SecretKey key, SecureRandom random) {
            this.provider = provider;
            this.key = key;
            this.random = random;
        }

        @Override
        public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            if (associatedData != null) {
                c.updateAAD(associatedData);
            }
            byte[] ct = c.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + ct.length).put(iv).put(ct).array();
        }

        @Override
        public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
            if (ciphertext.length < IV_BYTES + TAG_BITS / 8) {
                throw new GeneralSecurityException("ciphertext too short");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding", provider);
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 0, IV_BYTES));
            if (associatedData != null) {
                c.updateAAD(associatedData);
            }
            return c.doFinal(ciphertext, IV_BYTES, ciphertext.length - IV_BYTES);
        }
    }
}
