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
 * runs {@code veil scan} over generated documents so that the JVM records which classes it loads and
 * how their methods behave. A later run started with that cache loads the classes pre-linked and
 * compiles the hot methods sooner (see {@code ./veil}). The launcher writes the documents in a
 * separate JVM first ({@code --write}) and records only the scan ({@code --read}): every class in the
 * cache is loaded at start-up, so generator classes (or redact's database and crypto classes) in it
 * would slow down every start (measured: one-document scan 302 ms with a scan-only cache, 353 ms with
 * scan and redact, 399 ms without a cache).
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

    @Option(names = "--write", paramLabel = "FILE",
            description = "Only write the generated documents to FILE (JSONL) and exit.")
    Path write;

    @Option(names = "--read", paramLabel = "FILE",
            description = "Train on the documents in FILE instead of generating them here: the recorded "
                    + "JVM then loads no generator classes, which would otherwise sit in the cache.")
    Path read;

    @Override
    public Integer call() throws IOException {
        if (write != null) {
            Files.writeString(write, documents(docs, 20261129L), StandardCharsets.UTF_8);
            return 0;
        }
        Path dir = Files.createTempDirectory("veil-aot-train");
        PrintStream out = System.out;
        try {
            Path in = read != null ? read : dir.resolve("train.jsonl");
            if (read == null) {
                Files.writeString(in, documents(docs, 20261129L), StandardCharsets.UTF_8);
            }
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
            int scan = Veil.run("scan", "--jsonl", "--format", "jsonl", "--threads", "1", in.toString());
            // the documents are full of entities: anything but "found" is a failure
            return scan == 1 ? 0 : 2;
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
