package dev.veil.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** JSONL helpers shared by the loaders: parse one line, read a prediction file. */
final class Jsonl {
    static final ObjectMapper JSON = new ObjectMapper();

    private Jsonl() {
    }

    /** Parses one line as a JSON object; the error names the file and line only. */
    static JsonNode parse(String line, Path file, int no) {
        try {
            JsonNode o = JSON.readTree(line);
            if (o == null || !o.isObject()) {
                throw new IllegalArgumentException(file + " line " + no + ": not a JSON object");
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " line " + no + ": malformed JSON at column "
                    + e.getLocation().getColumnNr(), null);
        }
    }

    /**
     * Reads a prediction file ({@code {"id","spans":[{"start","end","type",...}]}} per line) into
     * spans by id, mapping each label with {@code typeMap} before canonicalisation. A later line
     * with the same id replaces an earlier one, as in the reference scorer.
     */
    static Map<String, List<Span>> predictions(Path file, UnaryOperator<String> typeMap) {
        Map<String, List<Span>> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = parse(line.strip(), file, no);
                if (!o.has("id")) {
                    throw new IllegalArgumentException(file + " line " + no + ": no \"id\"");
                }
                List<Span> spans = new ArrayList<>();
                for (JsonNode s : o.path("spans")) {
                    JsonNode t = s.get("type");
                    String label = t == null || t.isNull() ? null : typeMap.apply(t.asText());
                    spans.add(new Span(s.path("start").asInt(), s.path("end").asInt(), TypeNames.canon(label)));
                }
                out.put(o.get("id").asText(), spans);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("predictions " + file + ": cannot read", e);
        }
        return out;
    }
}
