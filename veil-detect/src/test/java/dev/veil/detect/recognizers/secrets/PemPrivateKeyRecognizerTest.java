package dev.veil.detect.recognizers.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PemPrivateKeyRecognizerTest {
    private static final Analyzer ANALYZER = SecretAssertions.only(new PemPrivateKeyRecognizer());
    private static final String BODY = """
            MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
            VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK
            LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo
            """;

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "OPENSSH PRIVATE KEY",
        "ENCRYPTED PRIVATE KEY", "PRIVATE KEY", "PGP PRIVATE KEY BLOCK"})
    void wholeBlockIsOneFinding(String label) {
        String block = "-----BEGIN " + label + "-----\n" + BODY + "-----END " + label + "-----";
        String text = "key follows:\n" + block + "\nthanks";
        List<Finding> fs = ANALYZER.analyze(text);
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntityType.PRIVATE_KEY);
            assertThat(f.textIn(text)).isEqualTo(block);
            assertThat(f.score()).isEqualTo(1.0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"CERTIFICATE", "PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE REQUEST"})
    void certificatesAndPublicKeysAreNotSecrets(String label) {
        String text = "-----BEGIN " + label + "-----\n" + BODY + "-----END " + label + "-----";
        assertThat(ANALYZER.analyze(text)).isEmpty();
    }

    @Test
    void keyInsideEscapedStringLiteralIsCovered() {
        String text = "String pem = \"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\\n-----END RSA PRIVATE KEY-----\";";
        List<Finding> fs = ANALYZER.analyze(text);
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.textIn(text)).startsWith("-----BEGIN RSA").endsWith("-----END RSA PRIVATE KEY-----");
        });
    }

    @Test
    void truncatedBlockWithoutFooterIsStillMaskedUpToTheBodyEnd() {
        String text = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + BODY + "\nSee you tomorrow.";
        List<Finding> fs = ANALYZER.analyze(text);
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.textIn(text)).contains("LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo");
            assertThat(f.textIn(text)).doesNotContain("tomorrow");
        });
    }

    @Test
    void headerAloneInProseScoresLow() {
        String text = "The file starts with -----BEGIN PRIVATE KEY----- and ends with -----END PRIVATE KEY-----.";
        List<Finding> fs = Analyzer.builder().clearRecognizers().addRecognizer(new PemPrivateKeyRecognizer())
                .minScore(0.0).build().analyze(text);
        assertThat(fs).singleElement().satisfies(f -> assertThat(f.score()).isLessThan(0.9));
    }
}
