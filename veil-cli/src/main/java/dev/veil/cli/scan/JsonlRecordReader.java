package dev.veil.cli.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.veil.cli.io.LineSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads {@code {"id": ..., "text": "..."}} records, one per line, in bounded memory. A line longer
 * than the limit is skipped without being buffered and reported as a failed record; a malformed
 * line (bad JSON, invalid UTF-8, missing text) is reported and reading continues with the next line.
 */
final class JsonlRecordReader {
    private final LineSource lines;
    private final String source;
    private final int maxLineBytes;
    private final JsonFactory json;
    private long lineNo;

    JsonlRecordReader(InputStream in, String source, int maxLineBytes) {
        this.lines = new LineSource(in, maxLineBytes, new AtomicLong());
        this.source = source;
        this.maxLineBytes = maxLineBytes;
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(maxLineBytes, StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                        .maxNestingDepth(64).build())
                .build();
    }

    /** The next record, or null at end of input. Blank lines are skipped. */
    Document next() throws IOException {
        LineSource.Line line;
        while ((line = lines.next()) != null) {
            lineNo = line.number();
            if (line.tooLong()) {
                return new Document.Failed(source + ":" + lineNo,
                        source + ":" + lineNo + ": record longer than --max-record-bytes (" + maxLineBytes + "); skipped");
            }
            if (!isBlank(line.bytes())) {
                return parse(line.bytes());
            }
        }
        return null;
    }

    /** Whether more input can be read without blocking (see {@link LineSource#inputPending}). */
    boolean inputPending() throws IOException {
        return lines.inputPending();
    }

    private Document parse(byte[] bytes) {
        Object id = null;
        String text = null;
        try (JsonParser p = json.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return failed(null, "not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if ("id".equals(field)) {
                    id = switch (v) {
                        case VALUE_STRING -> p.getText();
                        case VALUE_NUMBER_INT -> p.getNumberValue();
                        default -> {
                            p.skipChildren();
                            yield null;
                        }
                    };
                } else if ("text".equals(field) && v == JsonToken.VALUE_STRING) {
                    text = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return failed(id, "malformed JSON");
            }
        } catch (IOException e) {
            // Jackson's messages can quote input; report position only.
            return failed(id, "malformed JSON or invalid UTF-8");
        }
        if (text == null) {
            return failed(id, "missing string field \"text\"");
        }
        return new Document.InMemory(id == null ? (Object) (source + ":" + lineNo) : id, text);
    }

    private Document failed(Object id, String why) {
        Object shownId = id == null ? source + ":" + lineNo : id;
        return new Document.Failed(shownId, source + ":" + lineNo + ": " + why);
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
