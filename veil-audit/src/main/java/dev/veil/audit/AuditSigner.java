package dev.veil.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The log's Ed25519 signing key (JDK provider), kept in {@code <audit>/keys/} with owner-only
 * permissions and created on first use. Signs checkpoints and purge records.
 */
final class AuditSigner {
    static final String KEYS_DIR = "keys";
    static final String PRIVATE_FILE = "audit-signing.key";

    private final PrivateKey privateKey;
    private final AuditPublicKey publicKey;

    private AuditSigner(PrivateKey privateKey, AuditPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    static AuditSigner loadOrCreate(Path auditDir, SecureRandom random) throws IOException {
        Path keys = auditDir.resolve(KEYS_DIR);
        SecureFiles.createDirectories(keys);
        Path priv = keys.resolve(PRIVATE_FILE);
        Path pub = keys.resolve(AuditPublicKey.PUBLIC_FILE);
        try {
            if (!Files.exists(priv)) {
                Path checkpoints = auditDir.resolve(SegmentFiles.CHECKPOINTS);
                if (Files.exists(checkpoints) && Files.size(checkpoints) > 0) {
                    // A new key would orphan every existing signature; that needs a person, not a default.
                    throw new AuditException("audit signing key: " + priv + " is missing but the log has signed"
                            + " checkpoints; restore the key from backup");
                }
                KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
                g.initialize(NamedParameterSpec.ED25519, random);
                KeyPair kp = g.generateKeyPair();
                SecureFiles.createDurably(priv, AuditPublicKey.Pem.encode(kp.getPrivate().getEncoded(), "PRIVATE KEY")
                        .getBytes(StandardCharsets.US_ASCII));
                SecureFiles.replaceDurably(pub, AuditPublicKey.Pem.encode(kp.getPublic().getEncoded(), "PUBLIC KEY")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = kf.generatePrivate(new PKCS8EncodedKeySpec(AuditPublicKey.Pem.decode(
                    Files.readString(priv, StandardCharsets.US_ASCII), "PRIVATE KEY")));
            AuditPublicKey publicKey = new AuditPublicKey(kf.generatePublic(new X509EncodedKeySpec(
                    AuditPublicKey.Pem.decode(Files.readString(pub, StandardCharsets.US_ASCII), "PUBLIC KEY"))));
            AuditSigner signer = new AuditSigner(privateKey, publicKey);
            if (!publicKey.verify(new byte[] {1}, signer.sign(new byte[] {1}))) {
                throw new AuditException("audit signing key: public key file does not match the private key");
            }
            return signer;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new AuditException("audit signing key: cannot load Ed25519 key from " + keys + ": "
                    + e.getClass().getSimpleName());
        }
    }

    String sign(byte[] data) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(data);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new AuditException("audit signing key: Ed25519 signing failed: " + e.getClass().getSimpleName());
        }
    }

    AuditPublicKey publicKey() {
        return publicKey;
    }

    @Override
    public String toString() {
        return "AuditSigner[" + publicKey.keyId() + ", ***]";
    }
}
