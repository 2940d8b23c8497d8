package dev.veil.detect.recognizers.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Preset;
import dev.veil.detect.Analyzer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs complete with a correct result (no timing assertion: a hang would time out the
 * build and a regex budget overflow would throw).
 */
class SecretsPathologicalInputTest {
    private static final Analyzer SECRETS = Analyzer.builder().preset(Preset.SECRETS).build();
    private static final int MB = 1 << 20;

    @Test
    void megabyteOfLettersEndingInAtSign() {
        assertThat(SECRETS.analyze("a".repeat(MB) + "@")).isEmpty();
    }

    @Test
    void megabyteOfDigits() {
        assertThat(SECRETS.analyze("7".repeat(MB))).isEmpty();
    }

    @Test
    void megabyteOfDashesOrDots() {
        assertThat(SECRETS.analyze("-".repeat(MB))).isEmpty();
        assertThat(SECRETS.analyze(".".repeat(MB))).isEmpty();
    }

    @Test
    void megabyteOfKeywordsAndSeparators() {
        // every needle of the keyword scanners, over and over, with nothing secret after it
        assertThat(SECRETS.analyze("password=secret token: key ".repeat(MB / 28))).isEmpty();
        assertThat(SECRETS.analyze("-----BEGIN ".repeat(MB / 11))).isEmpty();
        // many keys pointing into one long unquoted run: each run is scanned once
        assertThat(SECRETS.analyze("key=".repeat(MB / 4))).isEmpty();
        assertThat(SECRETS.analyze("password=;".repeat(MB / 10))).isEmpty();
        assertThat(SECRETS.analyze("eyJ.".repeat(MB / 4))).isEmpty();
        assertThat(SECRETS.analyze("a://b:c@".repeat(MB / 8))).allSatisfy(
                f -> assertThat(f.type()).isEqualTo(EntityType.CONNECTION_STRING));
    }

    @Test
    void unterminatedPrivateKeyHeaderMegabytesLong() {
        String text = "-----BEGIN RSA PRIVATE KEY-----\n" + "QUJD".repeat(MB / 4);
        List<Finding> fs = SECRETS.analyze(text);
        assertThat(fs).isNotEmpty().allSatisfy(f -> assertThat(f.type()).isEqualTo(EntityType.PRIVATE_KEY));
        assertThat(fs.get(0).start()).isZero();
    }

    @Test
    void randomBinaryTurnedIntoAString() {
        byte[] bytes = new byte[MB];
        new Random(1234).nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Finding> fs = SECRETS.analyze(text);
        assertThat(fs).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        assertThat(SECRETS.analyze(utf8)).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(utf8.length()));
    }

    @Test
    void secretAfterAMegabyteOfNoiseIsStillFound() {
        String token = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
        String text = "x ".repeat(MB / 2) + "token " + token + " end";
        List<Finding> fs = SECRETS.analyze(text);
        assertThat(fs).singleElement().satisfies(f -> assertThat(f.textIn(text)).isEqualTo(token));
    }
}
