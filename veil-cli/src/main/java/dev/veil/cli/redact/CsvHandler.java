package dev.veil.cli.redact;

import dev.veil.cli.io.LineSource;
import dev.veil.cli.CliException;
import dev.veil.core.EntityType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV with a header row and a column policy: a column declared with {@code --column name=TYPE}
 * holds values of that type (the whole cell is transformed by the type's operator, no detection);
 * every other column is scanned, or passed through with {@code --other-columns keep}. Records may
 * span lines inside quotes. A record with the wrong number of fields, broken quoting or invalid
 * UTF-8 is dropped and reported by its first line number.
 */
final class CsvHandler implements FormatHandler {
    /** What happens to columns without a declared type. */
    enum Others { SCAN, KEEP }

    private final FieldTransform transform;
    private final Map<String, EntityType> columns;
    private final Others others;
    private final char delimiter;
    private final int maxRecordBytes;

    CsvHandler(FieldTransform transform, Map<String, EntityType> columns, Others others, char delimiter, int maxRecordBytes) {
        this.transform = transform;
        this.columns = columns;
        this.others = others;
        this.delimiter = delimiter;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** One raw record: its bytes (null if unusable), first line number, and a problem if any. */
    private record Raw(byte[] bytes, long line, String problem) {
    }

    @Override
    public void run(LineSource lines, String source, OrderedBatches batches) throws IOException {
        Raw headerRaw = nextRecord(lines);
        if (headerRaw == null) {
            return;
        }
        String headerText = headerRaw.bytes() == null ? null : FormatHandler.decode(headerRaw.bytes());
        List<String> header;
        try {
            if (headerText == null) {
                throw new CsvCodec.Malformed("not valid UTF-8");
            }
            header = CsvCodec.parse(stripBom(headerText), delimiter);
        } catch (CsvCodec.Malformed e) {
            throw new CliException(source + ":1: the CSV header is unreadable (" + e.getMessage() + ")");
        }
        EntityType[] types = new EntityType[header.size()];
        for (Map.Entry<String, EntityType> c : columns.entrySet()) {
            int i = header.indexOf(c.getKey());
            if (i < 0) {
                throw new CliException(source + ": --column " + c.getKey() + ": no such column in the header");
            }
            types[i] = c.getValue();
        }
        byte[] headerOut = (headerText + "\n").getBytes(StandardCharsets.UTF_8);
        batches.submit(() -> {
            RunStats s = new RunStats();
            return new OrderedBatches.Result(headerOut, s);
        });
        List<Raw> batch = new ArrayList<>();
        long bytes = 0;
        Raw r;
        while ((r = nextRecord(lines)) != null) {
            batch.add(r);
            bytes += r.bytes() == null ? 0 : r.bytes().length;
            if (batch.size() >= BATCH_RECORDS || bytes >= BATCH_BYTES) {
                List<Raw> b = batch;
                batches.submit(() -> process(b, types, source));
                batch = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!batch.isEmpty()) {
            List<Raw> b = batch;
            batches.submit(() -> process(b, types, source));
        }
    }

    /** Joins physical lines until quotes balance; bounded by the record size limit. */
    private Raw nextRecord(LineSource lines) throws IOException {
        LineSource.Line l = lines.next();
        while (l != null && !l.tooLong() && l.bytes().length == 0) {
            l = lines.next(); // blank lines are not records
        }
        if (l == null) {
            return null;
        }
        long first = l.number();
        if (l.tooLong()) {
            return new Raw(null, first, "record longer than --max-record-bytes");
        }
        ByteArrayOutputStream acc = new ByteArrayOutputStream(l.bytes().length);
        acc.writeBytes(l.bytes());
        boolean inQuotes = CsvCodec.togglesQuote(l.bytes(), false);
        while (inQuotes) {
            l = lines.next();
            if (l == null) {
                return new Raw(null, first, "unterminated quoted field at end of input");
            }
            if (l.tooLong() || acc.size() + l.bytes().length > maxRecordBytes) {
                return new Raw(null, first, "record longer than --max-record-bytes");
            }
            acc.write('\n');
            acc.writeBytes(l.bytes());
            inQuotes = CsvCodec.togglesQuote(l.bytes(), true);
        }
        byte[] b = acc.toByteArray();
        int len = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return new Raw(len == b.length ? b : java.util.Arrays.copyOf(b, len), first, null);
    }

    private OrderedBatches.Result process(List<Raw> batch, EntityType[] types, String source) {
        RunStats stats = new RunStats();
        List<List<String>> rows = new ArrayList<>(batch.size());
        List<long[]> lineAndFirstField = new ArrayList<>();
        List<FieldTransform.Field> fields = new ArrayList<>();
        List<int[]> cells = new ArrayList<>(); // row index, column index of each field
        for (Raw r : batch) {
            if (r.problem() != null) {
                stats.problem(source + ":" + r.line() + ": " + r.problem() + "; dropped");
                continue;
            }
            String text = FormatHandler.decode(r.bytes());
            if (text == null) {
                stats.problem(source + ":" + r.line() + ": invalid UTF-8; dropped");
                continue;
            }
            List<String> row;
            try {
                row = new ArrayList<>(CsvCodec.parse(text, delimiter));
            } catch (CsvCodec.Malformed e) {
                stats.problem(source + ":" + r.line() + ": malformed CSV (" + e.getMessage() + "); dropped");
                continue;
            }
            if (row.size() != types.length) {
                stats.problem(source + ":" + r.line() + ": expected " + types.length + " fields, found " + row.size()
                        + "; dropped");
                continue;
            }
            int rowIndex = rows.size();
            rows.add(row);
            lineAndFirstField.add(new long[] {r.line(), fields.size()});
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).isEmpty() || types[c] == null && others == Others.KEEP) {
                    continue;
                }
                fields.add(new FieldTransform.Field(row.get(c), types[c]));
                cells.add(new int[] {rowIndex, c});
            }
        }
        List<FieldTransform.Outcome> outcomes = transform.apply(fields);
        StringBuilder out = new StringBuilder(batch.size() * 128);
        for (int ri = 0; ri < rows.size(); ri++) {
            int from = (int) lineAndFirstField.get(ri)[1];
            int to = ri + 1 < rows.size() ? (int) lineAndFirstField.get(ri + 1)[1] : fields.size();
            String refusal = null;
            for (int k = from; k < to && refusal == null; k++) {
                refusal = outcomes.get(k).refusal();
            }
            if (refusal != null) {
                stats.problem(source + ":" + lineAndFirstField.get(ri)[0] + ": " + refusal + "; dropped");
                continue;
            }
            List<String> row = rows.get(ri);
            for (int k = from; k < to; k++) {
                row.set(cells.get(k)[1], outcomes.get(k).text());
                outcomes.get(k).countInto(stats);
            }
            CsvCodec.format(row, delimiter, out);
            out.append('\n');
            stats.records++;
        }
        return new OrderedBatches.Result(out.toString().getBytes(StandardCharsets.UTF_8), stats);
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
