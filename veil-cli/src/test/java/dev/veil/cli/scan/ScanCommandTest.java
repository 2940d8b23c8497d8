package dev.veil.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CARD = "4539 1488 0343 6467";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> out2 = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    out2.add(JSON.readTree(l));
                }
            }
            return out2;
        }
    }

    static Run run(InputStream stdin, String... args) {
        ScanCommand cmd = new ScanCommand();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cmd.stdin = stdin;
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = dev.veil.cli.Veil.configure(new CommandLine(cmd)).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    @Test
    void jsonlContractKeepsIdsOffsetsAndExitCode() throws IOException {
        Run r = run("{\"id\":\"a\",\"text\":\"card " + CARD + " ok\"}\n{\"id\":7,\"text\":\"nothing here\"}\n",
                "--jsonl", "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        JsonNode span = lines.get(0).get("spans").get(0);
        assertThat(span.get("start").asInt()).isEqualTo(5);
        assertThat(span.get("end").asInt()).isEqualTo(5 + CARD.length());
        assertThat(span.get("type").asText()).isEqualTo("CREDIT_CARD");
        assertThat(span.get("recognizer").asText()).isEqualTo("credit_card");
        assertThat(span.get("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(lines.get(1).get("id").isNumber()).isTrue();
        assertThat(lines.get(1).get("spans")).isEmpty();
    }

    @Test
    void exitZeroWhenNothingFound() {
        Run r = run("just some words\n", "--format", "jsonl");
        assertThat(r.exit()).isZero();
    }

    @Test
    void badRecordsAreReportedWithoutLosingTheRest() throws IOException {
        String input = "{\"id\":1,\"text\":\"card " + CARD + "\"}\n"
                + "{not json\n"
                + "{\"id\":3}\n"
                + "[1,2]\n"
                + "{\"id\":5,\"text\":\"x" + "y".repeat(200) + "\"}\n"
                + "{\"id\":6,\"text\":\"card " + CARD + "\"}\n";
        Run r = run(input, "--jsonl", "--format", "jsonl", "--max-record-bytes", "100");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).has("spans")).isTrue();
        assertThat(lines.get(1).get("error").asText()).contains("stdin:2").contains("malformed");
        assertThat(lines.get(2).get("error").asText()).contains("missing string field");
        assertThat(lines.get(3).get("error").asText()).contains("not a JSON object");
        assertThat(lines.get(4).get("error").asText()).contains("--max-record-bytes");
        assertThat(lines.get(5).get("spans")).hasSize(1);
        assertThat(r.err()).contains("stdin:2").doesNotContain("{not json");
    }

    @Test
    void invalidUtf8InRecordIsAnErrorAndNeverEchoed() throws IOException {
        byte[] bad = "{\"id\":1,\"text\":\"secret\u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 5] = (byte) 0xff;
        Run r = run(new ByteArrayInputStream(bad), "--jsonl", "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("invalid UTF-8").doesNotContain("secret");
    }

    @Test
    void binaryAndInvalidUtf8FilesAreRejectedClearly() throws IOException {
        Path bin = tmp.resolve("img.bin");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', ' ', (byte) 0xc3, (byte) 0x28});
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "card " + CARD);
        Run r = run("", "--format", "jsonl", bin.toString(), bad.toString(), good.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("binary content").contains("invalid UTF-8");
        assertThat(r.out()).contains("\"CREDIT_CARD\"");
    }

    @Test
    void manyRecordsOnTwoThreadsKeepInputOrder() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("{\"id\":").append(i).append(",\"text\":\"record ").append(i)
                    .append(i % 3 == 0 ? " card " + CARD : " plain").append("\"}\n");
        }
        Run r = run(sb.toString(), "--jsonl", "--format", "jsonl", "--threads", "2");
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(3000);
        for (int i = 0; i < 3000; i++) {
            assertThat(lines.get(i).get("id").asInt()).isEqualTo(i);
            assertThat(lines.get(i).get("spans").size()).isEqualTo(i % 3 == 0 ? 1 : 0);
        }
    }

    @Test
    void tableMasksValuesUnlessAsked() {
        Run masked = run("card " + CARD, "--format", "table");
        assertThat(masked.out()).contains("CREDIT_CARD").contains("**** **** **** ****").doesNotContain(CARD);
        Run shown = run("card " + CARD, "--format", "table", "--show-values");
        assertThat(shown.out()).contains(CARD);
    }

    @Test
    void unknownPresetTypeAndFormatAreUsageErrors() {
        assertThat(run("x", "--preset", "nope").exit()).isEqualTo(2);
        assertThat(run("x", "--types", "NOPE").exit()).isEqualTo(2);
        assertThat(run("x", "--format", "xml").exit()).isEqualTo(2);
    }

    @Test
    void typesFilterRestrictsOutput() throws IOException {
        Run r = run("card " + CARD, "--format", "jsonl", "--types", "EMAIL");
        assertThat(r.exit()).isZero();
        assertThat(r.lines().get(0).get("spans")).isEmpty();
    }

    /**
     * A single 100 MB line is streamed in windows: the whole input is never held in memory, and
     * offsets are exact across window boundaries.
     */
    @Test
    void hundredMegabyteSingleLineStreamsWithExactOffsets() throws IOException {
        long size = 100L << 20;
        String unit = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";
        String withCard = "payment card " + CARD + " ";
        int every = 1000; // a card every 1000 units
        InputStream gen = new InputStream() {
            long pos;
            long unitNo;
            byte[] cur = new byte[0];
            int idx;

            @Override
            public int read() {
                if (pos >= size) {
                    return -1;
                }
                if (idx == cur.length) {
                    cur = ((unitNo++ % every == every - 1) ? withCard : unit).getBytes(StandardCharsets.US_ASCII);
                    idx = 0;
                }
                pos++;
                return cur[idx++];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
        Run r = run(gen, "--format", "jsonl", "--types", "CREDIT_CARD");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode spans = r.lines().get(0).get("spans");
        // expected offsets: unit i (0-based) starts at sum of previous unit lengths
        long off = 0;
        List<Long> expected = new ArrayList<>();
        for (long u = 0; off < size; u++) {
            boolean card = u % every == every - 1;
            int len = card ? withCard.length() : unit.length();
            if (card && off + len <= size) {
                expected.add(off + "payment card ".length());
            }
            off += len;
        }
        assertThat(spans.size()).isEqualTo(expected.size());
        for (int i = 0; i < spans.size(); i++) {
            assertThat(spans.get(i).get("start").asLong()).isEqualTo(expected.get(i));
        }
    }
}
