package dev.veil.cli.admin;

import dev.veil.audit.AuditKind;
import dev.veil.audit.AuditLogConfig;
import dev.veil.audit.FileAuditLog;
import dev.veil.audit.LegalHolds;
import dev.veil.audit.PurgeReport;
import dev.veil.audit.RetentionJob;
import dev.veil.audit.RetentionPolicy;
import dev.veil.cli.serve.DataDir;
import dev.veil.vault.TokenVault;
import dev.veil.vault.Vaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code veil purge}: retention. Deletes expired vault entries and whole expired audit segments
 * (each purge appends a signed PURGE record, so verification passes across the gap). Legal holds
 * on scopes or keys suspend the purge of segments holding their records. {@code veil serve} runs
 * the same job every hour; this command is for a stopped gateway or a cron job.
 */
@Command(name = "purge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Apply retention: purge expired vault entries and audit segments.")
public final class PurgeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default ./veil-data, or VEIL_DATA).")
    Path data;

    @Option(names = "--audit-retention", defaultValue = "365d", paramLabel = "DURATION",
            description = "Keep request and admin records this long (default ${DEFAULT-VALUE}).")
    String auditRetention;

    @Option(names = "--alert-retention", defaultValue = "730d", paramLabel = "DURATION",
            description = "Keep alert records this long (default ${DEFAULT-VALUE}).")
    String alertRetention;

    @Option(names = "--vault-ttl", paramLabel = "DURATION",
            description = "Expire vault entries unused for this long (default: keep).")
    String vaultTtl;

    @Option(names = "--hold-scope", paramLabel = "TENANT/ID", description = "Legal hold on a scope (repeatable).")
    List<String> holdScopes = List.of();

    @Option(names = "--hold-key", paramLabel = "KEY_ID", description = "Legal hold on a key id (repeatable).")
    List<String> holdKeys = List.of();

    @Override
    public Integer call() {
        Path dir = DataDir.resolve(data);
        PurgeReport report = purgeAudit(dir, Durations.parse(auditRetention, "--audit-retention"),
                Durations.parse(alertRetention, "--alert-retention"), new LegalHolds(Set.copyOf(holdScopes), Set.copyOf(holdKeys)));
        int vaultPurged = 0;
        try (TokenVault vault = (vaultTtl == null ? Vaults.sqlite(dir)
                : Vaults.sqlite(dir).retention(dev.veil.vault.RetentionPolicy.expireAfter(Durations.parse(vaultTtl, "--vault-ttl"))))
                .open()) {
            vaultPurged = vault.purgeExpired();
        }
        System.out.println("audit: purged " + report.purged().size() + " segment(s), held " + report.held().size()
                + (report.damaged().isEmpty() ? "" : ", damaged " + report.damaged().size()));
        System.out.println("vault: purged " + vaultPurged + " expired entr" + (vaultPurged == 1 ? "y" : "ies"));
        return 0;
    }

    static PurgeReport purgeAudit(Path dir, Duration requests, Duration alerts, LegalHolds holds) {
        RetentionPolicy policy = RetentionPolicy.keepAllFor(requests).keep(AuditKind.ALERT, alerts).build();
        try (FileAuditLog log = FileAuditLog.open(AuditLogConfig.builder(dir.resolve("audit")).build())) {
            return new RetentionJob(log, policy, () -> holds).runOnce();
        }
    }
}
