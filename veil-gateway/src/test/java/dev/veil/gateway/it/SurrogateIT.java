package dev.veil.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veil.anonymize.OperatorKeys;
import dev.veil.core.EntityType;
import dev.veil.detect.checksum.Luhn;
import dev.veil.gateway.mask.TokenStyles;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** policy.surrogate: the model sees realistic fakes (fluent answers), restored for callers with reveal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurrogateIT {
    GatewayFixture f;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        f = new GatewayFixture(tmp, null, false, TokenStyles.of(
                EnumSet.of(EntityType.PERSON, EntityType.EMAIL, EntityType.CREDIT_CARD, EntityType.SSN),
                OperatorKeys.generate()));
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @Test
    void upstreamSeesRealisticFakesAndRevealKeyGetsOriginals() throws Exception {
        f.upstream.received.clear();
        HttpResponse<String> r = f.post("/v1/chat/completions", f.revealKey, GatewayFixture.chatBody(GatewayIT.TEXT, false));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String seen = f.json.readTree(f.upstream.received.get(0)).path("messages").get(1).path("content").asText();
        assertThat(seen).doesNotContain("Maria Garcia", "Daniel Hale", "maria.garcia@example.org", "536-22-8726",
                "4539 1488 0343 6467").doesNotContain("[PERSON_", "[EMAIL_");
        Matcher card = Pattern.compile("card (\\d{4} \\d{4} \\d{4} \\d{4})").matcher(seen);
        assertThat(card.find()).as(seen).isTrue();
        assertThat(Luhn.isValid(card.group(1).replace(" ", ""))).isTrue();
        assertThat(seen).containsPattern("@example\\.(org|com|net)");
        JsonNode content = f.json.readTree(r.body()).path("choices").get(0).path("message").path("content");
        assertThat(content.asText()).isEqualTo("You said: " + GatewayIT.TEXT);

        HttpResponse<String> s = f.post("/v1/chat/completions", f.revealKey, GatewayFixture.chatBody(GatewayIT.TEXT, true));
        StringBuilder sb = new StringBuilder();
        for (String line : s.body().split("\n")) {
            if (line.startsWith("data: {")) {
                sb.append(f.json.readTree(line.substring(6)).path("choices").get(0).path("delta").path("content").asText(""));
            }
        }
        assertThat(sb.toString()).isEqualTo("You said: " + GatewayIT.TEXT);
    }
}
