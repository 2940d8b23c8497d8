package dev.veil.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The Ed25519 public key that verifies checkpoints and purge records. Export it ({@link #pem()})
 * and keep it away from the gateway host: a verifier that loads the key from the audit directory
 * itself cannot notice an attacker who replaced both the key pair and every signature.
 */
public final class AuditPublicKey {
    static final String PUBLIC_FILE = "audit-signing.pub";

    private final PublicKey key;
    private final String keyId;

    AuditPublicKey(PublicKey key) {
        this.key = Objects.requireNonNull(key, "key");
        this.keyId = keyIdOf(key.getEncoded());
    }

    /** Loads the public key that the log in {@code auditDir} signs with. */
    public static AuditPublicKey fromAuditDir(Path auditDir) {
        return load(auditDir.resolve(AuditSigner.KEYS_DIR).resolve(PUBLIC_FILE));
    }

    /** Loads a PEM {@code PUBLIC KEY} file, as written by {@link #pem()}. */
    public static AuditPublicKey load(Path pemFile) {
        try {
            return fromPem(Files.readString(pemFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new AuditException("audit public key: cannot read " + pemFile + ": " + e.getClass().getSimpleName());
        }
    }

    public static AuditPublicKey fromPem(String pem) {
        try {
            byte[] der = Pem.decode(pem, "PUBLIC KEY");
            return new AuditPublicKey(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new AuditException("audit public key: not an Ed25519 PEM public key");
        }
    }

    /** A short identifier, the first 16 hex digits of SHA-256 over the encoded key. */
    public String keyId() {
        return keyId;
    }

    public String pem() {
        return Pem.encode(key.getEncoded(), "PUBLIC KEY");
    }

    boolean verify(byte[] data, String base64Signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(data);
            return s.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static String keyIdOf(byte[] encoded) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(encoded);
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "AuditPublicKey[" + keyId + "]";
    }

    /** Minimal PEM armour (RFC 7468) around DER bytes. */
    static final class Pem {
        private Pem() {
        }

        static String encode(byte[] der, String label) {
            return "-----BEGIN " + label + "-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END " + label + "-----\n";
        }

        static byte[] decode(String pem, String label) {
            String begin = "-----BEGIN " + label + "-----";
            String end = "-----END " + label + "-----";
            int b = pem.indexOf(begin);
            int e = pem.indexOf(end);
            if (b < 0 || e < b) {
                throw new IllegalArgumentException("missing PEM " + label + " armour");
            }
            return Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e));
        }
    }
}
