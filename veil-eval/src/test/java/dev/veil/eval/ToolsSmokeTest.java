package dev.veil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A tiny end-to-end run of both tools: generate a corpus, score the default analyzer and a prediction file. */
class ToolsSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void generateThenEvaluate() throws Exception {
        Path gold = tmp.resolve("gold.jsonl");
        Path input = tmp.resolve("in.jsonl");
        Path pred = tmp.resolve("pred.jsonl");
        int rc = new CommandLine(new Generate()).execute("--docs", "40", "--seed", "5", "--out", gold.toString(),
                "--input-out", input.toString());
        assertThat(rc).isZero();
        assertThat(Files.readAllLines(gold)).hasSize(40);
        assertThat(Files.readAllLines(input)).hasSize(40).allSatisfy(l -> assertThat(l).contains("\"text\"").doesNotContain("\"spans\""));

        String out = evaluate("--gold", gold.toString(), "--analyzer", "--pred-out", pred.toString(), "--by-genre");
        assertThat(out).startsWith("records 40 (no prediction for 0)\n").contains("char (type-blind): P ").contains("genre");
        assertThat(Files.readAllLines(pred)).hasSize(40);

        // the analyzer's own output, read back as a prediction file, scores the same
        String again = evaluate("--gold", gold.toString(), "--pred", pred.toString());
        assertThat(again).isEqualTo(out.substring(0, out.indexOf("\n\n") + 1));
    }

    @Test
    void goldAgainstItselfIsPerfectAndCoarseModeMapsSecrets() throws Exception {
        Path gold = tmp.resolve("gold.jsonl");
        new CommandLine(new Generate()).execute("--docs", "30", "--seed", "9", "--out", gold.toString());
        String out = evaluate("--gold", gold.toString(), "--pred", gold.toString(), "--coarse");
        assertThat(out).contains("span (type-aware): P 1.000 R 1.000 F1 1.000 F2 1.000   leak rate 0.000");
        assertThat(out).doesNotContain("API_KEY").doesNotContain("UK_NHS");
    }

    @Test
    void malformedPredictionsGiveExitCode2AndNoContent() throws Exception {
        Path gold = tmp.resolve("gold.jsonl");
        new CommandLine(new Generate()).execute("--docs", "3", "--seed", "1", "--out", gold.toString());
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"s0\", \"spans\": [\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = Evaluate.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        assertThat(cl.execute("--gold", gold.toString(), "--pred", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1").contains("malformed JSON");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"invalid-utf8", "binary", "text-not-string", "not-an-object"})
    void badGoldFilesAreRejectedWithFileAndReasonOnly(String kind) throws Exception {
        Path gold = tmp.resolve("gold-" + kind + ".jsonl");
        byte[] content = switch (kind) {
            case "invalid-utf8" -> new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
            case "binary" -> new java.util.Random(1).ints(4096, 0, 256).collect(ByteArrayOutputStream::new,
                    (o, b) -> o.write(b), (a, b) -> a.writeBytes(b.toByteArray())).toByteArray();
            case "text-not-string" -> "{\"id\": \"1\", \"text\": 42, \"spans\": []}\n".getBytes(StandardCharsets.UTF_8);
            default -> "[\"SECRET-VALUE-1234\"]\n".getBytes(StandardCharsets.UTF_8);
        };
        Files.write(gold, content);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = Evaluate.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        assertThat(cl.execute("--gold", gold.toString(), "--pred", gold.toString())).isEqualTo(2);
        String msg = err.toString(StandardCharsets.UTF_8);
        assertThat(msg).startsWith("evaluate: ").contains(gold.getFileName().toString()).doesNotContain("SECRET-VALUE");
    }

    private static String evaluate(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Evaluate.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void presidioFormatRoundTrips() throws Exception {
        Path json = tmp.resolve("dev.json");
        new CommandLine(new Generate()).execute("--docs", "25", "--seed", "4", "--format", "presidio", "--out", json.toString());
        List<LabeledDoc> docs = GoldSets.load("presidio:" + json);
        assertThat(docs).hasSize(25);
        assertThat(docs.get(0).id()).isEqualTo("0");
        assertThat(docs.stream().mapToInt(d -> d.spans().size()).sum()).isGreaterThan(25);
    }
}
