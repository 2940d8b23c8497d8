package dev.veil.cli.audit;

import dev.veil.audit.AuditException;
import dev.veil.audit.AuditReader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil audit search}: every record matching the filters, oldest first, one line each. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "List the records matching the filters, oldest first.")
public final class AuditSearchCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    @Mixin
    AuditFilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "Stop after N records (default 1000).")
    long limit;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    public AuditSearchCommand() {
        this(Clock.systemUTC());
    }

    AuditSearchCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            AtomicLong printed = new AtomicLong();
            long matched = AuditReader.open(data.auditDir()).forEach(filters.toQuery(clock), e -> {
                if (printed.get() < limit) {
                    out.println(RecordFormat.line(e));
                    printed.incrementAndGet();
                }
            });
            out.printf("%d matching records%s%n", matched, matched > printed.get() ? " (" + printed + " shown)" : "");
            return 0;
        } catch (AuditException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("veil audit search: " + e.getMessage());
            return 2;
        }
    }
}
