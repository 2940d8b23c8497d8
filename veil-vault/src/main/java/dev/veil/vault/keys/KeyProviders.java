package dev.veil.vault.keys;

import dev.veil.vault.VaultKeyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;

/** The default ways to obtain a {@link KeyProvider}. */
public final class KeyProviders {
    /** Environment variable holding the master key(s) in {@link LocalKeyRing}'s text form. */
    public static final String ENV_VAR = "VEIL_MASTER_KEY";

    private KeyProviders() {
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
