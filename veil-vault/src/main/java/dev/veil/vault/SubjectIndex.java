package dev.veil.vault;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import dev.veil.core.SecretValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The vault-wide keyed digest of a value used to find every mapping of one data subject across
 * scopes ({@link TokenVault#eraseSubject}).
 *
 * <p>Trade-off, stated plainly: because the key is vault-wide, someone holding the database (but not
 * the key) can see that two scopes share a value, though not which value. Tokens stay unlinkable, and
 * without the key the digest cannot be computed for a guessed value. The alternative, a per-scope
 * digest, would make erasure by subject cost one MAC per scope and type.
 *
 * <p>Values are normalized first (NFKC, lower case, letters and digits only) so that formatting
 * variants of one identifier ({@code 536-22-8726} / {@code 536228726}) are erased together.
 */
final class SubjectIndex {
    private static final byte[] DOMAIN = "veil-vault/subject/v1:".getBytes(StandardCharsets.UTF_8);

    private final Mac mac;

    private SubjectIndex(Mac mac) {
        this.mac = mac;
    }

    static SubjectIndex of(KeysetHandle macKeyset) throws GeneralSecurityException {
        return new SubjectIndex(macKeyset.getPrimitive(RegistryConfiguration.get(), Mac.class));
    }

    static KeysetHandle newKey() throws GeneralSecurityException {
        return KeysetHandle.generateNew(ScopeCrypto.LOOKUP_MAC);
    }

    Lookup of(SecretValue value) {
        byte[] n = normalize(value.reveal()).getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[DOMAIN.length + n.length];
        System.arraycopy(DOMAIN, 0, input, 0, DOMAIN.length);
        System.arraycopy(n, 0, input, DOMAIN.length, n.length);
        try {
            return new Lookup(mac.computeMac(input));
        } catch (GeneralSecurityException e) {
            throw new VaultException("vault: subject MAC failed", e);
        } finally {
            java.util.Arrays.fill(n, (byte) 0);
            java.util.Arrays.fill(input, (byte) 0);
        }
    }

    /** NFKC, lower case, letters and digits only; values with neither keep their NFKC form. */
    static String normalize(String value) {
        String once = normalizeOnce(value);
        // Dropping marks and punctuation can bring together characters that NFKC composes (a Hangul
        // lead and vowel jamo around a removed mark), so repeat until the form is stable: the
        // subject of an erasure must hash the same however often it has been normalized.
        for (int i = 0; i < 4; i++) {
            String again = normalizeOnce(once);
            if (again.equals(once)) {
                return once;
            }
            once = again;
        }
        return once;
    }

    private static String normalizeOnce(String value) {
        String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC);
        String lower = nfkc.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.isEmpty() ? nfkc : sb.toString();
    }

    @Override
    public String toString() {
        return "SubjectIndex[***]";
    }
}
