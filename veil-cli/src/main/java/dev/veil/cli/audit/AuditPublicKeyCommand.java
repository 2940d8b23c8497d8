package dev.veil.cli.audit;

import dev.veil.audit.AuditException;
import dev.veil.audit.AuditPublicKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil audit public-key}: prints the PEM public key, to keep off-host for {@code verify --public-key}. */
@Command(name = "public-key", mixinStandardHelpOptions = true,
        description = "Print the audit log's Ed25519 public key (PEM) for external verifiers.")
public final class AuditPublicKeyCommand implements Callable<Integer> {
    @Mixin
    DataDirOption data;

    @Spec
    CommandSpec spec;

    public AuditPublicKeyCommand() {
    }

    @Override
    public Integer call() {
        try {
            AuditPublicKey key = AuditPublicKey.fromAuditDir(data.auditDir());
            spec.commandLine().getOut().print(key.pem());
            spec.commandLine().getErr().println("key id " + key.keyId());
            return 0;
        } catch (AuditException e) {
            spec.commandLine().getErr().println("veil audit public-key: " + e.getMessage());
            return 2;
        }
    }
}
