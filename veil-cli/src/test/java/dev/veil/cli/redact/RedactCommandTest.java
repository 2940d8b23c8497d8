package dev.veil.cli.redact;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RedactCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CARD = "4539 1488 0343 6467";
    static final String EMAIL = "maria.garcia@hospital-mail.com";
    // The PERSON recognizer is on another branch; scanned texts here use e-mail addresses.
    static final String ANN = "ann.lee@corp-mail.com";
    static final String BOB = "bob.ray@corp-mail.com";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    Path data() {
        return tmp.resolve("data");
    }

    Run redact(InputStream stdin, String... args) {
        RedactCommand cmd = new RedactCommand();
        cmd.env = Map.of();
        return run(cmd, stdin, withData(args));
    }

    Run redact(String stdin, String... args) {
        return redact(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    Run restore(String stdin, Map<String, String> env, String... args) {
        RestoreCommand cmd = new RestoreCommand();
        cmd.env = env;
        cmd.user = "alice";
        return run(cmd, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), withData(args));
    }

    private String[] withData(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = data().toString();
        all[2] = "--no-progress";
        all[3] = "--threads=2";
        System.arraycopy(args, 0, all, 4, args.length);
        return all;
    }

    static Run run(TransformCommand cmd, InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cmd.stdin = stdin;
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = dev.veil.cli.Veil.configure(new CommandLine(cmd));
        cl.setErr(new java.io.PrintWriter(cmd.stderr, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textFromStdinIsPseudonymizedAndRestored() {
        String text = "Patient e-mail " + EMAIL + ", card " + CARD + ", from host 192.168.10.42.\nSecond line.\n";
        Run r = redact(text, "--scope", "s1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Patient e-mail [EMAIL_1], card [CREDIT_CARD_1], from host [IP_ADDRESS_1].\nSecond line.\n");
        Run back = restore(r.out(), Map.of(), "--scope", "s1", "--i-am-authorized");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(back.out()).isEqualTo(text);
        assertThat(back.err()).contains("re-identifying scope default/s1 for 'alice'", "3 tokens restored")
                .doesNotContain("maria");
    }

    @Test
    void sameScopeSamePseudonymAcrossRunsAndFiles() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(tmp.resolve("in/a.txt"), ANN + " called.\n");
        Files.writeString(in.resolve("b.txt"), BOB + " and " + ANN + ".\n");
        Files.write(in.resolve("image.bin"), new byte[] {1, 2, 0, 3});
        Path out = tmp.resolve("out");
        Run r = redact("", "--scope", "ds", "--out", out.toString(), tmp.resolve("in").toString());
        assertThat(r.exit()).isEqualTo(2); // the binary file is reported
        assertThat(r.err()).contains("image.bin: binary content (NUL byte); skipped");
        String a = Files.readString(out.resolve("a.txt"));
        String b = Files.readString(out.resolve("sub/b.txt"));
        assertThat(a).isEqualTo("[EMAIL_1] called.\n");
        assertThat(b).isEqualTo("[EMAIL_2] and [EMAIL_1].\n");
        assertThat(out.resolve("sub/image.bin")).doesNotExist();
        // a second run (a re-run after a crash, or the next batch of the dataset) gives the same tokens
        Run again = redact(ANN + " again", "--scope", "ds");
        assertThat(again.out()).isEqualTo("[EMAIL_1] again");
        // another scope is unlinkable
        assertThat(redact(BOB, "--scope", "other").out()).isEqualTo("[EMAIL_1]");
    }

    @Test
    void crashedRunIsResumedByRerunningWithTheSameTokens() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(in.resolve("f" + i + ".jsonl"),
                    "{\"id\":" + i + ",\"text\":\"Contact " + (i % 3 == 0 ? ANN : BOB) + " or " + EMAIL + "\"}\n");
        }
        Path out = tmp.resolve("out");
        assertThat(redact("", "--scope", "batch", "--out", out.toString(), in.toString()).exit()).isZero();
        Map<String, String> first = readTree(out);
        // simulate a crash: half the outputs never written, a temp file left behind
        for (int i = 0; i < 10; i++) {
            Files.delete(out.resolve("f" + i + ".jsonl"));
        }
        Files.writeString(out.resolve(".f3.jsonl.123.veil-tmp"), "{\"partial\"");
        assertThat(redact("", "--scope", "batch", "--out", out.toString(), in.toString()).exit()).isZero();
        Map<String, String> second = readTree(out);
        second.remove(".f3.jsonl.123.veil-tmp");
        assertThat(second).isEqualTo(first);
        assertThat(first.get("f0.jsonl")).contains("[EMAIL_1]").doesNotContain("ann");
    }

    private static Map<String, String> readTree(Path dir) throws IOException {
        Map<String, String> m = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return m;
    }

    @Test
    void jsonlFieldsAndBadRowsAreReportedWithoutLosingTheRest() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(("{\"id\":1,\"text\":\"" + ANN + " paid\",\"meta\":{\"author\":\"" + BOB + "\",\"n\":1.10}}\n"
                + "{\"id\":2,\"text\": broken\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes("{\"id\":3,\"text\":\"bad \u00ff".getBytes(StandardCharsets.ISO_8859_1));
        in.writeBytes(("\"}\n\n{\"id\":4,\"text\":\"" + BOB + "\",\"list\":[\"" + ANN + "\"]}\n").getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(tmp.resolve("records.jsonl"), in.toByteArray());
        Run r = redact("", "--scope", "j", "--field", "text", "--field", "meta.author", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode one = JSON.readTree(lines.get(0));
        assertThat(one.get("text").asText()).isEqualTo("[EMAIL_1] paid");
        assertThat(one.at("/meta/author").asText()).isEqualTo("[EMAIL_2]");
        assertThat(lines.get(0)).contains("1.10");
        JsonNode four = JSON.readTree(lines.get(1));
        assertThat(four.get("text").asText()).isEqualTo("[EMAIL_2]");
        assertThat(four.at("/list/0").asText()).isEqualTo(ANN); // not a selected field
        assertThat(r.err()).contains("records.jsonl:2: malformed JSON or invalid UTF-8; dropped",
                "records.jsonl:3: malformed JSON or invalid UTF-8; dropped").doesNotContain("broken");
    }

    @Test
    void jsonlWithoutFieldsProcessesEveryString() throws IOException {
        Run r = redact("{\"a\":\"" + ANN + "\",\"b\":[\"x\",{\"c\":\"" + EMAIL + "\"}],\"d\":5}\n", "--jsonl", "--scope", "j2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out())).isEqualTo(JSON.readTree(
                "{\"a\":\"[EMAIL_1]\",\"b\":[\"x\",{\"c\":\"[EMAIL_2]\"}],\"d\":5}"));
    }

    @Test
    void csvColumnPolicyAndBadRows() throws IOException {
        Path csv = Files.writeString(tmp.resolve("people.csv"), """
                name,ssn,note,amount
                Maria Garcia,536-22-8726,"called, said ""hi"" from
                two lines",10.50
                John Smith,123-45-6789,no,3
                bad,row
                "unterminated,1,2,3
                """);
        Run r = redact("", "--scope", "c", "--policy", "glba", "--column", "ssn=SSN", "--column", "name=PERSON",
                "--other-columns", "keep", csv.toString());
        assertThat(r.exit()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("name,ssn,note,amount");
        assertThat(lines.get(1)).startsWith("[PERSON_1],[ENC:").endsWith(",\"called, said \"\"hi\"\" from");
        assertThat(lines.get(2)).isEqualTo("two lines\",10.50");
        assertThat(lines.get(3)).startsWith("[PERSON_2],[ENC:").endsWith(",no,3");
        assertThat(lines).hasSize(4);
        assertThat(r.err()).contains("people.csv:5: expected 4 fields, found 2; dropped",
                "people.csv:6: unterminated quoted field at end of input; dropped");
        assertThat(r.out()).doesNotContain("536-22-8726", "Maria");
        // restore brings the encrypted SSNs and the names back
        Run back = restore(r.out(), Map.of(), "--scope", "c", "--policy", "glba", "--i-am-authorized", "--format", "csv");
        assertThat(back.out().lines().toList().get(1)).startsWith("Maria Garcia,536-22-8726,");
    }

    @Test
    void csvScansUndeclaredColumns() throws IOException {
        Path csv = Files.writeString(tmp.resolve("t.csv"), "id,comment\n1,Mail " + ANN + " today\n");
        Run r = redact("", "--scope", "c2", csv.toString());
        assertThat(r.out()).isEqualTo("id,comment\n1,Mail [EMAIL_1] today\n");
        assertThat(redact("", "--column", "nope=SSN", csv.toString()).err()).contains("--column nope: no such column");
        assertThat(redact("", "--column", "id=NOT_A_TYPE", csv.toString()).err()).contains("unknown entity type");
    }

    @Test
    void blockedTextsAreDroppedAndReported() {
        String key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq9mJ3o7Gz5rJQ2xX0fLr4yq1hZ8m9T0dUe5cVn2kLp4sWq\n"
                + "-----END RSA PRIVATE KEY-----";
        Run r = redact("{\"t\":\"fine\"}\n{\"t\":\"" + key.replace("\n", "\\n") + "\"}\n", "--jsonl",
                "--policy", "secrets-block", "--scope", "b");
        assertThat(r.out()).isEqualTo("{\"t\":\"fine\"}\n");
        assertThat(r.err()).contains("stdin:2: blocked by policy ([PRIVATE_KEY]); dropped").doesNotContain("MIIE");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void reportCountsTypesAndOperatorsWithoutValues() {
        Run r = redact(ANN + " paid with " + CARD + ".", "--policy", "glba", "--scope", "r", "--report");
        assertThat(r.out()).isEqualTo("[EMAIL_1] paid with **** **** **** 6467.");
        assertThat(r.err()).contains("policy glba, scope default/r", "CREDIT_CARD", "EMAIL", "mask", "pseudonymize")
                .doesNotContain("ann", "4539", "6467");
    }

    @Test
    void outputFileIsWrittenWholeOrNotAtAll() throws IOException {
        Path in = Files.writeString(tmp.resolve("in.txt"), ANN + "\n");
        Path out = tmp.resolve("out.txt");
        assertThat(redact("", "--scope", "o", "-o", out.toString(), in.toString()).exit()).isZero();
        assertThat(Files.readString(out)).isEqualTo("[EMAIL_1]\n");
        Run same = redact("", "-o", in.toString(), in.toString());
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("the output file is the input file");
        assertThat(Files.readString(in)).isEqualTo(ANN + "\n");
    }

    /**
     * "-o /dev/null" once replaced /dev/null with a regular file (the output is written to a temp
     * file and renamed over the target). A named pipe stands in for the device here: it must still
     * be a pipe afterwards, and its reader gets the output.
     */
    @Test
    void outputThatIsNoRegularFileIsWrittenInPlace() throws Exception {
        Path fifo = tmp.resolve("out.fifo");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo not available: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        java.util.concurrent.CompletableFuture<String> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path in = Files.writeString(tmp.resolve("in.txt"), ANN + "\n");
        assertThat(redact("", "--scope", "f", "-o", fifo.toString(), in.toString()).exit()).isZero();
        assertThat(reader.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("[EMAIL_1]\n");
        assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void badOptionsAndPoliciesAreClearErrors() throws IOException {
        assertThat(redact("", "--policy", "nope.yaml").err()).contains("policy nope.yaml: no such file");
        Path bad = Files.writeString(tmp.resolve("p.yaml"), "entities:\n  PERSON: {operator: {type: mask, keeplast: 4}}\n");
        assertThat(redact("", "--policy", bad.toString()).err()).contains("line 2", "unknown key 'keeplast'");
        assertThat(redact("", "--format", "xml").err()).contains("unknown --format 'xml'");
        assertThat(redact("", "--scope", "bad scope!").err()).contains("--tenant/--scope");
        assertThat(redact("", tmp.resolve("missing.txt").toString()).err()).contains("no such file or directory");
    }

    @Test
    void invalidUtf8LinesInTextAreDroppedAndReported() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes((ANN + "\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes(new byte[] {'b', 'a', 'd', (byte) 0xC3, '\n'});
        in.writeBytes("last\n".getBytes(StandardCharsets.UTF_8));
        Run r = redact(new ByteArrayInputStream(in.toByteArray()), "--scope", "u");
        assertThat(r.out()).isEqualTo("[EMAIL_1]\nlast\n");
        assertThat(r.err()).contains("stdin:2: invalid UTF-8; line dropped");
    }
}
