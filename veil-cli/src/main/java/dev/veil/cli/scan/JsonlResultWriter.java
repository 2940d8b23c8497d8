package dev.veil.cli.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.veil.core.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The stable scan contract: one line per document,
 * {@code {"id": ..., "spans": [{"start","end","type","score","recognizer"}]}}; offsets are UTF-16
 * indices, end exclusive. A document that failed is {@code {"id": ..., "error": "..."}} (no
 * "spans" key, so it can never be mistaken for a clean document).
 */
final class JsonlResultWriter implements ResultWriter {
    private final JsonGenerator g;

    JsonlResultWriter(OutputStream out) throws IOException {
        this.g = new JsonFactory().createGenerator(out);
        g.setRootValueSeparator(null);
    }

    @Override
    public void begin(Object id, String text) throws IOException {
        g.writeStartObject();
        writeId(id);
        g.writeArrayFieldStart("spans");
    }

    @Override
    public void span(Finding f, String text) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", f.start());
        g.writeNumberField("end", f.end());
        g.writeStringField("type", f.type().name());
        g.writeFieldName("score");
        g.writeNumber(scoreText(f.score()));
        g.writeStringField("recognizer", f.recognizer());
        g.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    @Override
    public void error(Object id, String message) throws IOException {
        g.writeStartObject();
        writeId(id);
        g.writeStringField("error", message);
        g.writeEndObject();
        g.writeRaw('\n');
    }

    /** Recently written scores and their text: most findings share a few scores (0.95, 0.85, 1.0). */
    private final long[] scoreBits = new long[256];
    private final String[] scoreTexts = new String[256];

    /** The score rounded half-up to three decimals, trailing zeros stripped ("0.95", "1"). */
    private String scoreText(double score) {
        long bits = Double.doubleToLongBits(score);
        int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 41)) & 255;
        if (scoreTexts[slot] != null && scoreBits[slot] == bits) {
            return scoreTexts[slot];
        }
        String text = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        scoreBits[slot] = bits;
        scoreTexts[slot] = text;
        return text;
    }

    private void writeId(Object id) throws IOException {
        g.writeFieldName("id");
        if (id instanceof Number n) {
            g.writeNumber(n.toString());
        } else {
            g.writeString(String.valueOf(id));
        }
    }

    @Override
    public void flush() throws IOException {
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.flush();
    }
}
