package dev.veil.vault.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.crypto.tink.Aead;
import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.TokenRequest;
import dev.veil.vault.TokenVault;
import dev.veil.vault.VaultKeyException;
import dev.veil.vault.Vaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PKCS#11 key provider against a real token: SoftHSM2 (Debian package {@code softhsm2}, which
 * {@code .ci/run} installs). Skips with a message when the library or {@code softhsm2-util} is
 * missing or a token cannot be initialised here.
 */
class Pkcs11KeyProviderIT {
    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final SecretValue PIN = SecretValue.of("4921");
    static final String LABEL = "veil-it-" + ProcessHandle.current().pid();
    static long slot = -1;
    static long otherSlot = -1;

    @BeforeAll
    static void initToken() throws Exception {
        assumeTrue(Files.isRegularFile(LIBRARY), "SoftHSM2 not installed (" + LIBRARY + "): skipping the PKCS#11 tests");
        String out = run("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", PIN.reveal(),
                "--so-pin", "88017733");
        Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
        assumeTrue(m.find(), "softhsm2-util could not initialise a token here: " + out.strip());
        slot = Long.parseLong(m.group(1));
        // the second token must exist before the library is first loaded (it lists slots once)
        Matcher other = Pattern.compile("reassigned to slot (\\d+)").matcher(run("softhsm2-util", "--init-token",
                "--free", "--label", LABEL + "-b", "--pin", PIN.reveal(), "--so-pin", "88017733"));
        assumeTrue(other.find(), "softhsm2-util could not initialise a second token");
        otherSlot = Long.parseLong(other.group(1));
        Pkcs11KeyProvider.createAesKey(LIBRARY, slot, PIN, "kek-1");
        Pkcs11KeyProvider.createAesKey(LIBRARY, slot, PIN, "kek-2");
    }

    @AfterAll
    static void deleteToken() throws Exception {
        if (slot >= 0) {
            run("softhsm2-util", "--delete-token", "--token", LABEL);
        }
        if (otherSlot >= 0) {
            run("softhsm2-util", "--delete-token", "--token", LABEL + "-b");
        }
    }

    @Test
    void wrapsAndUnwrapsOnTheTokenBoundToTheAssociatedData() throws GeneralSecurityException {
        Pkcs11KeyProvider keys = Pkcs11KeyProvider.open(LIBRARY, slot, PIN, List.of("kek-1"));
        assertThat(keys.primaryKeyId()).isEqualTo("pkcs11:kek-1");
        Aead aead = keys.keyEncryptionAead("pkcs11:kek-1");
        byte[] dataKey = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] ad = "acme/scope-1".getBytes(StandardCharsets.UTF_8);
        byte[] wrapped = aead.encrypt(dataKey, ad);
        assertThat(wrapped).hasSize(12 + dataKey.length + 16);
        assertThat(aead.encrypt(dataKey, ad)).isNotEqualTo(wrapped); // fresh IV each time
        assertThat(aead.decrypt(wrapped, ad)).isEqualTo(dataKey);
        assertThatThrownBy(() -> aead.decrypt(wrapped, "acme/scope-2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GeneralSecurityException.class);
        wrapped[20] ^= 1;
        assertThatThrownBy(() -> aead.decrypt(wrapped, ad)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void aVaultKeyedByTheTokenRestoresAfterReopeningAndAfterARotation(@TempDir Path data) {
        Scope scope = Scope.of("acme", "pkcs11");
        List<TokenRequest> values = List.of(TokenRequest.of(EntityType.PERSON, "Zebulon Quixote-Marchetti"),
                TokenRequest.of(EntityType.SSN, "536-22-8726"));
        List<String> tokens;
        try (TokenVault v = Vaults.sqlite(data).keyProvider(Pkcs11KeyProvider.open(LIBRARY, slot, PIN,
                List.of("kek-1"))).open()) {
            tokens = v.tokenize(scope, values).stream().map(Object::toString).toList();
        }
        // rotation: kek-2 wraps new data keys, kek-1 still unwraps the old ones
        try (TokenVault v = Vaults.sqlite(data).keyProvider(Pkcs11KeyProvider.open(LIBRARY, slot, PIN,
                List.of("kek-2", "kek-1"))).open()) {
            assertThat(v.tokenize(scope, values).stream().map(Object::toString).toList()).isEqualTo(tokens);
            assertThat(v.tokenize(Scope.of("acme", "after-rotation"), values)).hasSize(2);
        }
        try (TokenVault v = Vaults.sqlite(data).keyProvider(Pkcs11KeyProvider.open(LIBRARY, slot, PIN,
                List.of("kek-2", "kek-1"))).open()) {
            assertThat(v.tokenize(scope, values).stream().map(Object::toString).toList()).isEqualTo(tokens);
        }
    }

    @Test
    void aWrongPinOrAMissingKeyFailsAtOpenWithoutThePin() {
        // on a token of its own: PKCS#11 login state is per token and process, and the other
        // tests' token is logged in already, so a wrong PIN there would not be asked for
        assertThatThrownBy(() -> Pkcs11KeyProvider.open(LIBRARY, otherSlot, SecretValue.of("0000"), List.of("kek-1")))
                .isInstanceOf(VaultKeyException.class).hasMessageContaining("login")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PIN.reveal()));
        assertThatThrownBy(() -> Pkcs11KeyProvider.open(LIBRARY, slot, PIN, List.of("no-such-key")))
                .isInstanceOf(VaultKeyException.class).hasMessageContaining("no-such-key");
        Pkcs11KeyProvider keys = Pkcs11KeyProvider.open(LIBRARY, slot, PIN, List.of("kek-1"));
        assertThatThrownBy(() -> keys.keyEncryptionAead("pkcs11:kek-9")).isInstanceOf(VaultKeyException.class);
        assertThat(keys.toString()).contains("pkcs11:kek-1").doesNotContain(PIN.reveal());
    }

    @Test
    void theEnvironmentSelectsTheToken(@TempDir Path data) {
        KeyProvider keys = KeyProviders.configured(data, true, java.util.Map.of(
                KeyProviders.PKCS11_LIBRARY, LIBRARY.toString(), KeyProviders.PKCS11_SLOT, String.valueOf(slot),
                KeyProviders.PKCS11_PIN, PIN.reveal(), KeyProviders.PKCS11_KEYS, " kek-2, kek-1"),
                new java.security.SecureRandom());
        assertThat(keys.primaryKeyId()).isEqualTo("pkcs11:kek-2");
        assertThat(keys.keyIds()).containsExactlyInAnyOrder("pkcs11:kek-2", "pkcs11:kek-1");
        assertThat(data.resolve(KeyFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void keysCreatedOnTheTokenCannotBeExported() throws Exception {
        java.security.Provider p = java.security.Security.getProvider("SunPKCS11")
                .configure("--name=veil-export-check\nlibrary=" + LIBRARY + "\nslot=" + slot);
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS11", p);
        ks.load(null, PIN.reveal().toCharArray());
        java.security.Key k = ks.getKey("kek-1", null);
        assertThat(k).isNotNull();
        assertThat(k.getEncoded()).isNull();
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, cmd[0] + " not found: skipping the PKCS#11 tests");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
