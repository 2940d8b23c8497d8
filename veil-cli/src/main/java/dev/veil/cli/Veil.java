package dev.veil.cli;

import dev.veil.cli.admin.EraseCommand;
import dev.veil.cli.admin.PurgeCommand;
import dev.veil.cli.audit.AuditCommand;
import dev.veil.cli.redact.RedactCommand;
import dev.veil.cli.redact.RestoreCommand;
import dev.veil.cli.scan.ScanCommand;
import dev.veil.cli.serve.KeysCommand;
import dev.veil.cli.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code veil} command. Exit codes follow grep: 0 nothing found, 1 found (scan), 2 error.
 */
@Command(name = "veil",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Veil: a private AI gateway for sensitive data.",
        subcommands = {ScanCommand.class, RedactCommand.class, RestoreCommand.class, ServeCommand.class, KeysCommand.class, AuditCommand.class, EraseCommand.class, PurgeCommand.class, CommandLine.HelpCommand.class,
                dev.veil.cli.scan.AotTrainCommand.class})
public final class Veil implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests: no System.exit). */
    public static int run(String... args) {
        return configure(new CommandLine(new Veil())).execute(args);
    }

    /** Installs the error handling shared by every command: value-free messages, exit code 2. */
    public static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // Never print a stack trace with user data; the message of our exceptions is value-free.
            cmd.getErr().println("veil: " + ExitCodes.safeMessage(ex));
            return ExitCodes.ERROR;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("veil: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.ERROR;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
