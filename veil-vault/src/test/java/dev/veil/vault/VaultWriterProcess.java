package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A child JVM for {@link PostgresTwoProcessTest}: opens the shared PostgreSQL vault (key from
 * VEIL_MASTER_KEY), signals ready, waits for the go file, then tokenizes {@code subject-0..n-1} in its
 * own random order and batch sizes on two threads, and prints {@code index<TAB>token} lines.
 *
 * <p>Arguments: jdbcUrl schema seed count workDir processName
 */
public final class VaultWriterProcess {
    private VaultWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String schema = args[1];
        long seed = Long.parseLong(args[2]);
        int count = Integer.parseInt(args[3]);
        Path work = Path.of(args[4]);
        String name = args[5];
        Scope scope = Scope.of("acme", "shared-dataset");
        Map<Integer, String> tokens = new ConcurrentHashMap<>();
        try (TokenVault vault = Vaults.postgres(url).schema(schema).poolSize(2).open()) {
            Files.createFile(work.resolve("ready-" + name));
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.exists(work.resolve("go"))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("no go signal");
                }
                Thread.sleep(5);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(seed));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                List<Integer> half = order.subList(t * count / 2, (t + 1) * count / 2);
                Random sizes = new Random(seed * 31 + t);
                done.add(pool.submit(() -> {
                    int from = 0;
                    while (from < half.size()) {
                        int to = Math.min(half.size(), from + 1 + sizes.nextInt(40));
                        List<Integer> batch = half.subList(from, to);
                        List<TokenRequest> reqs = batch.stream()
                                .map(i -> TokenRequest.of(EntityType.PERSON, "subject-" + i)).toList();
                        List<String> out = vault.tokenize(scope, reqs);
                        for (int k = 0; k < batch.size(); k++) {
                            tokens.put(batch.get(k), out.get(k));
                        }
                        from = to;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
        }
        StringBuilder sb = new StringBuilder();
        tokens.forEach((i, t) -> sb.append(i).append('\t').append(t).append('\n'));
        System.out.print(sb);
        System.out.flush();
    }
}
