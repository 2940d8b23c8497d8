package dev.veil.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.veil.eval.corpus.CorpusGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a synthetic labelled corpus.
 *
 * <pre>
 * Generate --docs 2000 --seed 7 --out dev.jsonl                      # mixed genres, natural lengths
 * Generate --mb 100 --seed 1 --out gold.jsonl --input-out in.jsonl   # ~500-char docs for the scan bench
 * Generate --docs 500 --format presidio --out dev.json               # readable by pii_eval.py presidio:
 * </pre>
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate a synthetic labelled PII corpus.")
public final class Generate implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Size size;

    static final class Size {
        @Option(names = "--docs", paramLabel = "N", description = "Number of documents.")
        Integer docs;

        @Option(names = "--mb", paramLabel = "MB", description = "Generate until the texts reach this many MB (UTF-8); implies --doc-chars 500.")
        Double mb;
    }

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Gold output (default: stdout).")
    Path out;

    @Option(names = "--input-out", paramLabel = "FILE", description = "Also write {\"id\",\"text\"} lines, the scanners' input.")
    Path inputOut;

    @Option(names = "--doc-chars", paramLabel = "N", description = "Aim every document at about N chars (default: natural mix; 500 with --mb).")
    Integer docChars;

    @Option(names = "--records", description = "Short Presidio-style records only (about --doc-chars, default 150).")
    boolean records;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or presidio (a JSON array for pii_eval.py).")
    String format;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new Generate());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("generate: " + e.getMessage());
            return 2;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        boolean presidio = switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> false;
            case "presidio" -> true;
            default -> throw new IllegalArgumentException("--format must be jsonl or presidio");
        };
        CorpusGenerator gen = CorpusGenerator.withSeed(seed);
        Integer chars = docChars != null ? docChars : records ? Integer.valueOf(150) : size.mb != null ? Integer.valueOf(500) : null;
        long limitBytes = size.mb == null ? Long.MAX_VALUE : (long) (size.mb * 1_000_000);
        long limitDocs = size.docs == null ? Long.MAX_VALUE : size.docs;
        long docs = 0;
        long bytes = 0;
        try (OutputStream os = open(out); OutputStream is = inputOut == null ? OutputStream.nullOutputStream() : open(inputOut);
             JsonGenerator g = Jsonl.JSON.getFactory().createGenerator(os, JsonEncoding.UTF8);
             JsonGenerator in = Jsonl.JSON.getFactory().createGenerator(is, JsonEncoding.UTF8)) {
            if (presidio) {
                g.writeStartArray();
            }
            while (docs < limitDocs && bytes < limitBytes) {
                LabeledDoc d = records ? gen.nextRecord(chars) : chars != null ? gen.nextOfSize(chars) : gen.next();
                if (presidio) {
                    writePresidio(g, d);
                } else {
                    writeGold(g, d);
                }
                in.writeStartObject();
                in.writeStringField("id", d.id());
                in.writeStringField("text", d.text());
                in.writeEndObject();
                in.writeRaw('\n');
                docs++;
                bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
            }
            if (presidio) {
                g.writeEndArray();
                g.writeRaw('\n');
            }
        }
        System.err.printf(Locale.ROOT, "generate: %d docs, %d text bytes, seed %d%n", docs, bytes, seed);
        return 0;
    }

    private static OutputStream open(Path p) throws IOException {
        return p == null ? new BufferedOutputStream(new NonClosing(System.out), 1 << 16)
                : new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    }

    static void writeGold(JsonGenerator g, LabeledDoc d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("genre", d.genre());
        g.writeStringField("text", d.text());
        g.writeArrayFieldStart("spans");
        for (Span s : d.spans()) {
            g.writeStartObject();
            g.writeNumberField("start", s.start());
            g.writeNumberField("end", s.end());
            g.writeStringField("type", s.type());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void writePresidio(JsonGenerator g, LabeledDoc d) throws IOException {
        g.writeStartObject();
        g.writeStringField("full_text", d.text());
        g.writeNullField("masked");
        g.writeArrayFieldStart("spans");
        for (Span s : d.spans()) {
            g.writeStartObject();
            g.writeStringField("entity_type", s.type());
            g.writeStringField("entity_value", d.text().substring(s.start(), s.end()));
            g.writeNumberField("start_position", s.start());
            g.writeNumberField("end_position", s.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("template_id", d.genre());
        g.writeEndObject();
    }

    /** Lets the JSON writer flush and close without closing {@code System.out}. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream os) {
            super(os);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
