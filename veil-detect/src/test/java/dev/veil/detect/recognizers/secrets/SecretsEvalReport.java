package dev.veil.detect.recognizers.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.core.Finding;
import dev.veil.core.Preset;
import dev.veil.detect.Analyzer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores the SECRETS preset on the two secret fixture sets in {@code shared/eval/secrets}: the
 * CredSweeper samples with CredSweeper's own expected output, and the detect-secrets fixtures
 * with its recorded baseline. Both are peer tools' outputs, not human truth, so the report gives
 * recall against their lists (by file and 1-based line, any secret type) and, separately, the
 * findings on files that neither tool flags at all (negatives and look-alikes), which are false
 * positives. Findings on other lines of positive files are counted as "extra" (unverified).
 *
 * <p>Run: {@code java ... SecretsEvalReport [sharedDir] [--write-jsonl FILE] [--peer NAME=FILE.jsonl]}.
 * {@code --write-jsonl} writes every scored file as {@code {"id","text"}} JSONL for a peer adapter;
 * {@code --peer} scores that adapter's span output the same way. Prints file:line and rule
 * names only, never a secret value.
 */
public final class SecretsEvalReport {
    /** One scored document: its id ("credsweeper/aws_multi.json"), text and expected lines. */
    record Doc(String id, String text, Set<Integer> expectedLines, Map<Integer, String> rules) {
        boolean negative() {
            return expectedLines.isEmpty();
        }
    }

    /** The outcome of one detector over all documents. */
    record Score(int expected, int hit, int negativeDocs, int negativeDocsFlagged, int negativeFindings,
                 int extraLines, List<String> misses, Map<String, int[]> perRule) {
        double recall() {
            return expected == 0 ? 0 : (double) hit / expected;
        }
    }

    private SecretsEvalReport() {
    }

    static Path sharedDir(String arg) {
        return Path.of(arg != null ? arg : System.getProperty("veil.shared.dir", "../shared"));
    }

    /** Loads both fixture sets, or an empty list if they are absent. */
    static List<Doc> load(Path shared) throws IOException {
        List<Doc> docs = new ArrayList<>();
        Path cs = shared.resolve("eval/secrets/credsweeper");
        if (Files.isDirectory(cs)) {
            docs.addAll(credSweeper(cs));
        }
        Path ds = shared.resolve("eval/secrets/detect-secrets/test_data");
        if (Files.isDirectory(ds)) {
            docs.addAll(detectSecrets(ds));
        }
        return docs;
    }

