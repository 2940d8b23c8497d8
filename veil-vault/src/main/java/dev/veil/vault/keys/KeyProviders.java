package dev.veil.vault.keys;

import dev.veil.vault.VaultKeyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The default ways to obtain a {@link KeyProvider}. */
public final class KeyProviders {
    /** Environment variable holding the master key(s) in {@link LocalKeyRing}'s text form. */
    public static final String ENV_VAR = "VEIL_MASTER_KEY";

    /** PKCS#11: path of the token's library (e.g. /usr/lib/softhsm/libsofthsm2.so); setting it selects the token. */
    public static final String PKCS11_LIBRARY = "VEIL_PKCS11_LIBRARY";
    /** PKCS#11: the token's slot id (default: the first slot with a token). */
    public static final String PKCS11_SLOT = "VEIL_PKCS11_SLOT";
    /** PKCS#11: the user PIN. */
    public static final String PKCS11_PIN = "VEIL_PKCS11_PIN";
    /** PKCS#11: aliases of the AES key-encryption keys on the token, comma-separated, primary first. */
    public static final String PKCS11_KEYS = "VEIL_PKCS11_KEYS";

    private KeyProviders() {
    }

    /**
     * The key provider every command uses: a PKCS#11 token when {@value #PKCS11_LIBRARY} is set
     * (see {@link #fromPkcs11Environment}), else {@link #fromEnvironmentOrFile}.
     */
    public static KeyProvider configured(Path dataDir, boolean mayCreate, Map<String, String> environment,
                                         SecureRandom random) {
        if (pkcs11Selected(environment)) {
            return fromPkcs11Environment(environment);
        }
        return fromEnvironmentOrFile(dataDir, mayCreate, environment, random);
    }

    /** Whether {@value #PKCS11_LIBRARY} is set, i.e. the keys are on a PKCS#11 token. */
    public static boolean pkcs11Selected(Map<String, String> environment) {
        String lib = Objects.requireNonNull(environment, "environment").get(PKCS11_LIBRARY);
        return lib != null && !lib.isBlank();
    }

    /**
     * Keys on a PKCS#11 token: {@value #PKCS11_LIBRARY}, {@value #PKCS11_PIN}, {@value #PKCS11_KEYS}
     * and optionally {@value #PKCS11_SLOT}. A clear error names what is missing (never the PIN).
     */
    public static Pkcs11KeyProvider fromPkcs11Environment(Map<String, String> environment) {
        String lib = required(environment, PKCS11_LIBRARY);
        String pin = required(environment, PKCS11_PIN);
        List<String> aliases = java.util.Arrays.stream(required(environment, PKCS11_KEYS).split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        String slot = environment.get(PKCS11_SLOT);
        long slotId;
        try {
            slotId = slot == null || slot.isBlank() ? -1 : Long.parseLong(slot.strip());
        } catch (NumberFormatException e) {
            throw new VaultKeyException("key provider: " + PKCS11_SLOT + " must be a slot id (a number)");
        }
        return Pkcs11KeyProvider.open(Path.of(lib), slotId, dev.veil.core.SecretValue.of(pin), aliases);
    }

    private static String required(Map<String, String> environment, String name) {
        String v = environment.get(name);
        if (v == null || v.isBlank()) {
            throw new VaultKeyException("key provider: " + PKCS11_LIBRARY + " is set, so " + name + " is needed too");
        }
        return v;
    }

    /** Keys from {@value #ENV_VAR}; a clear error if it is unset. */
    public static LocalKeyRing fromEnvironment(Map<String, String> environment) {
        String v = Objects.requireNonNull(environment, "environment").get(ENV_VAR);
        if (v == null || v.isBlank()) {
            throw new VaultKeyException("key provider: environment variable " + ENV_VAR + " is not set");
        }
        return LocalKeyRing.parse(v, "environment variable " + ENV_VAR);
    }

    /**
     * The default: {@value #ENV_VAR} if set, else the key file {@value KeyFile#FILE_NAME} in
     * {@code dataDir}. The key file is created only when {@code mayCreate} is true; the SQLite vault
     * passes false once its database exists, so a lost key file is reported as such instead of
     * silently replaced by a new key that cannot read the existing data.
     */
    public static LocalKeyRing fromEnvironmentOrFile(Path dataDir, boolean mayCreate,
                                                     Map<String, String> environment, SecureRandom random) {
        Objects.requireNonNull(dataDir, "dataDir");
        String v = Objects.requireNonNull(environment, "environment").get(ENV_VAR);
        if (v != null && !v.isBlank()) {
            return LocalKeyRing.parse(v, "environment variable " + ENV_VAR);
        }
        Path file = dataDir.resolve(KeyFile.FILE_NAME);
        if (Files.exists(file)) {
            return KeyFile.load(file);
        }
        if (!mayCreate) {
            throw new VaultKeyException("key provider: no master key: " + ENV_VAR + " is not set and " + file
                    + " does not exist, but the data directory already holds a vault; restore the key file or set "
                    + ENV_VAR);
        }
        return KeyFile.loadOrCreate(file, random);
    }
}
