package dev.veil.cli.admin;

import dev.veil.audit.AuditLogConfig;
import dev.veil.audit.FileAuditLog;
import dev.veil.audit.SubjectHasher;
import dev.veil.cli.CliException;
import dev.veil.cli.serve.DataDir;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import dev.veil.vault.ErasureCapability;
import dev.veil.vault.ErasureReport;
import dev.veil.vault.TokenVault;
import dev.veil.vault.Vaults;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code veil erase}: a GDPR Art. 17 erasure. Finds every vault mapping to the subject in every
 * scope and destroys it (optionally crypto-shredding the affected scopes entirely), then writes an
 * ERASE audit record that carries only a keyed hash of the subject, the count and the scopes.
 * Must run while {@code veil serve} is stopped (the audit log allows one writer).
 */
@Command(name = "erase", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Erase a data subject's values from the vault (GDPR Art. 17).",
            "Prefer --subject-stdin: a value on the command line ends up in shell history."})
public final class EraseCommand implements Callable<Integer> {

    static final class Subject {
        @Option(names = "--subject", paramLabel = "VALUE", description = "The value to erase (a name, an SSN, ...).")
        String value;

        @Option(names = "--subject-stdin", description = "Read the value from the first line of stdin.")
        boolean stdin;
    }

    @ArgGroup(multiplicity = "1")
    Subject subject;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Why (e.g. the request reference); recorded in the audit log.")
    String reason;

    @Option(names = "--destroy-scopes",
            description = "Also crypto-shred every affected scope (all its mappings, not only this subject's).")
    boolean destroyScopes;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default ./veil-data, or VEIL_DATA).")
    Path data;

    @Override
    public Integer call() throws IOException {
        SecretValue value = subject.stdin ? readStdin() : SecretValue.of(subject.value);
        if (value.reveal().isBlank()) {
            throw new CliException("the subject is empty");
        }
        Path dir = DataDir.resolve(data);
        String principal = System.getProperty("user.name", "cli").replaceAll("[^A-Za-z0-9._@-]", "_");
        ErasureCapability cap = ErasureCapability.grant("cli:" + principal, reason.replaceAll("[^\\p{L}\\p{N} ._:@/+=-]", " ")
                .strip());
        ErasureReport report;
        try (TokenVault vault = Vaults.sqlite(dir).open();
             FileAuditLog audit = FileAuditLog.open(AuditLogConfig.builder(dir.resolve("audit")).build())) {
            report = vault.eraseSubject(value, cap);
            if (destroyScopes) {
                for (Scope s : report.scopes()) {
                    vault.destroyScope(s, cap);
                }
            }
            SubjectHasher hasher = SubjectHasher.open(dir.resolve("audit"));
            audit.append(hasher.erasureRecord(Instant.now(), cap.principal(), value, report.erased(), report.scopes())
                    .decision(destroyScopes ? "erase+shred" : "erase").status(0).build());
        }
        System.out.println("erased " + report.erased() + " mapping(s) in " + report.scopes().size() + " scope(s)"
                + (report.scopes().isEmpty() ? "" : ": " + report.scopes().stream().map(Scope::key).sorted()
                        .collect(Collectors.joining(", ")))
                + (destroyScopes && !report.scopes().isEmpty() ? " (scopes crypto-shredded)" : ""));
        return 0;
    }

    private static SecretValue readStdin() throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null) {
            throw new CliException("--subject-stdin: no input");
        }
        return SecretValue.of(line.strip());
    }
}
