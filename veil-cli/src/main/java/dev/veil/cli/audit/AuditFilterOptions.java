package dev.veil.cli.audit;

import dev.veil.audit.AuditKind;
import dev.veil.audit.AuditQuery;
import dev.veil.core.EntityType;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The shared filters of {@code veil audit show|search|export}. */
public final class AuditFilterOptions {
    @Option(names = "--since", paramLabel = "TIME", description = "Records at or after TIME (ISO instant, date, or age like 24h).")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Records before TIME.")
    String until;

    @Option(names = "--key", paramLabel = "KEY_ID", description = "Records made with this API key id.")
    String keyId;

    @Option(names = "--type", paramLabel = "ENTITY", description = "Records that counted entities of this type (e.g. EMAIL).")
    String type;

    @Option(names = "--decision", paramLabel = "DECISION",
            description = "Records with this decision (allow, mask, block, alert, ...).")
    String decision;

    @Option(names = "--kind", paramLabel = "KIND", description = "Records of this kind: ${COMPLETION-CANDIDATES}.")
    AuditKind kind;

    AuditQuery toQuery(Clock clock) {
        AuditQuery q = AuditQuery.all().keyId(keyId).decision(decision).kind(kind);
        if (since != null) {
            q = q.since(TimeSpec.parse(since, clock));
        }
        if (until != null) {
            q = q.until(TimeSpec.parse(until, clock));
        }
        if (type != null) {
            EntityType t = EntityType.parse(type).orElseThrow(() ->
                    new IllegalArgumentException("unknown entity type; see 'veil types' for the catalogue"));
            q = q.entityType(t);
        }
        return q;
    }
}
