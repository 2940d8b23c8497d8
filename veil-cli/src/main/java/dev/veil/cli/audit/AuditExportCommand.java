package dev.veil.cli.audit;

import dev.veil.audit.AuditException;
import dev.veil.audit.AuditReader;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil audit export}: the matching records as JSON lines, exactly as stored (hashes
 * included), to a file or standard output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the records matching the filters as JSON lines, exactly as stored.")
public final class AuditExportCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    @Mixin
    AuditFilterOptions filters;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path outFile;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final OutputStream stdout;

    public AuditExportCommand() {
        this(Clock.systemUTC(), new FileOutputStream(FileDescriptor.out));
    }

    AuditExportCommand(Clock clock, OutputStream stdout) {
        this.clock = clock;
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        try {
            long n;
            if (outFile == null) {
                n = AuditReader.open(data.auditDir()).exportJsonl(filters.toQuery(clock), stdout);
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outFile))) {
                    n = AuditReader.open(data.auditDir()).exportJsonl(filters.toQuery(clock), out);
                }
                spec.commandLine().getErr().printf("exported %d records to %s%n", n, outFile);
            }
            return 0;
        } catch (AuditException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("veil audit export: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("veil audit export: cannot write " + outFile + ": "
                    + e.getClass().getSimpleName());
            return 2;
        }
    }
}
