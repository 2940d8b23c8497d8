package dev.veil.cli.audit;

import picocli.CommandLine.Command;

/**
 * {@code veil audit}: the tamper-evident audit log. Wire this into the top-level command as a
 * subcommand; each subcommand takes {@code --data DIR}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Inspect and verify the tamper-evident audit log.",
        subcommands = {AuditVerifyCommand.class, AuditShowCommand.class, AuditSearchCommand.class,
                AuditExportCommand.class, AuditPublicKeyCommand.class})
public final class AuditCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public AuditCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
