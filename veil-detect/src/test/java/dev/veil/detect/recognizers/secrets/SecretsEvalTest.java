package dev.veil.detect.recognizers.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floors on the secret fixture sets (see {@link SecretsEvalReport}); skipped when the shared
 * data is absent. The floors are what the recognizers reach today, slightly rounded down, so a
 * regression fails the build.
 */
class SecretsEvalTest {

    private static List<SecretsEvalReport.Doc> docs(String corpus) throws IOException {
        var shared = SecretsEvalReport.sharedDir(null);
        assumeTrue(Files.isDirectory(shared.resolve("eval/secrets")),
                "shared secret fixtures not found under " + shared + "; skipping the secrets evaluation");
        return SecretsEvalReport.load(shared).stream().filter(d -> d.id().startsWith(corpus)).toList();
    }

    @Test
    void credSweeperRecallAndNegatives() throws IOException {
        SecretsEvalReport.Score s = SecretsEvalReport.score(docs("credsweeper/"), SecretsEvalReport.veil());
        assertThat(s.recall()).as("recall vs CredSweeper expected lines").isGreaterThanOrEqualTo(0.90);
        // encrypted PEM keys are flagged on purpose (2 files); a PDF text and a look-alike token make 4 and 5
        assertThat(s.negativeDocsFlagged()).as("negative files with a finding").isLessThanOrEqualTo(5);
    }

    @Test
    void detectSecretsNegativesStayClean() throws IOException {
        SecretsEvalReport.Score s = SecretsEvalReport.score(docs("detect-secrets/"), SecretsEvalReport.veil());
        assertThat(s.negativeFindings()).isZero();
        assertThat(s.hit()).isGreaterThanOrEqualTo(5);
    }
}
