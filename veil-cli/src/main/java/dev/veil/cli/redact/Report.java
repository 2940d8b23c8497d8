package dev.veil.cli.redact;

import dev.veil.anonymize.Policy;
import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.io.PrintStream;
import java.util.Map;

/** {@code --report}: counts per entity type and per operator. Names and numbers only, never values. */
final class Report {
    private Report() {
    }

    static void print(RunStats s, Policy policy, Scope scope, PrintStream err) {
        err.println("veil redact report: policy " + policy.name() + ", scope " + scope);
        err.printf("  records written %,d, dropped %,d, replacements %,d%n", s.records, s.dropped, s.replacements());
        err.println("  by entity type:");
        for (Map.Entry<EntityType, Long> e : s.byType.entrySet()) {
            err.printf("    %-24s %,12d%n", e.getKey(), e.getValue());
        }
        err.println("  by operator:");
        for (Map.Entry<String, Long> e : s.byOperator.entrySet()) {
            err.printf("    %-24s %,12d%n", e.getKey(), e.getValue());
        }
    }
}
