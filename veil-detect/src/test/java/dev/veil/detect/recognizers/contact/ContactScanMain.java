package dev.veil.detect.recognizers.contact;

import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Development tool: reads {@code {"id","text"}} JSONL (as written by {@code pii_eval.py export}) on
 * stdin and writes the contact recognizers' spans as the scorer's prediction JSONL on stdout, so
 * this family can be scored on its own before {@code veil scan} exists. Only the two string fields
 * are parsed; that is all the exporter writes.
 */
public final class ContactScanMain {
    private ContactScanMain() {
    }

    public static void main(String[] args) throws IOException {
        Analyzer.Builder b = Analyzer.builder().clearRecognizers();
        ContactRecognizers.all().forEach(b::addRecognizer);
        Analyzer analyzer = b.build();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String id = JsonStrings.field(line, "id");
            String text = JsonStrings.field(line, "text");
            StringBuilder sb = new StringBuilder("{\"id\": \"").append(JsonStrings.escape(id))
                    .append("\", \"spans\": [");
            boolean first = true;
            for (Finding f : analyzer.analyze(text)) {
                sb.append(first ? "" : ", ").append(String.format(Locale.ROOT,
                        "{\"start\": %d, \"end\": %d, \"type\": \"%s\", \"score\": %.2f, \"recognizer\": \"%s\"}",
                        f.start(), f.end(), f.type(), f.score(), f.recognizer()));
                first = false;
            }
            out.println(sb.append("]}"));
        }
        out.flush();
    }
}
