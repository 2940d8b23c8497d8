package dev.veil.cli.audit;

import dev.veil.audit.AuditException;
import dev.veil.audit.AuditPublicKey;
import dev.veil.audit.AuditVerifier;
import dev.veil.audit.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code veil audit verify}: checks the hash chain and every signature; exit 0 if intact, 1 if not. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify the audit log's hash chain, seals, purges and head checkpoint.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the log is intact", "1:the log was tampered with or damaged", "2:the log could not be read"})
public final class AuditVerifyCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    @Option(names = "--public-key", paramLabel = "PEM",
            description = "Verify with this exported public key instead of the one in the data directory (recommended).")
    Path publicKey;

    @Spec
    CommandSpec spec;

    public AuditVerifyCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            AuditVerifier verifier = publicKey == null ? AuditVerifier.forDirectory(data.auditDir())
                    : AuditVerifier.withKey(data.auditDir(), AuditPublicKey.load(publicKey));
            VerificationReport r = verifier.verify();
            r.notes().forEach(n -> out.println("note: " + n));
            if (r.ok()) {
                out.printf("OK: %d records in %d segments verified (%d purged segments accounted for), last seq %d%n",
                        r.records(), r.segments(), r.purgedSegments(), r.lastSeq());
                return 0;
            }
            out.println("FAILED: " + r.firstProblem().orElseThrow());
            out.printf("checked %d records before the first problem%n", r.records());
            return 1;
        } catch (AuditException e) {
            spec.commandLine().getErr().println("veil audit verify: " + e.getMessage());
            return 2;
        }
    }
}
