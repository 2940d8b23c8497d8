package dev.veil.cli.redact;

import dev.veil.cli.io.LineSource;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JSON Lines: each line is one JSON value. The string values selected by {@code --field} (dotted
 * paths; an array on the way applies the rest of the path to each element), or every string value
 * when no field is given, are transformed; everything else is written back unchanged (numbers keep
 * their digits). A line that is not valid JSON or UTF-8, or that holds a blocked type, is dropped
 * and reported by line number.
 */
final class JsonlHandler implements FormatHandler {
    private final FieldTransform transform;
    private final List<String[]> paths;
    private final ObjectMapper json;

    JsonlHandler(FieldTransform transform, List<String> fields, int maxRecordBytes) {
        this.transform = transform;
        this.paths = fields.stream().map(f -> f.split("\\.", -1)).toList();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(maxRecordBytes, StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                        .maxNestingDepth(200).build())
                .build();
        this.json = new ObjectMapper(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // keep numbers as written: 1.10 stays 1.10
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    @Override
    public void run(LineSource lines, String source, OrderedBatches batches) throws IOException {
        List<LineSource.Line> batch = new ArrayList<>();
        long bytes = 0;
        LineSource.Line line;
        while ((line = lines.next()) != null) {
            batch.add(line);
            bytes += line.tooLong() ? 0 : line.bytes().length;
            if (batch.size() >= BATCH_RECORDS || bytes >= BATCH_BYTES) {
                List<LineSource.Line> b = batch;
                batches.submit(() -> process(b, source));
                batch = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!batch.isEmpty()) {
            List<LineSource.Line> b = batch;
            batches.submit(() -> process(b, source));
        }
    }

    /** One parsed record and where its selected strings are, so the new texts can be put back. */
    private record Parsed(long line, JsonNode root, List<Consumer<String>> setters, int firstField) {
    }

    private OrderedBatches.Result process(List<LineSource.Line> batch, String source) throws IOException {
        RunStats stats = new RunStats();
        List<Parsed> parsed = new ArrayList<>(batch.size());
        List<FieldTransform.Field> fields = new ArrayList<>();
        for (LineSource.Line l : batch) {
            if (l.tooLong()) {
                stats.problem(source + ":" + l.number() + ": record longer than --max-record-bytes; dropped");
                continue;
            }
            if (isBlank(l.bytes())) {
                continue;
            }
            JsonNode root;
            try {
                root = json.readTree(l.bytes());
            } catch (IOException e) {
                // Jackson's messages can quote the input: report the position only
                stats.problem(source + ":" + l.number() + ": malformed JSON or invalid UTF-8; dropped");
                continue;
            }
            List<Consumer<String>> setters = new ArrayList<>();
            int first = fields.size();
            if (paths.isEmpty()) {
                collectAll(root, fields, setters);
            } else {
                for (String[] p : paths) {
                    collect(root, p, 0, fields, setters);
                }
            }
            parsed.add(new Parsed(l.number(), root, setters, first));
        }
        List<FieldTransform.Outcome> outcomes = transform.apply(fields);
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 256);
        for (Parsed p : parsed) {
            String refusal = null;
            for (int i = 0; i < p.setters().size() && refusal == null; i++) {
                refusal = outcomes.get(p.firstField() + i).refusal();
            }
            if (refusal != null) {
                stats.problem(source + ":" + p.line() + ": " + refusal + "; dropped");
                continue;
            }
            for (int i = 0; i < p.setters().size(); i++) {
                FieldTransform.Outcome o = outcomes.get(p.firstField() + i);
                p.setters().get(i).accept(o.text());
                o.countInto(stats);
            }
            out.write(json.writeValueAsBytes(p.root()));
            out.write('\n');
            stats.records++;
        }
        return new OrderedBatches.Result(out.toByteArray(), stats);
    }

    private static void collectAll(JsonNode node, List<FieldTransform.Field> fields, List<Consumer<String>> setters) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                if (e.getValue() instanceof TextNode t) {
                    fields.add(new FieldTransform.Field(t.textValue(), null));
                    String key = e.getKey();
                    setters.add(v -> o.put(key, v));
                } else {
                    collectAll(e.getValue(), fields, setters);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof TextNode t) {
                    fields.add(new FieldTransform.Field(t.textValue(), null));
                    int index = i;
                    setters.add(v -> a.set(index, TextNode.valueOf(v)));
                } else {
                    collectAll(a.get(i), fields, setters);
                }
            }
        }
    }

    private static void collect(JsonNode node, String[] path, int depth, List<FieldTransform.Field> fields,
                                List<Consumer<String>> setters) {
        if (node instanceof ArrayNode a) {
            for (JsonNode element : a) {
                collect(element, path, depth, fields, setters);
            }
            return;
        }
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        JsonNode child = o.get(path[depth]);
        if (child == null) {
            return;
        }
        if (depth < path.length - 1) {
            collect(child, path, depth + 1, fields, setters);
        } else if (child instanceof TextNode t) {
            fields.add(new FieldTransform.Field(t.textValue(), null));
            String key = path[depth];
            setters.add(v -> o.put(key, v));
        } else if (child instanceof ArrayNode a) {
            // a selected field holding a list of strings: each string is a text
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof TextNode t) {
                    fields.add(new FieldTransform.Field(t.textValue(), null));
                    int index = i;
                    setters.add(v -> a.set(index, TextNode.valueOf(v)));
                }
            }
        }
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }
}