    private static List<Doc> credSweeper(Path dir) throws IOException {
        JsonNode out = new ObjectMapper().readTree(dir.resolve("output.json").toFile());
        Map<String, Map<Integer, String>> expected = new HashMap<>();
        for (JsonNode f : out) {
            for (JsonNode ld : f.get("line_data_list")) {
                String path = ld.get("path").asText();
                String name = path.substring(path.lastIndexOf("/samples/") + 9);
                expected.computeIfAbsent(name, k -> new TreeMap<>())
                        .merge(ld.get("line_num").asInt(), f.get("rule").asText(), (a, b) -> a.contains(b) ? a : a + "|" + b);
            }
        }
        List<Doc> docs = new ArrayList<>();
        try (var files = Files.list(dir.resolve("samples"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                Map<Integer, String> rules = expected.getOrDefault(name, Map.of());
                docs.add(new Doc("credsweeper/" + name, read(p), new TreeSet<>(rules.keySet()), rules));
            }
        }
        return docs;
    }

    private static List<Doc> detectSecrets(Path dir) throws IOException {
        JsonNode results = new ObjectMapper().readTree(dir.resolve("baseline.file").toFile()).get("results");
        List<Doc> docs = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.equals("baseline.file")) {
                    continue;
                }
                Map<Integer, String> rules = new TreeMap<>();
                JsonNode list = results.get(rel);
                if (list != null) {
                    for (JsonNode r : list) {
                        rules.merge(r.get("line_number").asInt(), r.get("type").asText(), (a, b) -> a + "|" + b);
                    }
                }
                docs.add(new Doc("detect-secrets/" + rel, read(p), new TreeSet<>(rules.keySet()), rules));
            }
        }
        return docs;
    }

    /** Reads a fixture as UTF-8, replacing malformed bytes (some fixtures are deliberately odd). */
    private static String read(Path p) throws IOException {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return dec.decode(ByteBuffer.wrap(Files.readAllBytes(p))).toString();
    }

    /** A span as [start, end) char offsets. */
    record Span(int start, int end, String label) {
    }

    /** Scores spans produced by {@code detector} against the docs. */
    static Score score(List<Doc> docs, Function<Doc, List<Span>> detector) {
        int expected = 0;
        int hit = 0;
        int negDocs = 0;
        int negFlagged = 0;
        int negFindings = 0;
        int extra = 0;
        List<String> misses = new ArrayList<>();
        Map<String, int[]> perRule = new TreeMap<>();
        for (Doc d : docs) {
            int[] lineStarts = lineStarts(d.text());
            Set<Integer> covered = new TreeSet<>();
            List<Span> spans = detector.apply(d);
            for (Span sp : spans) {
                int a = lineOf(lineStarts, sp.start());
                int b = lineOf(lineStarts, Math.max(sp.start(), sp.end() - 1));
                for (int l = a; l <= b; l++) {
                    covered.add(l);
                }
            }
            if (d.negative()) {
                negDocs++;
                if (!spans.isEmpty()) {
                    negFlagged++;
                    negFindings += spans.size();
                }
                continue;
            }
            for (int line : d.expectedLines()) {
                expected++;
                boolean ok = covered.contains(line);
                if (ok) {
                    hit++;
                } else {
                    misses.add(d.id() + ":" + line + " [" + d.rules().get(line) + "]");
                }
                for (String rule : d.rules().get(line).split("\\|")) {
                    int[] c = perRule.computeIfAbsent(rule, k -> new int[2]);
                    c[0]++;
                    c[1] += ok ? 1 : 0;
                }
            }
            for (int line : covered) {
                if (!d.expectedLines().contains(line)) {
                    extra++;
                }
            }
        }
        return new Score(expected, hit, negDocs, negFlagged, negFindings, extra, misses, perRule);
    }

    static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** 1-based line number of char offset {@code pos}. */
    static int lineOf(int[] starts, int pos) {
        int idx = Arrays.binarySearch(starts, pos);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }

    static Function<Doc, List<Span>> veil() {
        Analyzer analyzer = Analyzer.builder().preset(Preset.SECRETS).build();
        return d -> {
            List<Span> out = new ArrayList<>();
            for (Finding f : analyzer.analyze(d.text())) {
                out.add(new Span(f.start(), f.end(), f.type() + "/" + f.recognizer()));
            }
            return out;
        };
    }

    /** Reads a peer adapter's JSONL output ({"id", "spans":[{"start","end"}]}) keyed by id. */
    static Function<Doc, List<Span>> peer(Path jsonl) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Map<String, List<Span>> byId = new HashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode rec = om.readTree(line);
            List<Span> spans = new ArrayList<>();
            for (JsonNode s : rec.get("spans")) {
                spans.add(new Span(s.get("start").asInt(), s.get("end").asInt(), s.path("type").asText()));
            }
            byId.put(rec.get("id").asText(), spans);
        }
        return d -> byId.getOrDefault(d.id(), List.of());
    }

    static String summary(String name, Score s) {
        return String.format("%-10s recall %d/%d = %.3f | negative files flagged %d/%d (%d findings) | extra lines on positive files %d",
                name, s.hit(), s.expected(), s.recall(), s.negativeDocsFlagged(), s.negativeDocs(), s.negativeFindings(),
                s.extraLines());
    }

    public static void main(String[] args) throws IOException {
        String sharedArg = null;
        Path writeJsonl = null;
        Map<String, Path> peers = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--write-jsonl" -> writeJsonl = Path.of(args[++i]);
                case "--peer" -> {
                    String[] kv = args[++i].split("=", 2);
                    peers.put(kv[0], Path.of(kv[1]));
                }
                case "--misses" -> System.setProperty("veil.eval.misses", "true");
                default -> sharedArg = args[i];
            }
        }
        List<Doc> all = load(sharedDir(sharedArg));
        if (all.isEmpty()) {
            System.out.println("secret fixtures not found under " + sharedDir(sharedArg) + "; nothing to score");
            return;
        }
        if (writeJsonl != null) {
            ObjectMapper om = new ObjectMapper();
            List<String> lines = new ArrayList<>();
            for (Doc d : all) {
                lines.add(om.writeValueAsString(Map.of("id", d.id(), "text", d.text())));
            }
            Files.write(writeJsonl, lines);
        }
        Map<String, Function<Doc, List<Span>>> detectors = new LinkedHashMap<>();
        detectors.put("veil", veil());
        for (var e : peers.entrySet()) {
            detectors.put(e.getKey(), peer(e.getValue()));
        }
        for (String corpus : List.of("credsweeper/", "detect-secrets/")) {
            List<Doc> docs = all.stream().filter(d -> d.id().startsWith(corpus)).toList();
            System.out.println("== " + corpus + " (" + docs.size() + " files, "
                    + docs.stream().filter(Doc::negative).count() + " without expected findings)");
            for (var e : detectors.entrySet()) {
                Score s = score(docs, e.getValue());
                System.out.println(summary(e.getKey(), s));
                if (e.getKey().equals("veil") && Boolean.getBoolean("veil.eval.misses")) {
                    s.misses().forEach(m -> System.out.println("   miss " + m));
                    s.perRule().forEach((r, c) -> System.out.println("   rule " + r + " " + c[1] + "/" + c[0]));
                    negativesFlagged(docs, e.getValue());
                }
            }
        }
    }

    private static void negativesFlagged(List<Doc> docs, Function<Doc, List<Span>> detector) {
        for (Doc d : docs) {
            if (d.negative()) {
                int[] ls = lineStarts(d.text());
                for (Span sp : detector.apply(d)) {
                    System.out.println("   negative-file finding " + d.id() + ":" + lineOf(ls, sp.start()) + " " + sp.label());
                }
            }
        }
    }
}
