package dev.veil.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official `openai` npm package against a running gateway. CI installs it (see .ci/run) into
 * the directory named by VEIL_NODE_MODULES; without it (or without node) the test is skipped.
 */
class NodeOpenAiClientIT {
    @Test
    void nodeSdkPlainAndStreaming(@TempDir Path tmp) throws Exception {
        String modules = System.getenv("VEIL_NODE_MODULES");
        Assumptions.assumeTrue(modules != null && Files.isDirectory(Path.of(modules, "openai")),
                "skipped: VEIL_NODE_MODULES does not point at a node_modules with the openai package (.ci/run installs it)");
        Path script = Path.of("src/test/node/openai-client.cjs").toAbsolutePath();
        try (GatewayFixture f = new GatewayFixture(tmp)) {
            String text = "Forward this to Maria Garcia at maria.garcia@example.org";
            ProcessBuilder pb = new ProcessBuilder("node", script.toString(), f.base() + "/v1", f.revealKey, "test-model", text)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("NODE_PATH", modules);
            Process p;
            try {
                p = pb.start();
            } catch (java.io.IOException e) {
                Assumptions.abort("skipped: node is not installed");
                return;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
            JsonNode r = f.json.readTree(out);
            assertThat(r.path("plain").asText()).isEqualTo("You said: " + text);
            assertThat(r.path("streamed").asText()).isEqualTo("You said: " + text);
            for (String body : f.upstream.received) {
                assertThat(body).doesNotContain("Maria Garcia", "maria.garcia@example.org");
            }
        }
    }
}
