package dev.veil.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.Analyzer;
import dev.veil.gateway.Gateway;
import dev.veil.gateway.auth.ApiKeyStore;
import dev.veil.gateway.auth.Authenticator;
import dev.veil.gateway.auth.KeySpec;
import dev.veil.gateway.auth.RolePolicy;
import dev.veil.gateway.engine.EmbeddedLlamaUpstream;
import dev.veil.gateway.mask.EphemeralTokens;
import dev.veil.gateway.upstream.UpstreamRouter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real embedded engine (java-llama.cpp) on ../shared/models/stories260K.gguf behind the gateway:
 * a greedy request returns the oracle text from ../shared/models/SOURCE.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedEngineIT {
    /** Greedy continuation of "Once upon a time" with 16 new tokens (SOURCE.md). */
    static final String ORACLE_16 = ", there was a little girl named Lily. She loved to play";

    Path model;
    Path nativeCache;
    Gateway gateway;
    String key;

    @BeforeAll
    void start(@TempDir Path tmp) {
        model = SharedData.require("models/stories260K.gguf");
        nativeCache = tmp.resolve("native");
        ObjectMapper json = new ObjectMapper();
        EmbeddedLlamaUpstream engine = new EmbeddedLlamaUpstream("stories260K", model, nativeCache, 1, 512, 2, json);
        ApiKeyStore keys = new ApiKeyStore(tmp.resolve("keys.json"), Clock.systemUTC(), new SecureRandom());
        key = keys.create(new KeySpec("t", "acme", Set.of("app"), Set.of(), Set.of(), 0, 0, null)).key().reveal();
        gateway = Gateway.builder().port(0).analyzer(Analyzer.defaults()).vault(new EphemeralTokens())
                .keys(keys, new Authenticator(keys, RolePolicy.empty(), null))
                .router(new UpstreamRouter(List.of(engine))).build().start();
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private OpenAIClient client() {
        return OpenAIOkHttpClient.builder().apiKey(key).baseUrl("http://127.0.0.1:" + gateway.port() + "/v1")
                .maxRetries(0).build();
    }

    @Test
    void greedyCompletionMatchesOracle() {
        Completion c = client().completions().create(CompletionCreateParams.builder()
                .model("stories260K").prompt("Once upon a time").maxTokens(16).temperature(0.0).build());
        assertThat(c.choices().get(0).text()).isEqualTo(ORACLE_16);
    }

    @Test
    void greedyChatStreamsTheOracle() {
        ChatCompletionCreateParams p = ChatCompletionCreateParams.builder().model("stories260K")
                .addUserMessage("Once upon a time").maxCompletionTokens(16).temperature(0.0).build();
        assertThat(client().chat().completions().create(p).choices().get(0).message().content()).contains(ORACLE_16);
        StringBuilder sb = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> s = client().chat().completions().createStreaming(p)) {
            s.stream().forEach(c -> c.choices().forEach(ch -> ch.delta().content().ifPresent(sb::append)));
        }
        assertThat(sb.toString()).isEqualTo(ORACLE_16);
    }

    /** Two processes extract and load the native library at the same time without colliding. */
    @Test
    void parallelProcessesShareTheNativeLibrary(@TempDir Path shared) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ps.add(new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                    System.getProperty("java.class.path"), EngineChild.class.getName(), model.toString(),
                    shared.resolve("native").toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process p : ps) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child exits (no hang on JVM shutdown)").isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isZero();
            assertThat(out).contains("TEXT=" + ORACLE_16);
        }
        assertThat(new File(shared.toFile(), "native").list()).hasSize(1);
    }
}
