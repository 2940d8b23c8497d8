package dev.veil.audit;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dev.veil.core.SecretValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Encrypts the already-masked text that an operator chose to keep in audit records (off by
 * default: a record only gets text through {@link AuditRecord.Builder#maskedText}). Tink AEAD,
 * AES-256-GCM, with a keyset in {@code <audit>/keys/masked-text.keyset.json} (owner-only). The
 * keyset is not purged with segments; deleting it crypto-shreds every stored text at once.
 *
 * <p>Guarantee: plaintext is only ever accepted and returned as {@link SecretValue}; errors never
 * include it.
 */
public final class MaskedTextCipher {
    static final String KEYSET_FILE = "masked-text.keyset.json";
    private static final byte[] CONTEXT = "veil-audit-masked-text-v1".getBytes(StandardCharsets.US_ASCII);

    private final Aead aead;

    private MaskedTextCipher(Aead aead) {
        this.aead = aead;
    }

    /** Loads the keyset of the log in {@code auditDir}, creating it on first use. */
    public static MaskedTextCipher open(Path auditDir) {
        Path keys = auditDir.resolve(AuditSigner.KEYS_DIR);
        Path file = keys.resolve(KEYSET_FILE);
        try {
            AeadConfig.register();
            SecureFiles.createDirectories(keys);
            if (!Files.exists(file)) {
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                SecureFiles.createDurably(file, TinkJsonProtoKeysetFormat
                        .serializeKeyset(fresh, InsecureSecretKeyAccess.get()).getBytes(StandardCharsets.UTF_8));
            }
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
            return new MaskedTextCipher(handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (IOException | GeneralSecurityException e) {
            throw new AuditException("audit masked-text cipher: cannot load keyset " + file + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** Base64 of the AEAD ciphertext of {@code maskedText}. */
    public String encrypt(SecretValue maskedText) {
        try {
            return Base64.getEncoder().encodeToString(aead.encrypt(maskedText.utf8(), CONTEXT));
        } catch (GeneralSecurityException e) {
            throw new AuditException("audit masked-text cipher: encryption failed");
        }
    }

    /** Decrypts a record's {@link AuditRecord#encryptedText()}. */
    public SecretValue decrypt(String encryptedText) {
        try {
            byte[] plain = aead.decrypt(Base64.getDecoder().decode(encryptedText), CONTEXT);
            return SecretValue.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new AuditException("audit masked-text cipher: ciphertext does not decrypt with this keyset");
        }
    }

    @Override
    public String toString() {
        return "MaskedTextCipher[AES256-GCM, ***]";
    }
}
