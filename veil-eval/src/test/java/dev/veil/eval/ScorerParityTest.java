package dev.veil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.eval.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer must print the same numbers as the reference script
 * {@code shared/tools/pii_eval.py}. Runs python3 on the same gold and predictions; skips when
 * python3 or the shared folder is absent.
 */
class ScorerParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path script;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findScript() {
        String shared = System.getProperty("veil.shared.dir", "../shared");
        script = Path.of(shared, "tools", "pii_eval.py");
        assumeTrue(Files.isRegularFile(script), "shared/tools/pii_eval.py not found: parity test skipped");
        assumeTrue(pythonAvailable(), "python3 not available: parity test skipped");
    }

    /** Hand-made edge cases: IoU exactly 0.5, 80% coverage, families, aliases, bad offsets, NBSP, missing ids. */
    @Test
    void handMadePairMatchesScript() throws Exception {
        List<LabeledDoc> gold = List.of(
                doc("0", "Call Maria Garcia at (415) 555-0132 today.", span(5, 17, "PERSON"), span(21, 35, "PHONE_NUMBER")),
                doc("1", "Lives at 1600 Amphitheatre Parkway, Mountain View, CA 94043.",
                        span(9, 34, "STREET_ADDRESS"), span(36, 49, "LOCATION"), span(54, 59, "ZIP")),
                doc("2", "SSN 536-22-8726 and IBAN DE89 3704 0044 0532 0130 00\u00a0ok", span(4, 15, "US_SSN"), span(25, 52, "IBAN_CODE")),
                doc("3", "No PII here at all."),
                doc("4", "dr. hurst met mr. ford in grasse.", span(0, 3, "PERSON"), span(4, 9, "PERSON"), span(14, 17, "PREFIX"),
                        span(18, 22, "PERSON"), span(26, 32, "GPE")),
                doc("5", "Missing prediction for Tom Jones.", span(23, 32, "PERSON")));
        Map<String, List<Span>> pred = Map.of(
                "0", List.of(span(5, 11, "PERSON"), span(20, 35, "PHONE"), span(0, 4, "PERSON")),
                "1", List.of(span(9, 59, "ADDRESS")),
                "2", List.of(span(4, 15, "SSN"), span(25, 39, "CREDIT_CARD"), span(40, 80, "IBAN"), span(-1, 3, "X")),
                "3", List.of(span(3, 6, "ORG")),
                "4", List.of(span(0, 9, "PERSON"), span(14, 22, "person"), span(26, 32, "LOCATION")),
                "ghost", List.of(span(0, 3, "PERSON")));
        assertSameAsScript(gold, pred);
    }

    /** A generated corpus with predictions perturbed at random: shifted, cut, retyped, dropped, invented. */
    @Test
    void perturbedGeneratedCorpusMatchesScript() throws Exception {
        CorpusGenerator g = CorpusGenerator.withSeed(11);
        List<LabeledDoc> gold = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            gold.add(g.next());
        }
        Random r = new Random(5);
        String[] types = {"PERSON", "LOCATION", "ADDRESS", "DATE", "PHONE", "ORGANIZATION", "API_KEY", "OTHER"};
        java.util.HashMap<String, List<Span>> pred = new java.util.HashMap<>();
        for (LabeledDoc d : gold) {
            if (r.nextInt(20) == 0) {
                continue; // missing prediction
            }
            List<Span> ps = new ArrayList<>();
            for (Span s : d.spans()) {
                int k = r.nextInt(6);
                if (k == 0) {
                    continue;
                }
                int a = Math.max(0, s.start() + (k == 1 ? r.nextInt(7) - 3 : 0));
                int b = Math.min(d.text().length(), s.end() + (k == 2 ? r.nextInt(9) - 4 : 0));
                String t = k == 3 ? types[r.nextInt(types.length)] : s.type();
                if (a < b) {
                    ps.add(new Span(a, b, t));
                }
            }
            if (r.nextBoolean() && d.text().length() > 10) {
                int a = r.nextInt(d.text().length() - 5);
                ps.add(new Span(a, a + 1 + r.nextInt(5), types[r.nextInt(types.length)]));
            }
            pred.put(d.id(), ps);
        }
        assertSameAsScript(gold, pred);
    }

    /**
     * The PhysioNet layout (id.text + id-phi.phrase, Latin-1, CRLF line ends that Python translates)
     * is read the same way by both sides.
     */
    @Test
    void physionetLayoutMatchesScript() throws Exception {
        CorpusGenerator g = CorpusGenerator.withSeed(21);
        java.nio.charset.CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
        StringBuilder text = new StringBuilder();
        StringBuilder phrases = new StringBuilder();
        java.util.HashMap<String, List<Span>> pred = new java.util.HashMap<>();
        int n = 0;
        while (n < 60) {
            LabeledDoc d = g.next();
            if (!latin1.canEncode(d.text())) {
                continue;
            }
            n++;
            String pid = String.valueOf(100 + n / 3);
            String nid = String.valueOf(n % 3 + 1);
            text.append("START_OF_RECORD=").append(pid).append("||||").append(nid).append("||||\n")
                    .append(d.text()).append("\n||||END_OF_RECORD\n");
            for (Span s : d.spans()) {
                phrases.append(pid).append(' ').append(nid).append(' ').append(s.start()).append(' ').append(s.end())
                        .append(' ').append(s.type().equals("PERSON") ? "PTName" : s.type()).append('\n');
            }
            boolean dropDates = n % 2 == 1;
            pred.put(pid + "-" + nid, d.spans().stream().filter(s -> !(dropDates && s.type().equals("DATE"))).toList());
        }
        Path dir = Files.createDirectories(tmp.resolve("physionet"));
        Files.write(dir.resolve("id.text"), text.toString().replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("id-phi.phrase"), phrases.toString().getBytes(StandardCharsets.ISO_8859_1));
        Report r = assertSameAsScript("physionet:" + dir, pred);
        assertThat(r.records()).isEqualTo(60);
        assertThat(r.missingPredictions()).isZero();
        assertThat(r.spans().r()).isBetween(0.5, 0.99); // the dropped dates are missed, the rest found
    }

    private void assertSameAsScript(List<LabeledDoc> gold, Map<String, List<Span>> pred) throws Exception {
        Path goldFile = tmp.resolve("gold.json");
        writePresidio(gold, goldFile);
        assertSameAsScript("presidio:" + goldFile, pred);
    }

    private Report assertSameAsScript(String goldSpec, Map<String, List<Span>> pred) throws Exception {
        Path predFile = tmp.resolve("pred.jsonl");
        writePred(pred, predFile);
        JsonNode py = runScript(goldSpec, predFile);

        // the Java side reads the same files through the same loaders the CLI uses
        Report java = Scorer.score(GoldSets.load(goldSpec), Jsonl.predictions(predFile, t -> t));

        assertThat(java.records()).isEqualTo(py.get("records").asInt());
        assertThat(java.missingPredictions()).isEqualTo(py.get("missing_predictions").asInt());
        assertPrf(java.chars(), py.get("char"));
        assertPrf(java.spans(), py.get("span"));
        assertThat(java.leakRate()).isCloseTo(py.get("leak_rate").asDouble(), within(1e-12));
        JsonNode per = py.get("per_type");
        assertThat(java.perType().keySet()).containsExactlyInAnyOrderElementsOf(() -> per.fieldNames());
        for (TypeScore t : java.rows()) {
            JsonNode p = per.get(t.type());
            assertThat(new long[] {t.gold(), t.tp(), t.fp(), t.fn()}).as(t.type())
                    .containsExactly(p.get("gold").asLong(), p.get("tp").asLong(), p.get("fp").asLong(), p.get("fn").asLong());
            assertThat(t.prf().f2()).as(t.type()).isCloseTo(p.get("f2").asDouble(), within(1e-12));
            if (t.leak() == null) {
                assertThat(p.get("leak").isNull()).isTrue();
            } else {
                assertThat(t.leak()).isCloseTo(p.get("leak").asDouble(), within(1e-12));
            }
        }
        // and the text report is the script's, line for line
        String text = run(List.of("python3", script.toString(), "score", goldSpec, predFile.toString()));
        assertThat(java.format()).isEqualTo(text);
        return java;
    }

    private static void assertPrf(Prf java, JsonNode py) {
        assertThat(java.p()).isCloseTo(py.get("p").asDouble(), within(1e-12));
        assertThat(java.r()).isCloseTo(py.get("r").asDouble(), within(1e-12));
        assertThat(java.f1()).isCloseTo(py.get("f1").asDouble(), within(1e-12));
        assertThat(java.f2()).isCloseTo(py.get("f2").asDouble(), within(1e-12));
    }

    private static LabeledDoc doc(String id, String text, Span... spans) {
        return new LabeledDoc(id, text, List.of(spans), "");
    }

    private static Span span(int a, int b, String t) {
        return new Span(a, b, t);
    }

    /** Gold as a presidio JSON array: ids are the array indices, so docs must be numbered 0..n-1 in order. */
    private static void writePresidio(List<LabeledDoc> docs, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); JsonGenerator g = JSON.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (LabeledDoc d : docs) {
                g.writeStartObject();
                g.writeStringField("full_text", d.text());
                g.writeArrayFieldStart("spans");
                for (Span s : d.spans()) {
                    g.writeStartObject();
                    g.writeStringField("entity_type", s.type());
                    g.writeNumberField("start_position", s.start());
                    g.writeNumberField("end_position", s.end());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void writePred(Map<String, List<Span>> pred, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (var e : pred.entrySet()) {
            var o = JSON.createObjectNode();
            // generated ids are "s0", "s1", ... in order; presidio gold ids are the array indices "0", "1", ...
            o.put("id", e.getKey().matches("s\\d+") ? e.getKey().substring(1) : e.getKey());
            var arr = o.putArray("spans");
            for (Span s : e.getValue()) {
                arr.addObject().put("start", s.start()).put("end", s.end()).put("type", s.type());
            }
            sb.append(o).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static JsonNode runScript(String goldSpec, Path pred) throws Exception {
        return JSON.readTree(run(List.of("python3", script.toString(), "score", goldSpec, pred.toString(), "--json")));
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
