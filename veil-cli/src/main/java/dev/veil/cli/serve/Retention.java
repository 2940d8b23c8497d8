package dev.veil.cli.serve;

import dev.veil.audit.AuditKind;
import dev.veil.audit.FileAuditLog;
import dev.veil.audit.LegalHolds;
import dev.veil.audit.PurgeReport;
import dev.veil.audit.RetentionJob;
import dev.veil.audit.RetentionPolicy;
import dev.veil.gateway.config.RawConfig;
import dev.veil.vault.TokenVault;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The hourly retention job of {@code veil serve}: expired vault entries are purged and whole
 * expired audit segments deleted (with a signed PURGE record), except segments under a legal hold
 * ({@code audit.hold_scopes}, {@code audit.hold_keys}). Reports counts on stderr, never values.
 */
final class Retention {
    private Retention() {
    }

    static ScheduledExecutorService schedule(RawConfig c, TokenVault vault, FileAuditLog audit) {
        RetentionPolicy policy = RetentionPolicy.keepAllFor(c.duration("audit.retention"))
                .keep(AuditKind.ALERT, c.duration("audit.alert_retention")).build();
        LegalHolds holds = new LegalHolds(Set.copyOf(c.list("audit.hold_scopes")), Set.copyOf(c.list("audit.hold_keys")));
        RetentionJob job = new RetentionJob(audit, policy, () -> holds);
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "veil-retention");
            t.setDaemon(true);
            return t;
        });
        ex.scheduleWithFixedDelay(() -> {
            try {
                int v = vault.purgeExpired();
                PurgeReport p = job.runOnce();
                if (v > 0 || !p.purged().isEmpty()) {
                    System.err.println("veil: retention purged " + v + " vault entries and " + p.purged().size()
                            + " audit segment(s); " + p.held().size() + " held");
                }
            } catch (RuntimeException e) {
                System.err.println("veil: retention run failed: " + e.getClass().getSimpleName());
            }
        }, 1, 60, TimeUnit.MINUTES);
        return ex;
    }
}
