package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput and size figures for the README, not a unit test (run with {@code veil-vault/bench.sh}).
 *
 * <p>Arguments: {@code sqlite|postgres distinctValues batchSize}. Measures, in one scope (the dataset
 * redaction case): new values per second (each batch one transaction), known values per second from
 * the database (token cache disabled) and from the token cache, and for SQLite the file size per
 * million distinct values.
 */
public final class VaultBench {
    private VaultBench() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "sqlite";
        int distinct = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Scope scope = Scope.of("bench", "dataset");
        List<TokenRequest> reqs = new ArrayList<>(distinct);
        EntityType[] types = {EntityType.PERSON, EntityType.EMAIL, EntityType.SSN, EntityType.CREDIT_CARD};
        for (int i = 0; i < distinct; i++) {
            EntityType t = types[i % types.length];
            String v = switch (t) {
                case PERSON -> "Person Name " + i;
                case EMAIL -> "user" + i + "@example.org";
                case SSN -> String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + i % 800, 10 + i % 89, i % 10_000);
                default -> String.format(Locale.ROOT, "4%015d", i);
            };
            reqs.add(TokenRequest.of(t, v));
        }
        Path dir = Files.createTempDirectory("vault-bench");
        String schema = "veil_bench_" + ProcessHandle.current().pid();
        try {
            run(backend, dir, schema, reqs, batch, scope);
        } finally {
            if (backend.equals("postgres")) {
                try (Connection c = DriverManager.getConnection(PostgresTestSupport.URL); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
            deleteTree(dir);
        }
    }

    private static void run(String backend, Path dir, String schema, List<TokenRequest> reqs, int batch, Scope scope)
            throws IOException {
        Vaults.Builder b = backend.equals("postgres")
                ? Vaults.postgres(PostgresTestSupport.URL).schema(schema)
                : Vaults.sqlite(dir.resolve("data"));
        try (TokenVault v = b.keyProvider(TestKeys.ring("k1", 1)).open()) {
            report(backend, "new values (1 tx per batch of " + batch + ")", time(v, scope, reqs, batch), reqs.size());
            int hot = Math.min(reqs.size(), 100_000);
            report(backend, "known values, token cache hits", time(v, scope, reqs.subList(reqs.size() - hot, reqs.size()), batch), hot);
        }
        Vaults.Builder cold = backend.equals("postgres")
                ? Vaults.postgres(PostgresTestSupport.URL).schema(schema)
                : Vaults.sqlite(dir.resolve("data"));
        try (TokenVault v = cold.keyProvider(TestKeys.ring("k1", 1)).tokenCacheSize(0).open()) {
            int n = Math.min(reqs.size(), 100_000);
            report(backend, "known values, from the database", time(v, scope, reqs.subList(0, n), batch), n);
        }
        if (backend.equals("sqlite")) {
            long bytes = 0;
            try (Stream<Path> files = Files.list(dir.resolve("data"))) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith(Vaults.SQLITE_FILE_NAME)).toList()) {
                    bytes += Files.size(p);
                }
            }
            System.out.printf(Locale.ROOT, "%s: vault.db size %.1f MB for %d values = %.1f MB per million (%.0f bytes/value)%n",
                    backend, bytes / 1e6, reqs.size(), bytes / 1e6 * 1_000_000 / reqs.size(), (double) bytes / reqs.size());
        }
    }

    /** Wall-clock and CPU nanoseconds of the calling thread (the machine may be shared, so both matter). */
    private record Timing(long wallNanos, long cpuNanos) {
    }

    private static Timing time(TokenVault v, Scope scope, List<TokenRequest> reqs, int batch) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int from = 0; from < reqs.size(); from += batch) {
            v.tokenize(scope, reqs.subList(from, Math.min(reqs.size(), from + batch)));
        }
        return new Timing(System.nanoTime() - start, mx.getCurrentThreadCpuTime() - cpu);
    }

    private static void report(String backend, String what, Timing t, int values) {
        System.out.printf(Locale.ROOT, "%s: %-45s %,10.0f values/s wall, %,10.0f values per CPU-second (%d values, %.1f s wall)%n",
                backend, what, values / (t.wallNanos() / 1e9), values / (t.cpuNanos() / 1e9), values, t.wallNanos() / 1e9);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
