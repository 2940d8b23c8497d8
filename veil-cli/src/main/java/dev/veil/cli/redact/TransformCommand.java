package dev.veil.cli.redact;

import dev.veil.cli.io.LineSource;
import dev.veil.anonymize.AnonymizeException;
import dev.veil.anonymize.Policy;
import dev.veil.cli.CliException;
import dev.veil.cli.ExitCodes;
import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.vault.VaultException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code veil redact} and {@code veil restore} share: inputs (files, directory trees, stdin),
 * formats (text, JSONL, CSV), outputs (stdout, {@code -o FILE}, {@code --out DIR}), the data
 * directory, the scope and the worker pool. Output files are written to a temporary file and
 * renamed into place when complete, so an interrupted run never leaves a partial file that looks
 * finished; re-running it yields the same tokens (the vault already holds them).
 */
abstract class TransformCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "Files or directories ('-' or none: stdin).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE (default: stdout).")
    Path output;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write one output file per input under DIR, mirroring directory trees.")
    Path outDir;

    @Option(names = "--format", paramLabel = "auto|text|jsonl|csv",
            description = "Input format; auto (default) goes by extension: .jsonl/.ndjson, .csv, else text.")
    String format = "auto";

    @Option(names = "--jsonl", description = "Same as --format jsonl.")
    boolean jsonl;

    @Option(names = "--field", paramLabel = "PATH",
            description = "JSONL: a dotted path of a string field to process (repeatable). Default: every string.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--column", paramLabel = "NAME=TYPE",
            description = "CSV: column NAME holds values of entity TYPE (repeatable), e.g. --column ssn=SSN.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--other-columns", paramLabel = "scan|keep",
            description = "CSV: columns without --column are scanned (default) or kept as they are.")
    String otherColumns = "scan";

    @Option(names = "--delimiter", paramLabel = "C", description = "CSV field delimiter (default ',').")
    char delimiter = ',';

    @Option(names = "--policy", paramLabel = "FILE|PRESET",
            description = "Policy YAML or preset: default, hipaa-safe-harbor, pci, gdpr, glba, secrets-block.")
    String policy = "default";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:VEIL_DATA:-veil-data}",
            description = "Veil data directory holding the vault and keys (default: $VEIL_DATA, else ./veil-data).")
    Path data;

    @Option(names = "--tenant", paramLabel = "T", description = "Tenant of the scope (default: ${DEFAULT-VALUE}).")
    String tenant = "default";

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when on a terminal).")
    Boolean progress;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Longest line or record accepted (default ${DEFAULT-VALUE}).")
    int maxRecordBytes = 64 << 20;

    /** For tests: where stdin/stdout/stderr are. */
    InputStream stdin = System.in;
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;

    /** The command name for messages. */
    abstract String name();

    /** Opens what the transform needs (vault, keys, analyzer); called once before any output. */
    abstract Session open(Policy policy) throws IOException;

    /** The open resources of a run and its transform. */
    interface Session extends AutoCloseable {
        FieldTransform transform();

        /** Called after a successful or failed run with the totals. */
        void finished(RunStats total, PrintStream err);

        @Override
        void close();
    }

    @Override
    public final Integer call() throws Exception {
        checkOptions();
        Policy p;
        try {
            p = Policy.resolve(policy);
        } catch (AnonymizeException e) {
            throw new CliException(e.getMessage());
        }
        RunStats total = new RunStats();
        AtomicLong read = new AtomicLong();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "veil-" + name() + "-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        try (Session session = openSafely(p); ProgressBar bar = ProgressBar.start(showProgress(), stderr, name(),
                read, totalInputBytes())) {
            List<Job> jobs = jobs();
            OutputStream single = null;
            Path singleTmp = null;
            boolean inPlace = false;
            if (outDir == null) {
                if (output != null && Files.exists(output) && !Files.isRegularFile(output)) {
                    // "-o /dev/null", a named pipe: written in place, since a rename over a device or a
                    // pipe would replace it with a regular file (as root, /dev/null itself)
                    inPlace = true;
                    single = new BufferedOutputStream(Files.newOutputStream(output, StandardOpenOption.WRITE), 1 << 16);
                } else if (output != null) {
                    singleTmp = tempFor(output);
                    single = new BufferedOutputStream(Files.newOutputStream(singleTmp), 1 << 16);
                } else {
                    single = new BufferedOutputStream(stdout, 1 << 16);
                }
            }
            try {
                for (Job job : jobs) {
                    if (outDir == null) {
                        runJob(job, session.transform(), single, pool, total, read);
                    } else {
                        Path target = outDir.resolve(job.relativeOut());
                        Files.createDirectories(target.toAbsolutePath().getParent());
                        Path tmp = tempFor(target);
                        boolean written;
                        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                            written = runJob(job, session.transform(), o, pool, total, read);
                        } catch (IOException | RuntimeException e) {
                            Files.deleteIfExists(tmp);
                            throw e;
                        }
                        if (written) {
                            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        } else {
                            Files.delete(tmp);
                        }
                    }
                }
                if (single != null) {
                    single.flush();
                    if (singleTmp != null) {
                        single.close();
                        Files.move(singleTmp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        singleTmp = null;
                    }
                }
            } finally {
                if (singleTmp != null) {
                    single.close();
                    Files.deleteIfExists(singleTmp);
                } else if (inPlace) {
                    single.close();
                }
            }
            bar.stop();
            for (String problem : total.problems()) {
                stderr.println("veil " + name() + ": " + problem);
            }
            if (total.problemCount > total.problems().size()) {
                stderr.println("veil " + name() + ": ... and " + (total.problemCount - total.problems().size())
                        + " more problems");
            }
            session.finished(total, stderr);
            return total.problemCount > 0 ? ExitCodes.ERROR : ExitCodes.NOTHING_FOUND;
        } catch (AnonymizeException | VaultException e) {
            throw new CliException(e.getMessage(), e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private Session openSafely(Policy p) throws IOException {
        try {
            return open(p);
        } catch (AnonymizeException | VaultException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** One input and where its output goes under {@code --out}. */
    private record Job(Path path, String source, Path relativeOut) {
        boolean stdin() {
            return path == null;
        }
    }

    private List<Job> jobs() throws IOException {
        List<Job> jobs = new ArrayList<>();
        List<Path> in = inputs.isEmpty() ? List.of(Path.of("-")) : inputs;
        for (Path p : in) {
            if (p.toString().equals("-")) {
                if (outDir != null) {
                    throw new CliException("stdin cannot be written to --out DIR; use -o FILE or stdout");
                }
                jobs.add(new Job(null, "stdin", Path.of("stdin")));
            } else if (Files.isDirectory(p)) {
                if (outDir == null) {
                    throw new CliException(p + " is a directory; give --out DIR for directory trees");
                }
                if (outDir.toAbsolutePath().normalize().startsWith(p.toAbsolutePath().normalize())) {
                    throw new CliException("--out must not be inside the input directory " + p);
                }
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        jobs.add(new Job(f, f.toString(), p.relativize(f)));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                if (output != null && Files.exists(output) && Files.isSameFile(p, output)) {
                    throw new CliException(p + ": the output file is the input file");
                }
                jobs.add(new Job(p, p.toString(), p.getFileName()));
            } else {
                throw new CliException(p + ": no such file or directory");
            }
        }
        return jobs;
    }

    /** Runs one input; false if it was skipped whole (binary), so no output file is made for it. */
    private boolean runJob(Job job, FieldTransform transform, OutputStream out, ExecutorService pool, RunStats total,
                           AtomicLong read) throws IOException {
        try (InputStream raw = job.stdin() ? stdin : Files.newInputStream(job.path());
             InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            InputFormat f = InputFormat.of(jsonl ? "jsonl" : format, job.path());
            if (f == InputFormat.TEXT && FormatHandler.looksBinary(in)) {
                total.problem(job.source() + ": binary content (NUL byte); skipped");
                return false;
            }
            FormatHandler handler = switch (f) {
                case TEXT -> new TextHandler(transform);
                case JSONL -> new JsonlHandler(transform, fields, maxRecordBytes);
                case CSV -> new CsvHandler(transform, columnTypes(),
                        CsvHandler.Others.valueOf(otherColumns.toUpperCase(Locale.ROOT)), delimiter, maxRecordBytes);
            };
            OrderedBatches batches = new OrderedBatches(pool, Math.max(2, threads * 3), out, total);
            try {
                handler.run(new LineSource(in, maxRecordBytes, read), job.source(), batches);
                batches.finish();
            } catch (IOException | RuntimeException e) {
                batches.abandon();
                throw e;
            }
            return true;
        }
    }

    private void checkOptions() {
        if (threads < 1) {
            throw new CliException("--threads must be >= 1");
        }
        if (output != null && outDir != null) {
            throw new CliException("give either -o FILE or --out DIR, not both");
        }
        if (maxRecordBytes < 1024) {
            throw new CliException("--max-record-bytes must be at least 1024");
        }
        if (!otherColumns.equalsIgnoreCase("scan") && !otherColumns.equalsIgnoreCase("keep")) {
            throw new CliException("--other-columns must be scan or keep");
        }
        InputFormat.of(jsonl ? "jsonl" : format, null);
        columnTypes();
    }

    private Map<String, EntityType> columnTypes() {
        Map<String, EntityType> out = new LinkedHashMap<>();
        columns.forEach((col, type) -> out.put(col, EntityType.parse(type).orElseThrow(() ->
                new CliException("--column " + col + "=" + type + ": unknown entity type (see docs/ENTITIES.md)"))));
        return out;
    }

    /** The scope named by the user, validated. */
    Scope scope(String id) {
        try {
            return Scope.of(tenant, id);
        } catch (IllegalArgumentException e) {
            throw new CliException("--tenant/--scope: " + e.getMessage());
        }
    }

    private boolean showProgress() {
        return progress != null ? progress : stderr == System.err && ProgressBar.onTerminal();
    }

    private long totalInputBytes() {
        long sum = 0;
        for (Path p : inputs) {
            if (p.toString().equals("-")) {
                return -1;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                sum += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            } catch (IOException | java.io.UncheckedIOException e) {
                return -1;
            }
        }
        return inputs.isEmpty() ? -1 : sum;
    }

    private static Path tempFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return Files.createTempFile(dir, "." + target.getFileName() + ".", ".veil-tmp");
    }
}
