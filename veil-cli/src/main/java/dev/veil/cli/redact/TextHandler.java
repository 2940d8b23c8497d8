package dev.veil.cli.redact;

import dev.veil.cli.io.LineSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: lines are grouped into chunks of about {@link FormatHandler#BATCH_BYTES}, cut at a
 * blank line when one comes within twice that size (so paragraphs, addresses and key blocks stay
 * whole), else at a line end. Each chunk is detected and anonymized as one text. A line that is not
 * valid UTF-8 is dropped and reported; the rest of the chunk goes on.
 */
final class TextHandler implements FormatHandler {
    private final FieldTransform transform;

    TextHandler(FieldTransform transform) {
        this.transform = transform;
    }

    @Override
    public void run(LineSource lines, String source, OrderedBatches batches) throws IOException {
        List<LineSource.Line> chunk = new ArrayList<>();
        long bytes = 0;
        LineSource.Line line;
        while ((line = lines.next()) != null) {
            chunk.add(line);
            bytes += line.tooLong() ? 0 : line.bytes().length + 1;
            boolean blank = !line.tooLong() && isBlank(line.bytes());
            if (bytes >= BATCH_BYTES && blank || bytes >= 2L * BATCH_BYTES) {
                submit(chunk, source, batches);
                chunk = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!chunk.isEmpty()) {
            submit(chunk, source, batches);
        }
    }

    private void submit(List<LineSource.Line> chunk, String source, OrderedBatches batches) throws IOException {
        batches.submit(() -> process(chunk, source));
    }

    private OrderedBatches.Result process(List<LineSource.Line> chunk, String source) {
        RunStats stats = new RunStats();
        StringBuilder text = new StringBuilder();
        for (LineSource.Line l : chunk) {
            String s = l.tooLong() ? null : FormatHandler.decode(l.bytes());
            if (s == null) {
                stats.problem(source + ":" + l.number() + ": " + (l.tooLong() ? "line longer than --max-record-bytes"
                        : "invalid UTF-8") + "; line dropped");
                continue;
            }
            text.append(s);
            if (l.newline()) {
                text.append('\n');
            }
            stats.records++;
        }
        FieldTransform.Outcome o = transform.apply(List.of(new FieldTransform.Field(text.toString(), null))).get(0);
        if (o.text() == null) {
            stats.records = 0;
            stats.problem(source + ":" + chunk.get(0).number() + "-" + chunk.get(chunk.size() - 1).number() + ": "
                    + o.refusal() + "; lines dropped");
            return new OrderedBatches.Result(new byte[0], stats);
        }
        o.countInto(stats);
        return new OrderedBatches.Result(o.text().getBytes(StandardCharsets.UTF_8), stats);
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
