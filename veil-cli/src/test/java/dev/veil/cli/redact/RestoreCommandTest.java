package dev.veil.cli.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {
    @TempDir
    Path tmp;

    private final RedactCommandTest helper = new RedactCommandTest();
    private String redacted;

    @BeforeEach
    void redactSomething() {
        helper.tmp = tmp;
        RedactCommandTest.Run r = helper.redact(RedactCommandTest.ANN + " wrote to " + RedactCommandTest.BOB + ".", "--scope", "s");
        assertThat(r.exit()).as(r.err()).isZero();
        redacted = r.out();
        assertThat(redacted).isEqualTo("[EMAIL_1] wrote to [EMAIL_2].");
    }

    @Test
    void refusedWithoutAcknowledgement() {
        RedactCommandTest.Run r = helper.restore(redacted, Map.of(), "--scope", "s");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("pass --i-am-authorized", "refused");
    }

    @Test
    void wrongKeyIsAClearErrorWithoutOutput() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        RedactCommandTest.Run r = helper.restore(redacted, Map.of("VEIL_MASTER_KEY", Base64.getEncoder().encodeToString(k)),
                "--scope", "s", "--i-am-authorized");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("veil: ").containsIgnoringCase("key").doesNotContain("ann.lee");
    }

    @Test
    void missingKeyIsAClearErrorWithoutOutput() throws Exception {
        Files.delete(tmp.resolve("data/master.key"));
        RedactCommandTest.Run r = helper.restore(redacted, Map.of(), "--scope", "s", "--i-am-authorized");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no master key");
        // and redact does not silently mint a new key either
        RedactCommandTest.Run again = helper.redact(RedactCommandTest.ANN, "--scope", "s");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
    }

    @Test
    void noVaultIsAClearError() {
        RestoreCommand cmd = new RestoreCommand();
        cmd.env = Map.of();
        RedactCommandTest.Run r = RedactCommandTest.run(cmd, new ByteArrayInputStream(new byte[0]),
                "--data", tmp.resolve("elsewhere").toString(), "--scope", "s", "--i-am-authorized");
        assertThat(r.err()).contains("no vault in");
        assertThat(tmp.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void unknownTokensAreLeftAndCountedAndTheRestoreIsAudited() throws Exception {
        String answer = redacted + " Also [PERSON_9] and [EMAIL_4].";
        RedactCommandTest.Run r = helper.restore(answer, Map.of(), "--scope", "s", "--i-am-authorized",
                "--reason", "ticket 42");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(RedactCommandTest.ANN + " wrote to " + RedactCommandTest.BOB
                + ". Also [PERSON_9] and [EMAIL_4].");
        assertThat(r.err()).contains("2 tokens restored, 2 unknown", "(ticket 42)");
        String audit;
        try (Stream<Path> s = Files.walk(tmp.resolve("data/audit/segments"))) {
            audit = s.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(audit).contains("\"kind\":\"RESTORE\"", "\"principal\":\"alice\"", "ticket 42", "default/s")
                .doesNotContain("ann.lee");
    }

    @Test
    void restoreInAnotherScopeRestoresNothing() {
        helper.redact("someone@else-mail.com", "--scope", "t");
        RedactCommandTest.Run r = helper.restore(redacted, Map.of(), "--scope", "t", "--i-am-authorized");
        // scope t numbers its own values: [EMAIL_1] there is someone else, [EMAIL_2] is unknown
        assertThat(r.out()).isEqualTo("someone@else-mail.com wrote to [EMAIL_2].");
    }

    @Test
    void restoresJsonlKeepingJsonValid() throws Exception {
        RedactCommandTest.Run red = helper.redact("{\"q\":\"Say \\\"hi\\\" to " + RedactCommandTest.ANN + "\"}\n", "--jsonl", "--scope", "js");
        assertThat(red.out()).contains("[EMAIL_1]");
        RedactCommandTest.Run back = helper.restore(red.out(), Map.of(), "--scope", "js", "--i-am-authorized", "--jsonl");
        assertThat(RedactCommandTest.JSON.readTree(back.out()).get("q").asText()).isEqualTo("Say \"hi\" to " + RedactCommandTest.ANN);
        assertThat(new String(back.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).endsWith("\n");
    }
}
