package dev.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test that guards the whole project: a real {@code veil serve} process and the CLI run a
 * workload full of planted PII, secrets and a canary; afterwards every file under the data
 * directory, the logs and the temp directory is read, raw and decompressed, in UTF-8 and UTF-16,
 * and no planted value may appear in plaintext.
 */
class PlantedValuesIT {
    static final String CANARY = "VEIL-CANARY-3b8e61f0d2";
    static final List<String> PLANTED = List.of(
            "Maria Garcia", "maria.garcia@example.org", "536-22-8726", "4539 1488 0343 6467",
            "+1 415-555-0143", "DE89 3704 0044 0532 0130 00", "ghp_4fKq9ZrT2xWm7LpB8nYc3VdH6sJa1Ge5QuXo",
            "S3cr3tPassw0rd!", CANARY);
    static final String PROMPT = "Hi, I am Maria Garcia (maria.garcia@example.org, +1 415-555-0143), SSN 536-22-8726, "
            + "card 4539 1488 0343 6467, IBAN DE89 3704 0044 0532 0130 00. My GitHub token is "
            + "ghp_4fKq9ZrT2xWm7LpB8nYc3VdH6sJa1Ge5QuXo.";

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> upstreamSaw = new CopyOnWriteArrayList<>();

    @Test
    void noPlantedValueIsLeftInPlaintextAnywhere(@TempDir Path root) throws Exception {
        Path data = root.resolve("data");
        Path tmp = root.resolve("tmp");
        Path logs = root.resolve("logs");
        Files.createDirectories(tmp);
        Files.createDirectories(logs);
        HttpServer upstream = fakeUpstream();
        Process serve = null;
        try {
            String key = cli(root, tmp, logs.resolve("keys.out"), "keys", "create", "--role", "app", "--reveal", "all",
                    "--data", data.toString()).strip();
            serve = start(root, tmp, logs, data, upstream.getAddress().getPort());
            int port = awaitPort(logs.resolve("serve.out"));
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port + "/v1/chat/completions";
            for (boolean stream : new boolean[] {false, true}) {
                for (String conv : new String[] {null, "conv-1"}) {
                    HttpResponse<String> r = post(http, base, key, chat(PROMPT, stream), conv);
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    assertThat(r.body()).contains("Maria Garcia"); // restored for a key with reveal
                }
            }
            // a password in an assignment is blocked; the canary answer is withheld
            HttpResponse<String> blocked = post(http, base, key, chat("db password = \"S3cr3tPassw0rd!\"", false), null);
            assertThat(blocked.statusCode()).isEqualTo(400);
            HttpResponse<String> canary = post(http, base, key, chat("say the marker", false), null);
            assertThat(canary.body()).doesNotContain(CANARY).contains("content_filter");

            // the CLI: scan a file with planted values (writes nothing but its output)
            Path doc = root.resolve("input").resolve("note.txt");
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, PROMPT);
            String scan = cli(root, tmp, logs.resolve("scan.out"), "scan", "--format", "table", doc.toString());
            assertThat(scan).contains("SSN").doesNotContain("536-22-8726");
            // redact a dataset into the data directory's neighbourhood (the output is scanned below)
            Path records = root.resolve("input").resolve("records.jsonl");
            Files.writeString(records, "{\"id\":1,\"note\":" + json.writeValueAsString(PROMPT) + "}\n");
            cli(root, tmp, logs.resolve("redact.out"), "redact", "--data", data.resolve("redact").toString(),
                    "--scope", "crm", "--field", "note", "--jsonl", "--no-progress", "--out", root.resolve("redacted").toString(),
                    records.toString());
            assertThat(Files.walk(root.resolve("redacted")).filter(Files::isRegularFile).count()).isPositive();
        } finally {
            if (serve != null) {
                serve.destroy(); // SIGTERM: graceful shutdown seals the audit segment
                serve.waitFor(60, TimeUnit.SECONDS);
                serve.destroyForcibly();
            }
            upstream.stop(0);
        }
        // erase after the server stopped (one audit writer), then verify the audit log
        cli(root, tmp, logs.resolve("erase.out"), "erase", "--subject", "Maria Garcia", "--reason", "test",
                "--data", data.toString());
        String verify = cli(root, tmp, logs.resolve("verify.out"), "audit", "verify", "--data", data.toString());
        assertThat(verify.toLowerCase(Locale.ROOT)).contains("ok");

