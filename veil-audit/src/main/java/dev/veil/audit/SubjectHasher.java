package dev.veil.audit;

import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash of an erasure subject (a GDPR Art. 17 request), for the ERASE audit record: proof of
 * which subject was erased that can be matched against a later request for the same subject, but
 * that does not reveal the subject and cannot be brute-forced from a list of candidate e-mails or
 * names without the key. HMAC-SHA256 (JDK) with a 256-bit key in
 * {@code <audit>/keys/erasure-hmac.key}, created on first use, owner-only.
 *
 * <p>The subject is normalised first (Unicode NFC, surrounding white space removed), so the same
 * subject typed twice hashes the same.
 */
public final class SubjectHasher {
    static final String KEY_FILE = "erasure-hmac.key";
    static final String PREFIX = "hmac-sha256:";

    private final SecretKeySpec key;

    private SubjectHasher(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public static SubjectHasher open(Path auditDir) {
        return open(auditDir, new SecureRandom());
    }

    public static SubjectHasher open(Path auditDir, SecureRandom random) {
        Path keys = auditDir.resolve(AuditSigner.KEYS_DIR);
        Path file = keys.resolve(KEY_FILE);
        try {
            SecureFiles.createDirectories(keys);
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                SecureFiles.createDurably(file, Base64.getEncoder().encode(fresh));
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (key.length != 32) {
                throw new AuditException("audit erasure key: " + file + " does not hold a 256-bit key");
            }
            return new SubjectHasher(key);
        } catch (IOException | IllegalArgumentException e) {
            throw new AuditException("audit erasure key: cannot load " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** {@code hmac-sha256:<64 hex>} of the normalised subject. */
    public String hash(SecretValue subject) {
        String normalised = Normalizer.normalize(subject.reveal().strip(), Normalizer.Form.NFC);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("erasure subject is empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * Starts the ERASE record for an erasure of {@code subject}: its keyed hash, how many vault
     * mappings were destroyed and which scopes were affected. Nothing else about the subject.
     */
    public AuditRecord.Builder erasureRecord(Instant time, String principal, SecretValue subject,
                                             int mappingsDestroyed, Collection<Scope> scopesAffected) {
        if (mappingsDestroyed < 0) {
            throw new IllegalArgumentException("mappingsDestroyed is negative");
        }
        TreeSet<String> scopes = new TreeSet<>();
        scopesAffected.forEach(s -> scopes.add(s.key()));
        AuditRecord.Builder b = AuditRecord.builder(AuditKind.ERASE, time)
                .principal(principal)
                .attribute("subject_hash", hash(subject))
                .attribute("mappings_destroyed", Integer.toString(mappingsDestroyed))
                .attribute("scopes_affected", Integer.toString(scopes.size()));
        if (!scopes.isEmpty()) {
            b.attribute("scopes", String.join(",", scopes));
        }
        return b;
    }

    @Override
    public String toString() {
        return "SubjectHasher[HmacSHA256, ***]";
    }
}
