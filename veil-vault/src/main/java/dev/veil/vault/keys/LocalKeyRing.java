package dev.veil.vault.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import dev.veil.core.SecretBytes;
import dev.veil.vault.VaultKeyException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Versioned AES-256 key-encryption keys held in process memory, read from an environment variable or
 * a key file ({@link KeyProviders}). The first key is primary; the others stay usable for unwrapping
 * data keys that were wrapped before a rotation.
 *
 * <p>Text form (environment variable or key file): entries {@code id:base64} separated by commas,
 * whitespace or new lines, primary first; {@code #} starts a comment line. A lone {@code base64} key
 * without an id gets the id {@value #DEFAULT_ID}. Each key is 32 random bytes.
 *
 * <p>Immutable. {@link #toString()} lists ids only; key bytes leave only through
 * {@link #exportKey}, which needs a {@link KeyExportCapability}.
 */
public final class LocalKeyRing implements KeyProvider {
    /** Id given to a key written without one. */
    public static final String DEFAULT_ID = "default";
    static final int KEY_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String source;
    private final Map<String, SecretBytes> keys;
    private final Map<String, Aead> aeads;

    private LocalKeyRing(String source, LinkedHashMap<String, SecretBytes> keys) {
        if (keys.isEmpty()) {
            throw new VaultKeyException("key provider (" + source + "): no key");
        }
        this.source = source;
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        LinkedHashMap<String, Aead> built = new LinkedHashMap<>();
        keys.forEach((id, key) -> built.put(id, aead(key, source, id)));
        this.aeads = Collections.unmodifiableMap(built);
    }

    /**
     * Parses the text form. {@code source} names where it came from (e.g. "environment variable
     * VEIL_MASTER_KEY") for error messages, which never contain key material.
     */
    public static LocalKeyRing parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            for (String e : l.split("[,\\s]+")) {
                if (!e.isEmpty()) {
                    entries.add(e);
                }
            }
        }
        LinkedHashMap<String, SecretBytes> keys = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            int colon = entry.indexOf(':');
            String id;
            String b64;
            if (colon < 0) {
                if (entries.size() > 1) {
                    throw new VaultKeyException("key provider (" + source + "): entry " + (i + 1)
                            + " has no id; with several keys each must be written id:base64");
                }
                id = DEFAULT_ID;
                b64 = entry;
            } else {
                id = entry.substring(0, colon);
                b64 = entry.substring(colon + 1);
            }
            if (!ID.matcher(id).matches()) {
                throw new VaultKeyException("key provider (" + source + "): entry " + (i + 1)
                        + " has an invalid id; ids match " + ID.pattern());
            }
            if (keys.containsKey(id)) {
                throw new VaultKeyException("key provider (" + source + "): key id '" + id + "' appears twice");
            }
            keys.put(id, decode(b64, source, id));
        }
        return new LocalKeyRing(source, keys);
    }

    /** A ring holding one key. */
    public static LocalKeyRing of(String id, SecretBytes key, String source) {
        LinkedHashMap<String, SecretBytes> keys = new LinkedHashMap<>();
        keys.put(checkId(id), checkLength(key, source, id));
        return new LocalKeyRing(source, keys);
    }

    /** A new ring whose primary is {@code key}, keeping every existing key for unwrapping. */
    public LocalKeyRing withNewPrimary(String id, SecretBytes key) {
        checkId(id);
        if (keys.containsKey(id)) {
            throw new VaultKeyException("key provider (" + source + "): key id '" + id + "' already exists");
        }
        LinkedHashMap<String, SecretBytes> next = new LinkedHashMap<>();
        next.put(id, checkLength(key, source, id));
        next.putAll(keys);
        return new LocalKeyRing(source, next);
    }

    @Override
    public String primaryKeyId() {
        return keys.keySet().iterator().next();
    }

    @Override
    public Set<String> keyIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(keys.keySet()));
    }

    @Override
    public Aead keyEncryptionAead(String keyId) {
        Aead a = aeads.get(keyId);
        if (a == null) {
            throw new VaultKeyException("key provider (" + source + "): no key with id '" + keyId
                    + "'; the vault data was wrapped with a key this provider does not hold");
        }
        return a;
    }

    /** Raw key bytes, for backup. The capability documents who exported and why. */
    public SecretBytes exportKey(String keyId, KeyExportCapability capability) {
        Objects.requireNonNull(capability, "capability");
        SecretBytes k = keys.get(keyId);
        if (k == null) {
            throw new VaultKeyException("key provider (" + source + "): no key with id '" + keyId + "'");
        }
        return SecretBytes.copyOf(k.reveal());
    }

    /** The text form, primary first. Package-private: only {@link KeyFile} writes it, to a 0600 file. */
    String toText() {
        StringBuilder sb = new StringBuilder();
        keys.forEach((id, key) -> sb.append(id).append(':')
                .append(Base64.getEncoder().encodeToString(key.reveal())).append('\n'));
        return sb.toString();
    }

    static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("key id must match " + ID.pattern());
        }
        return id;
    }

    private static SecretBytes decode(String b64, String source, String id) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new VaultKeyException("key provider (" + source + "): key '" + id + "' is not valid base64");
        }
        try {
            return checkLength(SecretBytes.copyOf(raw), source, id);
        } finally {
            java.util.Arrays.fill(raw, (byte) 0);
        }
    }

    private static SecretBytes checkLength(SecretBytes key, String source, String id) {
        if (key.length() != KEY_BYTES) {
            throw new VaultKeyException("key provider (" + source + "): key '" + id + "' must be "
                    + KEY_BYTES + " bytes, got " + key.length());
        }
        return key;
    }

    private static Aead aead(SecretBytes key, String source, String id) {
        byte[] raw = key.reveal();
        try {
            AesGcmParameters params = AesGcmParameters.builder()
                    .setKeySizeBytes(KEY_BYTES).setIvSizeBytes(12).setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
            AesGcmKey tinkKey = AesGcmKey.builder().setParameters(params)
                    .setKeyBytes(com.google.crypto.tink.util.SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()))
                    .build();
            return KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(tinkKey).withRandomId().makePrimary())
                    .build().getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new VaultKeyException("key provider (" + source + "): key '" + id + "' cannot be used as AES-256-GCM", e);
        } finally {
            java.util.Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "LocalKeyRing[source=" + source + ", ids=" + keys.keySet() + ", primary=" + primaryKeyId() + "]";
    }
}
