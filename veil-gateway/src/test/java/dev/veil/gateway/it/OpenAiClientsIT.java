package dev.veil.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The official OpenAI Java SDK and LangChain4j talk to a running gateway, plain and streaming. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAiClientsIT {
    static final String TEXT = "Please email Maria Garcia at maria.garcia@example.org about SSN 536-22-8726.";
    GatewayFixture f;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        f = new GatewayFixture(tmp);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private OpenAIClient client(String key) {
        return OpenAIOkHttpClient.builder().apiKey(key).baseUrl(f.base() + "/v1").maxRetries(0).build();
    }

    private static ChatCompletionCreateParams params() {
        return ChatCompletionCreateParams.builder().model("test-model").addSystemMessage("Be brief.")
                .addUserMessage(TEXT).build();
    }

    @Test
    void openAiSdkNonStreamingRevealsOnlyForRevealKey() {
        ChatCompletion revealed = client(f.revealKey).chat().completions().create(params());
        assertThat(revealed.choices().get(0).message().content()).contains("You said: " + TEXT);
        ChatCompletion masked = client(f.plainKey).chat().completions().create(params());
        assertThat(masked.choices().get(0).message().content().orElseThrow())
                .contains("[PERSON_1]", "[EMAIL_1]", "[SSN_1]").doesNotContain("Maria", "536-22-8726");
        for (String body : f.upstream.received) {
            assertThat(body).doesNotContain("Maria Garcia", "maria.garcia@example.org", "536-22-8726");
        }
    }

    @Test
    void openAiSdkStreaming() {
        StringBuilder sb = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> s = client(f.revealKey).chat().completions().createStreaming(params())) {
            s.stream().forEach(c -> c.choices().forEach(ch -> ch.delta().content().ifPresent(sb::append)));
        }
        assertThat(sb.toString()).isEqualTo("You said: " + TEXT);
    }

    @Test
    void openAiSdkSeesErrorsAsTypedExceptions() {
        Assertions.assertThatThrownBy(() -> client("veil_key_000000000000_bad").chat().completions().create(params()))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void langChain4jChatModelAndStreaming() throws Exception {
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(f.base() + "/v1").apiKey(f.revealKey)
                .modelName("test-model").maxRetries(0).build();
        assertThat(model.chat(TEXT)).isEqualTo("You said: " + TEXT);

        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder().baseUrl(f.base() + "/v1")
                .apiKey(f.plainKey).modelName("test-model").build();
        CompletableFuture<String> done = new CompletableFuture<>();
        StringBuilder sb = new StringBuilder();
        streaming.chat(TEXT, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                sb.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(sb.toString());
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        assertThat(done.get(30, TimeUnit.SECONDS)).contains("[PERSON_1]").doesNotContain("Maria");
    }
}
