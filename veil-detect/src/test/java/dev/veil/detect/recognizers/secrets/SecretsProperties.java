package dev.veil.detect.recognizers.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Preset;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Invariants of the secrets recognizers over generated inputs. */
class SecretsProperties {
    private static final Analyzer SECRETS = Analyzer.builder().preset(Preset.SECRETS).build();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @Property(tries = 300, seed = "20261129")
    void everyRecognizerReportsInBoundsSpansOfItsOwnTypes(@ForAll @StringLength(max = 400) String text) {
        for (Recognizer r : SecretRecognizers.all()) {
            List<Finding> out = new ArrayList<>();
            r.recognize(new Text(text), out);
            assertThat(out).allSatisfy(f -> {
                assertThat(f.end()).isLessThanOrEqualTo(text.length());
                assertThat(r.types()).contains(f.type());
            });
        }
    }

    @Property(tries = 300, seed = "20261129")
    void secretLikeAlphabetSoupNeverBreaksTheAnalyzer(@ForAll("soup") String text) {
        assertThat(SECRETS.analyze(text)).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.strings().withChars("ghp_sk-AKIAeyJ.=:@/\"' \n-----BEGINPRIVATEKEYpassword0123456789")
                .ofMaxLength(300);
    }

    @Property(tries = 200, seed = "20261129")
    void aGithubTokenIsFoundWhereverItIsPlacedInProse(@ForAll("body36") String body,
                                                       @ForAll("prose") String before, @ForAll("prose") String after) {
        String token = "ghp_" + body;
        String text = before + " " + token + " " + after;
        List<Finding> fs = SECRETS.analyze(text);
        assertThat(fs).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(EntityType.API_KEY);
            assertThat(f.textIn(text)).isEqualTo(token);
        });
    }

    @Property(tries = 200, seed = "20261129")
    void passwordSpanIsTheValueNeverTheKey(@ForAll("password") String pw) {
        String text = "db_password = \"" + pw + "\"";
        List<Finding> fs = SECRETS.analyze(text);
        assertThat(fs).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EntityType.PASSWORD);
            assertThat(f.textIn(text)).isEqualTo(pw);
        });
    }

    @Property(tries = 200, seed = "20261129")
    void entropyIsBetweenZeroAndLogOfLength(@ForAll @StringLength(min = 1, max = 200) String s) {
        double h = SecretValues.entropy(s, 0, s.length());
        assertThat(h).isBetween(0.0, Math.log(s.length()) / Math.log(2) + 1e-9);
    }

    @Provide
    Arbitrary<String> body36() {
        return Arbitraries.strings().withChars(ALNUM).ofLength(36).filter(b -> !SecretValues.isExampleBody(b, 0, 36));
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of("please rotate", "the key findings were", "see", "", "Token:", "(", "log line 42:",
                "Mr. Brown said");
    }

    @Provide
    Arbitrary<String> password() {
        // passwords with a digit and a symbol, never a quote (it would end the literal)
        return Arbitraries.strings().withChars(ALNUM + "!#%&*+-./:;=?@^_~").ofMinLength(6).ofMaxLength(40)
                .map(s -> "P" + s + "7!");
    }
}
