package dev.veil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads gold documents from the three sources the project uses:
 * <ul>
 *   <li>{@code path.jsonl}: this module's format, one {@code {"id","text","spans":[{"start","end","type"}],"genre"}} per line;
 *   <li>{@code presidio:path.json}: a presidio-research JSON array (ids are the record indices);
 *   <li>{@code physionet:dir}: {@code dir/id.text} + {@code dir/id-phi.phrase} (PhysioNet deid layout).
 * </ul>
 * The two prefixed forms read the files exactly as the reference scorer does (including Python's
 * newline translation of the PhysioNet text). Errors name the file and line, never their content.
 */
public final class GoldSets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSets() {
    }

    /** Loads {@code spec}: {@code presidio:PATH}, {@code physionet:DIR} or a JSONL path. */
    public static List<LabeledDoc> load(String spec) {
        try {
            if (spec.startsWith("presidio:")) {
                return presidio(Path.of(spec.substring("presidio:".length())));
            }
            if (spec.startsWith("physionet:")) {
                return physionet(Path.of(spec.substring("physionet:".length())));
            }
            return jsonl(Path.of(spec));
        } catch (IOException e) {
            throw new UncheckedIOException("gold set " + spec + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    static List<LabeledDoc> jsonl(Path file) throws IOException {
        List<LabeledDoc> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = Jsonl.parse(line, file, no);
                JsonNode text = o.get("text");
                if (text == null || !text.isTextual()) {
                    throw new IllegalArgumentException(file + " line " + no + ": \"text\" must be a string");
                }
                List<Span> spans = new ArrayList<>();
                for (JsonNode s : o.path("spans")) {
                    spans.add(new Span(s.path("start").asInt(), s.path("end").asInt(), TypeNames.canon(s.path("type").asText(""))));
                }
                String id = o.has("id") ? o.get("id").asText() : String.valueOf(out.size());
                out.add(new LabeledDoc(id, text.asText(), spans, o.path("genre").asText("")));
            }
        }
        return out;
    }

    static List<LabeledDoc> presidio(Path file) throws IOException {
        JsonNode arr = JSON.readTree(file.toFile());
        if (!arr.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of presidio records");
        }
        List<LabeledDoc> out = new ArrayList<>();
        int i = 0;
        for (JsonNode r : arr) {
            List<Span> spans = new ArrayList<>();
            for (JsonNode s : r.path("spans")) {
                spans.add(new Span(s.path("start_position").asInt(), s.path("end_position").asInt(),
                        TypeNames.canon(s.path("entity_type").asText(""))));
            }
            out.add(new LabeledDoc(String.valueOf(i++), r.path("full_text").asText(), spans, r.path("template_id").asText("")));
        }
        return out;
    }

    static List<LabeledDoc> physionet(Path dir) throws IOException {
        String text = pythonText(Files.readAllBytes(dir.resolve("id.text")));
        Map<String, String> notes = new LinkedHashMap<>();
        String[] blocks = text.split("START_OF_RECORD=", -1);
        for (int b = 1; b < blocks.length; b++) {
            String block = blocks[b];
            int sep = block.indexOf("||||\n");
            String head = sep < 0 ? block : block.substring(0, sep);
            String body = sep < 0 ? "" : block.substring(sep + 5);
            String[] ids = head.split("\\|\\|\\|\\|", -1);
            if (ids.length < 2) {
                throw new IllegalArgumentException(dir + "/id.text: record " + b + " has no patient||||note header");
            }
            int end = body.lastIndexOf("||||END_OF_RECORD");
            if (end >= 0) {
                body = body.substring(0, end);
            }
            notes.put(ids[0] + "-" + ids[1], body);
        }
        Map<String, List<Span>> phi = new HashMap<>();
        String phrases = pythonText(Files.readAllBytes(dir.resolve("id-phi.phrase")));
        int no = 0;
        for (String line : phrases.split("\n", -1)) {
            no++;
            List<String> p = pythonSplit(line);
            if (p.size() < 5) {
                continue;
            }
            try {
                phi.computeIfAbsent(p.get(0) + "-" + p.get(1), k -> new ArrayList<>())
                        .add(new Span(Integer.parseInt(p.get(2)), Integer.parseInt(p.get(3)), TypeNames.canon(p.get(4))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(dir + "/id-phi.phrase line " + no + ": offsets are not integers", e);
            }
        }
        List<LabeledDoc> out = new ArrayList<>(notes.size());
        notes.forEach((id, body) -> out.add(new LabeledDoc(id, body, phi.getOrDefault(id, List.of()), "physionet")));
        return out;
    }

    /** Latin-1 decoding plus Python's universal-newline translation (\r\n and \r become \n). */
    private static String pythonText(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Python's {@code str.split()}: fields separated by runs of whitespace, no empty fields. */
    private static List<String> pythonSplit(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && TypeNames.isPythonSpace(line.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !TypeNames.isPythonSpace(line.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(line.substring(s, i));
            }
        }
        return out;
    }
}
