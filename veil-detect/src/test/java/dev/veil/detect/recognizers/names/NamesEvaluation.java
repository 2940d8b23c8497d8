package dev.veil.detect.recognizers.names;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.recognizers.names.build.CorpusEngine;
import dev.veil.detect.recognizers.names.build.LabeledDoc;
import dev.veil.detect.recognizers.names.build.Slots;
import dev.veil.detect.recognizers.names.build.ValuePools;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Evaluation driver (a developer tool, not a test): writes a held-out synthetic corpus in the
 * presidio-research JSON format with the names recognizer's predictions beside it, so both can be
 * scored by {@code shared/tools/pii_eval.py}; or tags an existing {"id","text"} JSONL file.
 *
 * <pre>
 *   heldout N GOLD.json PRED.jsonl   held-out templates, invented names, seed 7
 *   scan IN.jsonl PRED.jsonl          names-only predictions for a JSONL input
 * </pre>
 */
public final class NamesEvaluation {
    private NamesEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Analyzer analyzer = Analyzer.builder().clearRecognizers().addRecognizer(new NamedEntityRecognizer()).build();
        if (args[0].equals("heldout")) {
            int n = Integer.parseInt(args[1]);
            SplittableRandom rnd = new SplittableRandom(7);
            CorpusEngine engine = new CorpusEngine(new Slots(new ValuePools(), rnd, true), rnd, 0.08, 0.03, 0.04);
            List<LabeledDoc> docs = engine.generate(HeldOutTemplates.ALL, n);
            try (PrintWriter gold = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8));
                    PrintWriter pred = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
                gold.println("[");
                for (int i = 0; i < docs.size(); i++) {
                    LabeledDoc d = docs.get(i);
                    StringBuilder sb = new StringBuilder("{\"full_text\": ").append(json(d.text())).append(", \"spans\": [");
                    for (int k = 0; k < d.spans().size(); k++) {
                        LabeledDoc.Span s = d.spans().get(k);
                        sb.append(k == 0 ? "" : ", ").append("{\"entity_type\": \"")
                                .append(SequenceModel.TYPES[s.type()].name()).append("\", \"start_position\": ")
                                .append(s.start()).append(", \"end_position\": ").append(s.end()).append('}');
                    }
                    gold.println(sb.append("]}").append(i + 1 < docs.size() ? "," : ""));
                    pred.println(predictionLine(String.valueOf(i), analyzer.analyze(d.text())));
                }
                gold.println("]");
            }
        } else if (args[0].equals("scan")) {
            try (PrintWriter pred = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
                for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
                    String id = field(line, "id");
                    String text = field(line, "text");
                    pred.println(predictionLine(id, analyzer.analyze(text)));
                }
            }
        } else if (args[0].equals("show")) {
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String text = line.replace("\\n", "\n");
                StringBuilder sb = new StringBuilder(line).append("  =>");
                for (Finding f : analyzer.analyze(text)) {
                    sb.append("  ").append(f.type()).append('[').append(f.textIn(text)).append(']')
                            .append(String.format(java.util.Locale.ROOT, "%.2f", f.score()));
                }
                System.out.println(sb);
            }
        } else if (args[0].equals("explain")) {
            String text = args[1];
            NameTokens t = new NameTokens(text);
            TokenFeatures tf = new TokenFeatures(t, NamedEntityRecognizer.builtInLexicon());
            SequenceModel m = NamedEntityRecognizer.builtInModel();
            for (int p = 0; p < SequenceModel.LABELS; p++) {
                StringBuilder tr = new StringBuilder("trans from " + p + ":");
                for (int y = 0; y < SequenceModel.LABELS; y++) {
                    tr.append(String.format(java.util.Locale.ROOT, " %.1f", m.transition(p, y)));
                }
                System.out.println(tr);
            }
            int[] feats = new int[TokenFeatures.MAX_FEATURES];
            int[] labels = new int[t.size()];
            m.tag(tf, labels, new float[t.size()], new SequenceModel.Work());
            for (int i = 0; i < t.size(); i++) {
                float[] em = new float[SequenceModel.LABELS];
                if (tf.candidate(i)) {
                    m.emissions(feats, tf.features(i, feats), em, 0);
                }
                StringBuilder sb = new StringBuilder(text.substring(t.start(i), t.end(i)))
                        .append(" y=").append(labels[i]).append(" cand=").append(tf.candidate(i)).append(" cls=").append(Integer.toBinaryString(tf.classes(i)));
                for (float e : em) {
                    sb.append(String.format(java.util.Locale.ROOT, " %.1f", e / SequenceModel.SCALE));
                }
                System.out.println(sb);
            }
        } else {
            throw new IllegalArgumentException("usage: heldout N GOLD PRED | scan IN PRED | show < lines | explain TEXT");
        }
    }

    private static String predictionLine(String id, List<Finding> fs) {
        StringBuilder sb = new StringBuilder("{\"id\": ").append(json(id)).append(", \"spans\": [");
        for (int k = 0; k < fs.size(); k++) {
            Finding f = fs.get(k);
            sb.append(k == 0 ? "" : ", ").append("{\"start\": ").append(f.start()).append(", \"end\": ")
                    .append(f.end()).append(", \"type\": \"").append(f.type().name()).append("\", \"score\": ")
                    .append(String.format(java.util.Locale.ROOT, "%.3f", f.score())).append('}');
        }
        return sb.append("]}").toString();
    }

    /** Minimal JSON string field reader for the {"id","text"} lines pii_eval.py exports. */
    private static String field(String line, String name) {
        int k = line.indexOf("\"" + name + "\": \"");
        if (k < 0) {
            throw new IllegalArgumentException("missing field " + name);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = k + name.length() + 5; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char e = line.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
