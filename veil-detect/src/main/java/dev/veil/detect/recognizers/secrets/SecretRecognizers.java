package dev.veil.detect.recognizers.secrets;

import dev.veil.detect.Recognizer;
import java.util.List;

/** Built-in recognizers for credentials: API keys, tokens, private keys, passwords and connection strings. */
public final class SecretRecognizers {
    private SecretRecognizers() {
    }

    /** One instance of each recognizer of this family, in run order. */
    public static List<Recognizer> all() {
        return List.of(
                new PemPrivateKeyRecognizer(),
                new JwkPrivateKeyRecognizer(),
                new ProviderKeyRecognizer(),
                new JwtRecognizer(),
                new CredentialUrlRecognizer(),
                new KeyValueConnectionStringRecognizer(),
                new PasswordRecognizer(),
                new KeywordSecretRecognizer());
    }
}
