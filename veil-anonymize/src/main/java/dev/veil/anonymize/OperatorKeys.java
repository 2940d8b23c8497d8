package dev.veil.anonymize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.daead.PredefinedDeterministicAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import dev.veil.core.Scope;
import dev.veil.core.SecretBytes;
import dev.veil.vault.VaultException;
import dev.veil.vault.keys.KeyProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * The keys of the keyed operators: an HMAC-SHA-256 PRF (Tink) for {@code hash}, surrogate seeds and
 * the FF1 key, and an AES-256-SIV deterministic AEAD (Tink) for {@code encrypt}. They are two Tink
 * keysets, stored wrapped (encrypted) by the vault's {@link KeyProvider} key-encryption key in a
 * small JSON file next to the vault; the file is useless without the KEK.
 *
 * <p>Guarantees: key bytes never leave this class except the FF1 key handed to BouncyCastle inside
 * the package; {@link #toString()} shows nothing secret; every derived value is domain-separated by
 * purpose and scope, so a hash of one scope says nothing about another scope. Immutable and
 * thread-safe (Tink primitives are).
 */
public final class OperatorKeys {
    /** File name used by the CLI, in the data directory. */
    public static final String FILE_NAME = "operator-keys.json";

    private static final int FORMAT_VERSION = 1;
    private static final byte[] AD_PRF = "veil-anonymize/operator-keys/v1/prf".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AD_SIV = "veil-anonymize/operator-keys/v1/siv".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        try {
            PrfConfig.register();
            DeterministicAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeysetHandle prfKeys;
    private final KeysetHandle sivKeys;
    private final PrfSet prf;
    private final DeterministicAead siv;
    private final SecretBytes ff1Key;

    private OperatorKeys(KeysetHandle prfKeys, KeysetHandle sivKeys) {
        try {
            this.prfKeys = prfKeys;
            this.sivKeys = sivKeys;
            this.prf = prfKeys.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            this.siv = sivKeys.getPrimitive(RegistryConfiguration.get(), DeterministicAead.class);
            byte[] k = prf.computePrimary(label("ff1-key"), 32);
            this.ff1Key = SecretBytes.copyOf(k);
            java.util.Arrays.fill(k, (byte) 0);
        } catch (GeneralSecurityException e) {
            throw new AnonymizeException("operator keys: cannot build primitives", e);
        }
    }

    /** Fresh keys held in memory only (tests, or a process whose output is never restored). */
    public static OperatorKeys generate() {
        try {
            return new OperatorKeys(KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF),
                    KeysetHandle.generateNew(PredefinedDeterministicAeadParameters.AES256_SIV));
        } catch (GeneralSecurityException e) {
            throw new AnonymizeException("operator keys: cannot generate keys", e);
        }
    }

    /**
     * Loads the key file, creating it (0600) on first use. Two processes creating it at once agree
     * on one file: creation is an atomic link that fails if the file exists, and the loser loads
     * the winner's keys.
     */
    public static OperatorKeys loadOrCreate(Path file, KeyProvider provider) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(provider, "provider");
        if (Files.exists(file)) {
            return load(file, provider);
        }
        OperatorKeys fresh = generate();
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".operator-keys", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(tmp, fresh.wrap(provider));
                try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                Files.createLink(file, tmp);
                return fresh;
            } catch (FileAlreadyExistsException e) {
                return load(file, provider);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new AnonymizeException("operator keys: cannot write " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * Loads an existing key file; a missing file or a wrong key is an error (restore uses this: it
     * must never mint new keys). Keys wrapped by an older KEK are re-wrapped under the provider's
     * primary KEK.
     */
    public static OperatorKeys load(Path file, KeyProvider provider) {
        Objects.requireNonNull(provider, "provider");
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new AnonymizeException("operator keys: " + file + " does not exist");
        } catch (IOException e) {
            throw new AnonymizeException("operator keys: " + file + " is unreadable or not JSON");
        }
        if (root == null || root.path("version").asInt() != FORMAT_VERSION || !root.path("kek").isTextual()
                || !root.path("prf").isTextual() || !root.path("siv").isTextual()) {
            throw new AnonymizeException("operator keys: " + file + " is not a version " + FORMAT_VERSION + " key file");
        }
        String kek = root.get("kek").asText();
        OperatorKeys keys;
        try {
            var aead = provider.keyEncryptionAead(kek);
            keys = new OperatorKeys(
                    TinkJsonProtoKeysetFormat.parseEncryptedKeyset(root.get("prf").asText(), aead, AD_PRF),
                    TinkJsonProtoKeysetFormat.parseEncryptedKeyset(root.get("siv").asText(), aead, AD_SIV));
        } catch (GeneralSecurityException e) {
            throw new AnonymizeException("operator keys: " + file + " cannot be decrypted with key '" + kek
                    + "' (wrong master key?)");
        } catch (VaultException e) {
            throw new AnonymizeException("operator keys: " + e.getMessage());
        }
        if (!kek.equals(provider.primaryKeyId())) {
            keys.rewrap(file, provider);
        }
        return keys;
    }

    private void rewrap(Path file, KeyProvider provider) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".operator-keys", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, wrap(provider));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AnonymizeException("operator keys: cannot re-wrap " + file + ": " + e.getClass().getSimpleName());
        }
    }

    private String wrap(KeyProvider provider) {
        String kek = provider.primaryKeyId();
        try {
            var aead = provider.keyEncryptionAead(kek);
            ObjectNode root = JSON.createObjectNode();
            root.put("version", FORMAT_VERSION);
            root.put("kek", kek);
            root.put("prf", TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(prfKeys, aead, AD_PRF));
            root.put("siv", TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(sivKeys, aead, AD_SIV));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (GeneralSecurityException | IOException e) {
            throw new AnonymizeException("operator keys: cannot wrap keys with key '" + kek + "'");
        }
    }

    /**
     * HMAC-SHA-256 of {@code purpose}, the scope and the parts, each length-prefixed so that no two
     * different inputs share an encoding; truncated to {@code bytes} (at most 32).
     */
    byte[] mac(String purpose, Scope scope, int bytes, String... parts) {
        var buf = new java.io.ByteArrayOutputStream(64);
        writePart(buf, purpose);
        writePart(buf, scope.key());
        for (String p : parts) {
            writePart(buf, p);
        }
        try {
            return prf.computePrimary(buf.toByteArray(), bytes);
        } catch (GeneralSecurityException e) {
            throw new AnonymizeException("operator keys: HMAC failed", e);
        }
    }

    /** A 64-bit seed for surrogate generation, keyed and bound to scope, type, sequence and attempt. */
    long seed(Scope scope, String type, long sequence, int attempt) {
        byte[] b = mac("surrogate-seed", scope, 8, type, Long.toString(sequence), Integer.toString(attempt));
        return java.nio.ByteBuffer.wrap(b).getLong();
    }

    byte[] sivEncrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return siv.encryptDeterministically(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new AnonymizeException("encrypt: AES-SIV encryption failed", e);
        }
    }

    /** Null when the ciphertext does not authenticate under these keys and this scope. */
    byte[] sivDecrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return siv.decryptDeterministically(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** The FF1 key, for BouncyCastle. */
    byte[] ff1Key() {
        return ff1Key.reveal();
    }

    private static byte[] label(String purpose) {
        return ("veil-anonymize/" + purpose + "/v1").getBytes(StandardCharsets.UTF_8);
    }

    private static void writePart(java.io.ByteArrayOutputStream buf, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        buf.write(n >>> 24);
        buf.write(n >>> 16);
        buf.write(n >>> 8);
        buf.write(n);
        buf.writeBytes(b);
    }

    @Override
    public String toString() {
        return "OperatorKeys[hmac-sha256 prf, aes256-siv, ***]";
    }
}