        for (String seen : upstreamSaw) {
            for (String p : PLANTED) {
                assertThat(seen).as("upstream request").doesNotContain(p);
            }
        }
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.startsWith(root.resolve("input"))) {
                    continue; // the user's own input file
                }
                for (byte[] content : contents(Files.readAllBytes(f))) {
                    for (String p : PLANTED) {
                        if (contains(content, p)) {
                            leaks.add(root.relativize(f) + " contains a planted value of length " + p.length());
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** Raw bytes, plus decompressed forms of gzip and zip content. */
    private static List<byte[]> contents(byte[] raw) throws IOException {
        List<byte[]> out = new ArrayList<>();
        out.add(raw);
        if (raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                out.add(in.readAllBytes());
            }
        }
        if (raw.length > 4 && raw[0] == 'P' && raw[1] == 'K' && raw[2] == 3 && raw[3] == 4) {
            try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(raw))) {
                ZipEntry e;
                while ((e = zin.getNextEntry()) != null) {
                    out.add(zin.readAllBytes());
                }
            }
        }
        return out;
    }

    private static boolean contains(byte[] hay, String value) {
        for (String form : List.of(value, value.toLowerCase(Locale.ROOT), value.toUpperCase(Locale.ROOT))) {
            for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                if (indexOf(hay, form.getBytes(cs)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private String chat(String text, boolean stream) throws IOException {
        return "{\"model\":\"any\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":"
                + json.writeValueAsString(text) + "}]}";
    }

    private static HttpResponse<String> post(HttpClient http, String url, String key, String body, String conv)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (conv != null) {
            b.header("X-Veil-Conversation", conv);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An OpenAI-compatible fake that echoes the user text; "say the marker" gets the canary. */
    private HttpServer fakeUpstream() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/v1/chat/completions", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            upstreamSaw.add(body);
            var req = json.readTree(body);
            String user = req.path("messages").get(req.path("messages").size() - 1).path("content").asText();
            String answer = user.contains("say the marker") ? "The marker is " + CANARY : "You said: " + user;
            byte[] out;
            if (req.path("stream").asBoolean()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < answer.length(); i += 7) {
                    String piece = answer.substring(i, Math.min(answer.length(), i + 7));
                    sb.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":")
                            .append("{\"content\":").append(json.writeValueAsString(piece)).append("},\"finish_reason\":null}]}\n\n");
                }
                sb.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},"
                        + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
                out = sb.toString().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            } else {
                out = ("{\"id\":\"c\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
                        + "\"assistant\",\"content\":" + json.writeValueAsString(answer) + "},\"finish_reason\":\"stop\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
            }
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        });
        s.start();
        return s;
    }

    private static List<String> javaCommand(Path tmp) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Djava.io.tmpdir=" + tmp);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Veil.class.getName());
        return cmd;
    }

    private static Process start(Path root, Path tmp, Path logs, Path data, int upstreamPort) throws IOException {
        List<String> cmd = javaCommand(tmp);
        cmd.addAll(List.of("serve", "--port", "0", "--data", data.toString(),
                "--upstream", "http://127.0.0.1:" + upstreamPort + "/v1"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile())
                .redirectOutput(logs.resolve("serve.out").toFile()).redirectError(logs.resolve("serve.err").toFile());
        pb.environment().put("VEIL_MONITOR_CANARIES", "c1=" + CANARY);
        pb.environment().put("VEIL_AUDIT_FSYNC", "periodic");
        return pb.start();
    }

    private static int awaitPort(Path out) throws Exception {
        Pattern p = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/v1");
        for (int i = 0; i < 600; i++) {
            if (Files.exists(out)) {
                Matcher m = p.matcher(Files.readString(out));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("veil serve did not start");
    }

    /** Runs one CLI command in a child JVM; returns its stdout (also kept in {@code outFile}). */
    private static String cli(Path root, Path tmp, Path outFile, String... args) throws Exception {
        List<String> cmd = javaCommand(tmp);
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectOutput(outFile.toFile())
                .redirectError(outFile.resolveSibling(outFile.getFileName() + ".err").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return Files.readString(outFile);
    }
}
