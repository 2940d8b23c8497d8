package dev.veil.cli.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@code {"id": ..., "text": "..."}} records, one per line, in bounded memory. A line longer
 * than the limit is skipped without being buffered and reported as a failed record; a malformed
 * line (bad JSON, invalid UTF-8, missing text) is reported and reading continues with the next line.
 */
final class JsonlRecordReader {
    private final InputStream in;
    private final String source;
    private final int maxLineBytes;
    private final JsonFactory json;
    /** Input read ahead in blocks (lines are found by scanning this array, not byte by byte through a stream). */
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    /** The current line, grown as needed up to {@code maxLineBytes}. */
    private byte[] line = new byte[4096];
    private int lineLength;
    private long lineNo;
    private boolean eof;

    JsonlRecordReader(InputStream in, String source, int maxLineBytes) {
        this.in = in;
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
        while (!eof) {
            lineLength = 0;
            boolean tooLong = false;
            boolean newline = false;
            while (!newline) {
                if (pos == limit && !fill()) {
                    eof = true;
                    break;
                }
                int end = pos;
                while (end < limit && buf[end] != '\n') {
                    end++;
                }
                tooLong |= !append(pos, end);
                newline = end < limit;
                pos = newline ? end + 1 : end;
            }
            if (eof && lineLength == 0 && !tooLong && !newline) {
                return null;
            }
            lineNo++;
            if (tooLong) {
                return new Document.Failed(source + ":" + lineNo,
                        source + ":" + lineNo + ": record longer than --max-record-bytes (" + maxLineBytes + "); skipped");
            }
            if (isBlank(line, lineLength)) {
                continue;
            }
            return parse(java.util.Arrays.copyOf(line, lineLength));
        }
        return null;
    }

    /**
     * Whether input is waiting that can be read without blocking: read ahead, or available from
     * the stream. False means the producer is slow (a pipe fed line by line) or the input ended.
     */
    boolean inputPending() throws IOException {
        return pos < limit || (!eof && in.available() > 0);
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** Appends {@code buf[from, to)} to the line; false (appending nothing more) once it is past the limit. */
    private boolean append(int from, int to) {
        int n = to - from;
        if (n == 0) {
            return true; // nothing to add (a line marked too long stays so: the caller ORs the results)
        }
        if (lineLength + n > maxLineBytes) {
            lineLength = maxLineBytes; // the line is skipped: keep no more of it
            return false;
        }
        if (lineLength + n > line.length) {
            line = java.util.Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + n)));
        }
        System.arraycopy(buf, from, line, lineLength, n);
        lineLength += n;
        return true;
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

    private static boolean isBlank(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            byte x = b[i];
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }
}
