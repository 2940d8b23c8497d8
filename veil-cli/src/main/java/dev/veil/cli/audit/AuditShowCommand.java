package dev.veil.cli.audit;

import dev.veil.audit.AuditEntry;
import dev.veil.audit.AuditException;
import dev.veil.audit.AuditReader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veil audit show [SEQ...]}: the given records, or the latest ones matching the filters. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show records by sequence number, or the last N records matching the filters.")
public final class AuditShowCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    @Mixin
    AuditFilterOptions filters;

    @Parameters(paramLabel = "SEQ", arity = "0..*", description = "Sequence numbers to show.")
    List<Long> seqs = List.of();

    @Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "How many recent records (default 20).")
    int last;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    public AuditShowCommand() {
        this(Clock.systemUTC());
    }

    AuditShowCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ArrayDeque<AuditEntry> window = new ArrayDeque<>();
            AuditReader.open(data.auditDir()).forEach(filters.toQuery(clock), e -> {
                if (!seqs.isEmpty()) {
                    if (seqs.contains(e.seq())) {
                        window.add(e);
                    }
                } else {
                    window.add(e);
                    if (window.size() > Math.max(last, 0)) {
                        window.removeFirst();
                    }
                }
            });
            window.forEach(e -> out.println(RecordFormat.line(e)));
            return 0;
        } catch (AuditException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("veil audit show: " + e.getMessage());
            return 2;
        }
    }
}
