package dev.veil.cli.scan;

import dev.veil.cli.Veil;
import dev.veil.eval.LabeledDoc;
import dev.veil.eval.corpus.CorpusGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The training run behind the launcher's ahead-of-time cache (JDK 25+, {@code -XX:AOTCacheOutput}):
 * runs {@code veil scan} and {@code veil redact} over generated documents so that the JVM records
 * which classes they load and how their methods behave. A later run started with that cache loads
 * the classes pre-linked and compiles the hot methods sooner (see {@code ./veil}).
 *
 * <p>The documents come from the synthetic corpus generator of {@code veil-eval} (clinical notes,
 * bank letters, support chats, HR e-mails, source code), with a seed of their own; nothing is read
 * from or written to the user's data, and the scratch directory is deleted afterwards. Profiles from
 * realistic text matter: on 20 MB, a cache trained on these documents made {@code veil scan
 * --threads 2} about 25% faster, one trained on a few fixed sentence frames only about 15%.
 */
@Command(name = "aot-train", hidden = true,
        description = "Training run for the launcher's ahead-of-time cache (internal).")
public final class AotTrainCommand implements Callable<Integer> {
    @Option(names = "--docs", description = "Documents to generate (default ${DEFAULT-VALUE}).")
    int docs = 3000;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("veil-aot-train");
        PrintStream out = System.out;
        try {
            Path in = dir.resolve("train.jsonl");
            Files.writeString(in, documents(docs, 20261129L), StandardCharsets.UTF_8);
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
            int scan = Veil.run("scan", "--jsonl", "--format", "jsonl", "--threads", "1", in.toString());
            if (scan != 1) {
                return 2; // the documents are full of entities: anything but "found" is a failure
            }
            return Veil.run("redact", "--jsonl", "--field", "text", "--data", dir.resolve("data").toString(),
                    "--threads", "1", "-o", dir.resolve("out.jsonl").toString(), in.toString());
        } finally {
            System.setOut(out);
            deleteTree(dir);
        }
    }

    /** JSONL lines {@code {"id": ..., "text": ...}} of about 500 chars from the synthetic corpus generator. */
    static String documents(int n, long seed) throws IOException {
        CorpusGenerator gen = CorpusGenerator.withSeed(seed);
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder(n * 560);
        for (int i = 0; i < n; i++) {
            LabeledDoc d = gen.nextOfSize(500);
            sb.append(json.writeValueAsString(Map.of("id", d.id(), "text", d.text()))).append('\n');
        }
        return sb.toString();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a scratch directory left in the temp folder holds only generated text
        }
    }
}
