package dev.veil.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line splitting of {@link JsonlRecordReader}: block reads, the length limit, the last line, blank lines. */
class JsonlRecordReaderTest {

    private static List<Document> readAll(String input, int maxLineBytes, int chunk) throws IOException {
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk)); // a pipe that delivers a few bytes at a time
            }
        };
        JsonlRecordReader r = new JsonlRecordReader(in, "in", maxLineBytes);
        List<Document> out = new ArrayList<>();
        for (Document d; (d = r.next()) != null; ) {
            out.add(d);
        }
        return out;
    }

    private static String texts(List<Document> docs) {
        StringBuilder sb = new StringBuilder();
        for (Document d : docs) {
            sb.append(d instanceof Document.InMemory m ? m.id() + "=" + m.text() : "FAILED " + d.id()).append(';');
        }
        return sb.toString();
    }

    @Test
    void linesAcrossReadsBlankLinesAndALastLineWithoutNewline() throws IOException {
        String input = "{\"id\":1,\"text\":\"a\"}\n\n  \r\n{\"id\":2,\"text\":\"b\"}\r\n{\"id\":3,\"text\":\"c\"}";
        for (int chunk : new int[] {1, 3, 7, 1 << 16}) {
            assertThat(texts(readAll(input, 1000, chunk))).as("chunk %d", chunk).isEqualTo("1=a;2=b;3=c;");
        }
    }

    @Test
    void aLineOverTheLimitIsOneFailedRecordAndTheNextLineIsRead() throws IOException {
        String line = "{\"id\":1,\"text\":\"" + "x".repeat(200) + "\"}";
        int exact = line.getBytes(StandardCharsets.UTF_8).length;
        String input = line + "\n{\"id\":2,\"text\":\"ok\"}\n";
        assertThat(texts(readAll(input, exact, 5))).startsWith("1=xxx").endsWith(";2=ok;");
        assertThat(texts(readAll(input, exact - 1, 5))).isEqualTo("FAILED in:1;2=ok;");
        assertThat(texts(readAll(input, exact - 1, 1 << 16))).isEqualTo("FAILED in:1;2=ok;");
    }

    @Test
    void aLineLongerThanTheReadBufferIsWhole() throws IOException {
        String big = "y".repeat(200_000);
        String input = "{\"id\":1,\"text\":\"" + big + "\"}\n";
        List<Document> docs = readAll(input, 1 << 20, 1 << 16);
        assertThat(docs).hasSize(1);
        assertThat(((Document.InMemory) docs.get(0)).text()).isEqualTo(big);
    }

    @Test
    void emptyInputHasNoRecords() throws IOException {
        assertThat(readAll("", 100, 10)).isEmpty();
        assertThat(readAll("\n\n", 100, 10)).isEmpty();
    }
}
