package dev.veil.cli.audit;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the Veil data directory; the audit log lives in {@code <data>/audit}. */
public final class DataDirOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:VEIL_DATA:-veil-data}",
            description = "Veil data directory (default: $VEIL_DATA, else ./veil-data).")
    Path data;

    Path auditDir() {
        return data.resolve("audit");
    }
}
