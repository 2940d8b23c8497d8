package dev.veil.cli.redact;

import dev.veil.anonymize.Anonymizer;
import dev.veil.anonymize.OperatorKeys;
import dev.veil.anonymize.Policy;
import dev.veil.core.Scope;
import dev.veil.detect.Analyzer;
import dev.veil.vault.TokenVault;
import dev.veil.vault.Vaults;
import dev.veil.vault.keys.KeyProvider;
import dev.veil.vault.keys.KeyProviders;
import java.io.PrintStream;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code veil redact}: detects and anonymizes text files, stdin, JSONL fields, CSV columns and
 * directory trees according to a policy, with pseudonyms kept in the persistent vault of the data
 * directory, so that {@code --scope NAME} gives a value the same pseudonym across files and runs.
 */
@Command(name = "redact", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Anonymize PII, PHI, card data and secrets in files, following a policy.",
            "Formats: text, JSONL (--field selects fields), CSV (--column NAME=TYPE declares columns).",
            "Exit status: 0 done, 2 error or some records dropped (reported on stderr with line numbers)."},
        footer = {"", "Examples:",
            "  veil redact notes.txt > notes.redacted.txt",
            "  veil redact --policy hipaa-safe-harbor --scope study-42 --out redacted/ records/",
            "  veil redact --scope train-2025 --field text --field meta.author --report data.jsonl -o clean.jsonl",
            "  veil redact --column ssn=SSN --column name=PERSON --other-columns keep customers.csv -o out.csv"})
public final class RedactCommand extends TransformCommand {

    @Option(names = "--scope", paramLabel = "NAME",
            description = "Dataset or conversation name: the same value gets the same pseudonym across files and runs "
                    + "of this scope (default: a new scope per run, printed on stderr).")
    String scopeName;

    @Option(names = "--report", description = "Print counts per entity type and per operator on stderr (never values).")
    boolean report;

    /** For tests: the environment (VEIL_MASTER_KEY) and the clock naming default scopes. */
    Map<String, String> env = System.getenv();
    Clock clock = Clock.systemUTC();

    /** Runs the command alone (scripts, benchmarks); {@code veil redact} is the usual entry point. */
    public static void main(String[] args) {
        System.exit(dev.veil.cli.Veil.configure(new picocli.CommandLine(new RedactCommand())).execute(args));
    }

    @Override
    String name() {
        return "redact";
    }

    @Override
    Session open(Policy policy) {
        boolean generated = scopeName == null;
        Scope scope = scope(generated ? defaultScopeId() : scopeName);
        Analyzer analyzer = Analyzer.builder().preset(policy.detect()).minScore(policy.detectionThreshold()).build();
        KeyProvider keys = KeyProviders.configured(data,
                !Files.exists(data.resolve(Vaults.SQLITE_FILE_NAME)), env, new SecureRandom());
        TokenVault vault = Vaults.sqlite(data).keyProvider(keys).open();
        try {
            Anonymizer anonymizer = Anonymizer.builder(policy).vault(vault)
                    .keys(OperatorKeys.loadOrCreate(data.resolve(OperatorKeys.FILE_NAME), keys)).build();
            if (generated) {
                stderr.println("veil redact: scope " + scope + " (pass --tenant " + scope.tenant() + " --scope "
                        + scope.id() + " to restore or to continue this dataset)");
            }
            FieldTransform transform = new RedactTransform(analyzer, anonymizer, scope);
            return new Session() {
                @Override
                public FieldTransform transform() {
                    return transform;
                }

                @Override
                public void finished(RunStats total, PrintStream err) {
                    if (report) {
                        Report.print(total, policy, scope, err);
                    }
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

    private String defaultScopeId() {
        byte[] r = new byte[3];
        new SecureRandom().nextBytes(r);
        return "run-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant())
                + "-" + HexFormat.of().formatHex(r);
    }
}
