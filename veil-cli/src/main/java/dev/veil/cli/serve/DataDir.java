package dev.veil.cli.serve;

import java.nio.file.Path;

/** The data directory every stateful command uses: --data, else VEIL_DATA, else ./veil-data. */
public final class DataDir {
    private DataDir() {
    }

    public static Path resolve(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("VEIL_DATA");
        return Path.of(env == null || env.isBlank() ? "veil-data" : env);
    }
}
