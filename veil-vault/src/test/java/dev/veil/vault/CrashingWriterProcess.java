package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM for {@link CrashSafetyTest}: tokenizes batches into the SQLite vault at {@code args[0]}
 * (key from VEIL_MASTER_KEY), prints each returned token at once, and after {@code args[1]} batches
 * halts the JVM without closing anything, as a crash would.
 */
public final class CrashingWriterProcess {
    private CrashingWriterProcess() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int batches = Integer.parseInt(args[1]);
        TokenVault vault = Vaults.sqlite(data).open();
        for (int b = 0; b < batches; b++) {
            List<TokenRequest> reqs = List.of(TokenRequest.of(EntityType.PERSON, "crash-subject-" + b + "-a"),
                    TokenRequest.of(EntityType.EMAIL, "crash-" + b + "@example.org"));
            List<String> tokens = vault.tokenize(Scope.of("acme", "crash"), reqs);
            for (int i = 0; i < tokens.size(); i++) {
                System.out.println(reqs.get(i).type() + "\t" + b + "\t" + tokens.get(i));
            }
            System.out.flush();
        }
        Runtime.getRuntime().halt(137);
    }
}
