package dev.veil.cli.redact;

import dev.veil.anonymize.Anonymizer;
import dev.veil.anonymize.OperatorKeys;
import dev.veil.anonymize.Policy;
import dev.veil.audit.AuditKind;
import dev.veil.audit.AuditLogConfig;
import dev.veil.audit.AuditRecord;
import dev.veil.audit.FileAuditLog;
import dev.veil.cli.CliException;
import dev.veil.core.Scope;
import dev.veil.vault.RevealCapability;
import dev.veil.vault.TokenVault;
import dev.veil.vault.Vaults;
import dev.veil.vault.keys.KeyProvider;
import dev.veil.vault.keys.KeyProviders;
import java.io.PrintStream;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code veil restore}: re-identifies output of {@code veil redact} for one scope. Needs the master
 * key of the data directory and an explicit {@code --i-am-authorized}; the restore is logged on
 * stderr and in the audit log before any value is revealed, and refused if it cannot be logged.
 * A missing or wrong key fails before any output is written.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Re-identify redacted output of one scope (pseudonyms, surrogates, [ENC:...] ciphertexts).",
            "Needs the data directory's master key and --i-am-authorized; every restore is audited.",
            "Tokens the vault does not know are left as they are and counted."},
        footer = {"", "Example:",
            "  veil restore --scope study-42 --i-am-authorized --reason 'ticket 1234' answer.txt"})
public final class RestoreCommand extends TransformCommand {

    @Option(names = "--scope", required = true, paramLabel = "NAME", description = "The scope the output was redacted in.")
    String scopeName;

    @Option(names = "--i-am-authorized", description = "Confirm you are allowed to re-identify this data (required).")
    boolean authorized;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log (default: ${DEFAULT-VALUE}).")
    String reason = "veil restore";

    /** For tests: the environment (VEIL_MASTER_KEY), the user and the clock of the audit record. */
    Map<String, String> env = System.getenv();
    String user = System.getProperty("user.name", "unknown");
    Clock clock = Clock.systemUTC();

    /** Runs the command alone (scripts, benchmarks); {@code veil restore} is the usual entry point. */
    public static void main(String[] args) {
        System.exit(dev.veil.cli.Veil.configure(new picocli.CommandLine(new RestoreCommand())).execute(args));
    }

    @Override
    String name() {
        return "restore";
    }

    @Override
    Session open(Policy policy) {
        if (!authorized) {
            throw new CliException("restore re-identifies personal data: pass --i-am-authorized to confirm you are "
                    + "allowed to; refused");
        }
        Scope scope = scope(scopeName);
        if (!Files.exists(data.resolve(Vaults.SQLITE_FILE_NAME))) {
            throw new CliException("no vault in " + data + " (give the --data directory used by veil redact)");
        }
        String principal = user.replaceAll("[^\\p{L}\\p{N}._@-]", "_");
        principal = principal.isEmpty() ? "unknown" : principal.substring(0, Math.min(64, principal.length()));
        String purpose = reason.replaceAll("[^\\p{L}\\p{N} ._:@/+=#-]", "_");
        purpose = purpose.isBlank() ? "veil restore" : purpose.substring(0, Math.min(200, purpose.length()));
        KeyProvider keys = KeyProviders.configured(data, false, env, new SecureRandom());
        TokenVault vault = Vaults.sqlite(data).keyProvider(keys).open();
        try {
            Anonymizer anonymizer = Anonymizer.builder(policy).vault(vault)
                    .keys(OperatorKeys.load(data.resolve(OperatorKeys.FILE_NAME), keys)).build();
            audit(principal, purpose, policy.effectiveScope(scope));
            stderr.println("veil restore: re-identifying scope " + scope + " for '" + principal + "' (" + purpose
                    + "); recorded in the audit log");
            // the one place the CLI obtains the right to reveal: after the acknowledgement and the audit record
            RevealCapability capability = RevealCapability.grant(principal, purpose);
            FieldTransform transform = new RestoreTransform(anonymizer.restorer(scope, capability));
            return new Session() {
                @Override
                public FieldTransform transform() {
                    return transform;
                }

                @Override
                public void finished(RunStats total, PrintStream err) {
                    err.printf("veil restore: %,d tokens restored, %,d unknown token-like strings left as they are%n",
                            total.restored, total.unknown);
                }

                @Override
                public void close() {
                    vault.close();
                }
            };
        } catch (RuntimeException e) {
            vault.close();
            throw e;
        }
    }

    private void audit(String principal, String purpose, Scope scope) {
        try (FileAuditLog log = FileAuditLog.open(AuditLogConfig.builder(data.resolve("audit")).clock(clock).build())) {
            log.append(AuditRecord.builder(AuditKind.RESTORE, clock.instant())
                    .principal(principal).scope(scope).decision("restore")
                    .attribute("purpose", purpose).attribute("tool", "veil-restore").build());
        } catch (RuntimeException e) {
            throw new CliException("restore refused: the audit log in " + data.resolve("audit")
                    + " cannot record it (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
