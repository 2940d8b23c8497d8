package dev.veil.detect.recognizers.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderKeyRecognizerTest {
    private static final Analyzer ANALYZER = SecretAssertions.only(new ProviderKeyRecognizer());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            # text                                                                   | expected token (empty = none)
            token ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d in the log                 | ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d
            GITHUB_TOKEN=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 | 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
            export CI_TOKEN="glpat-Y40uvSwMFLZDe1f8rESQ"                             | glpat-Y40uvSwMFLZDe1f8rESQ
            slack: xoxb-104974650752-9170342366712-CzJr4i0B3JrTAwR4y9ojfljo          | xoxb-104974650752-9170342366712-CzJr4i0B3JrTAwR4y9ojfljo
            stripe.api_key = 'sk_live_QoaF1LlqsajAIxNKu8iS2G8N'                     | sk_live_QoaF1LlqsajAIxNKu8iS2G8N
            publishable pk_live_PRVdD53X83RZJzzzzgEOzdme                             | pk_live_PRVdD53X83RZJzzzzgEOzdme
            OPENAI_API_KEY=sk-proj-A4uoRgnatmUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvTCQC | sk-proj-A4uoRgnatmUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvTCQC
            legacy 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 key           | 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
            aws_access_key_id = AKIA4I2HZ4UEP3ENTHJX                                 | AKIA4I2HZ4UEP3ENTHJX
            maps key AIzasGr7CmY_uCu3ZR1zTOlUcR64cXQLioDnkHI.                        | AIzasGr7CmY_uCu3ZR1zTOlUcR64cXQLioDnkHI
            twilio sid AC1584d8c4fa2815d2802827283e0ad841                            | AC1584d8c4fa2815d2802827283e0ad841
            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   | 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
            //registry.npmjs.org/:_authToken=npm_lavyfErGPmpGXafq0fjzLczbttOofL9H2WjQ | npm_lavyfErGPmpGXafq0fjzLczbttOofL9H2WjQ
            HF 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                                 | 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
            VAULT_TOKEN=hvs.DkdfrUnW5gcF_Ha6ili8GjHE                                 | hvs.DkdfrUnW5gcF_Ha6ili8GjHE
            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                                   | 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
            mailgun key-2f09e2e8c662248b483b7ffc050fec94                             | key-2f09e2e8c662248b483b7ffc050fec94
            bot 6565150556:AApzbLGViYXjU2JgJngKtFI3OyV2dZAkg05 ok                    | 6565150556:AApzbLGViYXjU2JgJngKtFI3OyV2dZAkg05
            hook https://hooks.slack.com/services/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 | https://hooks.slack.com/services/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
            do dop_v1_6725a2a7b860dcd6c8a1f8b46287cced9041dff02cee737443e210471948d332 | dop_v1_6725a2a7b860dcd6c8a1f8b46287cced9041dff02cee737443e210471948d332
            client_secret tH88Q~yXHCabM6JOF8EFd0Nhcy-1kGD2VD-eR                     | tH88Q~yXHCabM6JOF8EFd0Nhcy-1kGD2VD-eR
            coloured >>>\u001b[93msk-proj-A4uoRgnatmUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvTCQC\u001b[0m | sk-proj-A4uoRgnatmUdjAWtGSU8po_799NksnRH9ucAUsdMlHUvTCQC
            # negatives: too short, too long, glued, wrong alphabet, examples
            ghp_tooShort123                                                          |
            AKIA4I2HZ4UEP3ENTHJXQ (17 chars after AKIA)                              |
            myghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d glued to a word              |
            AKIAIOSFODNN7EXAMPLE is the documentation key                            |
            sk_live_1234567890abcdefghij counting                                    |
            AC1584d8c4fa2815d2802827283e0ad84g not hex                               |
            hf_ followed by prose: hf_is not a token                                 |
            the skill-based ask and Slack mentions                                   |
            """)
    void detects(String text, String expected) {
        String t = text.replace("\\u001b", "\u001b");
        SecretAssertions.assertSingle(ANALYZER, t, expected, EntityType.API_KEY, "provider_key");
    }

    @Test
    void coversFiftyPlusProviderFormatsInOneTrie() {
        assertThat(ProviderKeyRecognizer.formatCount()).isGreaterThan(100);
    }

    @Test
    void tokenInsideBase64ImageIsNotReported() {
        String img = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+EAACEb00Kse0ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop";
        assertThat(ANALYZER.analyze(img)).isEmpty();
    }
}
