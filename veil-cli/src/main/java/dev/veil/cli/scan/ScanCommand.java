package dev.veil.cli.scan;

import dev.veil.cli.CliException;
import dev.veil.cli.ExitCodes;
import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Preset;
import dev.veil.detect.Analyzer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code veil scan}: finds sensitive entities in text files, stdin or JSONL records. Exit code 0 if
 * nothing was found, 1 if something was, 2 on any error (like grep, so it can guard a commit or a
 * CI step).
 */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Find PII, PHI, card data and secrets in text.",
            "Reads FILEs (one document each) or stdin; with --jsonl each line is {\"id\": ..., \"text\": ...}.",
            "Exit status: 0 nothing found, 1 entities found, 2 error."},
        footer = {"", "Examples:",
            "  veil scan notes.txt",
            "  echo 'Call Maria at +1 212-555-0199' | veil scan",
            "  veil scan --jsonl --format jsonl --preset hipaa records.jsonl > spans.jsonl",
            "  git diff --cached | veil scan --preset secrets || echo 'secrets staged!'"})
public final class ScanCommand implements Callable<Integer> {

    /** Files above this size are streamed in windows instead of read whole. */
    static final long STREAM_THRESHOLD = 8L << 20;

    @Parameters(paramLabel = "FILE", description = "Files to scan ('-' or none: stdin).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--jsonl", description = "Input is JSON Lines: {\"id\": ..., \"text\": ...} per line.")
    boolean jsonl;

    @Option(names = "--format", paramLabel = "table|jsonl",
            description = "Output format. Default: table on a terminal, jsonl otherwise.")
    String format;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "hipaa, pci, gdpr, glba, secrets or all (default).")
    String preset = "all";

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Only these entity types (comma-separated), within the preset.")
    List<String> types;

    @Option(names = "--min-score", paramLabel = "S", description = "Score threshold in [0,1] (default ${DEFAULT-VALUE}).")
    double minScore = 0.5;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--show-values", description = "Show matched values in the table (masked by default).")
    boolean showValues;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Longest JSONL record accepted (default ${DEFAULT-VALUE}).")
    int maxRecordBytes = 64 << 20;

    /** For tests: where stdin/stdout/stderr come from. */
    InputStream stdin = System.in;
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;

    @Override
    public Integer call() throws Exception {
        Analyzer analyzer = buildAnalyzer();
        if (threads < 1) {
            throw new CliException("--threads must be >= 1");
        }
        boolean table = format == null ? System.console() != null && stdout == System.out
                : switch (format) {
                    case "table" -> true;
                    case "jsonl" -> false;
                    default -> throw new CliException("unknown --format '" + format + "' (use table or jsonl)");
                };
        OutputStream raw = new BufferedOutputStream(stdout, 1 << 16);
        ScanStats stats = new ScanStats();
        try (ResultWriter writer = table
                ? new TableResultWriter(new PrintStream(raw, false, StandardCharsets.UTF_8), showValues)
                : new JsonlResultWriter(raw)) {
            try (OrderedScanner scanner = new OrderedScanner(analyzer, writer, threads, stats)) {
                feed(scanner);
            }
        } finally {
            raw.flush();
        }
        for (String err : stats.errors()) {
            stderr.println("veil scan: " + err);
        }
        if (stats.errorCount() > 0) {
            return ExitCodes.ERROR;
        }
        return stats.findings() > 0 ? ExitCodes.FOUND : ExitCodes.NOTHING_FOUND;
    }

    private void feed(OrderedScanner scanner) throws Exception {
        List<Path> inputs = files.isEmpty() ? List.of(Path.of("-")) : files;
        for (Path p : inputs) {
            boolean isStdin = p.toString().equals("-");
            String name = isStdin ? "stdin" : p.toString();
            if (jsonl) {
                try (InputStream in = isStdin ? stdin : Files.newInputStream(p)) {
                    JsonlRecordReader reader = new JsonlRecordReader(in, name, maxRecordBytes);
                    Document d;
                    while ((d = reader.next()) != null) {
                        scanner.submit(d);
                        if (!reader.inputPending()) {
                            scanner.idle(); // a slow producer: its results now, not after a full batch
                        }
                    }
                } catch (java.nio.file.NoSuchFileException e) {
                    scanner.submit(new Document.Failed(name, name + ": no such file"));
                }
            } else if (isStdin) {
                scanner.submit(readStdin(name));
            } else if (!Files.isRegularFile(p)) {
                scanner.submit(new Document.Failed(name, name + (Files.isDirectory(p) ? ": is a directory" : ": no such file")));
            } else if (Files.size(p) > STREAM_THRESHOLD) {
                scanner.submit(new Document.Streamed(name, () -> Files.newInputStream(p)));
            } else {
                try {
                    scanner.submit(new Document.InMemory(name, TextFiles.readSmall(p, name)));
                } catch (TextFiles.InputRejected e) {
                    scanner.submit(new Document.Failed(name, e.getMessage()));
                }
            }
        }
    }

    /** Stdin up to the streaming threshold is one in-memory document; beyond it, it is streamed. */
    private Document readStdin(String name) throws IOException {
        byte[] head = stdin.readNBytes((int) STREAM_THRESHOLD);
        if (head.length < STREAM_THRESHOLD) {
            try {
                return new Document.InMemory(name, TextFiles.decode(head, name));
            } catch (TextFiles.InputRejected e) {
                return new Document.Failed(name, e.getMessage());
            }
        }
        InputStream rest = stdin;
        return new Document.Streamed(name, () -> new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(head), rest));
    }

    private Analyzer buildAnalyzer() {
        Preset p = Preset.parse(preset).orElseThrow(() ->
                new CliException("unknown --preset '" + preset + "' (use hipaa, pci, gdpr, glba, secrets or all)"));
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new CliException("--min-score must be in [0,1]");
        }
        Analyzer.Builder b = Analyzer.builder().preset(p).minScore(minScore);
        if (types != null && !types.isEmpty()) {
            Set<EntityType> set = EnumSet.noneOf(EntityType.class);
            for (String t : types) {
                set.add(EntityType.parse(t).orElseThrow(() -> new CliException("unknown entity type '" + t
                        + "' (see docs/ENTITIES.md)")));
            }
            b.types(set);
        }
        return b.build();
    }

    /** Counters shared by the scanner and the command. */
    static final class ScanStats {
        private long docs;
        private long findings;
        private final List<String> errors = new ArrayList<>();

        synchronized void document(int found) {
            docs++;
            findings += found;
        }

        synchronized void error(String message) {
            docs++;
            if (errors.size() < 1000) {
                errors.add(message);
            }
        }

        synchronized long findings() {
            return findings;
        }

        synchronized long documents() {
            return docs;
        }

        synchronized int errorCount() {
            return errors.size();
        }

        synchronized List<String> errors() {
            return List.copyOf(errors);
        }
    }

    /** Used by {@link OrderedScanner} for findings of a streamed document. */
    interface FindingSink {
        void accept(Finding f) throws IOException;
    }
}
