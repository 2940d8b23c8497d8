package dev.veil.detect.recognizers.secrets;

import static dev.veil.detect.recognizers.secrets.CharClass.*;
import static dev.veil.detect.recognizers.secrets.ProviderRule.of;

import java.util.ArrayList;
import java.util.List;

/**
 * The provider token formats, from each provider's documentation of its key prefixes (and the
 * public rule sets of gitleaks, secretlint and CredSweeper for the lengths). A prefix alone is a
 * strong signal, so these score 0.85-0.95 without any context word. Formats without a prefix
 * (AWS secret keys, Datadog keys, bare hex) are left to the keyword recognizer.
 */
final class ProviderRules {
    private ProviderRules() {
    }

    static List<ProviderRule> all() {
        List<ProviderRule> r = new ArrayList<>();
        // --- Cloud providers
        for (String p : List.of("AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA")) {
            r.add(of("AWS access key id", p, UPPER_ALNUM, 16, 16).score(0.85));
        }
        r.add(of("AWS access key id (A3T)", "A3T", UPPER_ALNUM, 17, 17).score(0.85));
        r.add(of("Amazon Bedrock API key", "bedrock-api-key-", B64_ANY, 20, 400));
        r.add(of("Amazon Bedrock API key", "ABSK", B64, 100, 400));
        r.add(of("AWS AppSync API key", "da2-", LOWER_ALNUM, 26, 26).score(0.85));
        r.add(of("AWS MWS key", "amzn.mws.", LOWER_ALNUM_DASH, 36, 36));
        r.add(of("Google API key", "AIza", B64URL, 35, 35));
        r.add(of("Google OAuth client secret", "GOCSPX-", B64URL, 28, 28));
        r.add(of("Google OAuth access token", "ya29.", B64URL, 20, 2000).score(0.85));
        r.add(of("Google OAuth refresh token", "1//0", B64URL, 40, 600).score(0.85));
        r.add(of("Alibaba access key id", "LTAI", ALNUM, 12, 20).score(0.85));
        r.add(of("DigitalOcean token", "doo_v1_", HEX_LOWER, 64, 64));
        r.add(of("DigitalOcean token", "dop_v1_", HEX_LOWER, 64, 64));
        r.add(of("DigitalOcean token", "dor_v1_", HEX_LOWER, 64, 64));
        r.add(of("Cloudflare API token", "cfat_", B64URL, 40, 60));
        r.add(of("Cloudflare API token", "cfut_", B64URL, 40, 60));
        r.add(of("Cloudflare API key", "cfk_", B64URL, 40, 60));
        r.add(of("Akamai credential", "akab-", LOWER_ALNUM_DASH, 16, 64));
        r.add(of("Heroku API key", "HRKU-", B64URL, 30, 80));
        r.add(of("HashiCorp Vault service token", "hvs.", B64URL_DOT, 24, 400));
        r.add(of("HashiCorp Vault batch token", "hvb.", B64URL_DOT, 24, 400));
        r.add(of("HashiCorp Vault recovery token", "hvr.", B64URL_DOT, 24, 400));
        r.add(of("Doppler token", "dp.pt.", ALNUM, 40, 44));
        r.add(of("Doppler token", "dp.st.", B64URL_DOT, 40, 80));
        r.add(of("Doppler token", "dp.ct.", ALNUM, 40, 44));
        r.add(of("Doppler token", "dp.sa.", ALNUM, 40, 44));
        r.add(of("PlanetScale password", "pscale_pw_", B64URL_DOT, 32, 64));
        r.add(of("PlanetScale token", "pscale_tkn_", B64URL_DOT, 32, 64));
        r.add(of("PlanetScale OAuth token", "pscale_oauth_", B64URL_DOT, 32, 64));
        r.add(of("Supabase token", "sbp_", WORD, 40, 48));
        r.add(of("Netlify token", "nfp_", ALNUM, 36, 40));
        r.add(of("Vercel token", "vcp_", ALNUM, 40, 80));
        r.add(of("Vercel token", "vci_", ALNUM, 40, 80));
        r.add(of("Vercel token", "vca_", ALNUM, 40, 80));
        r.add(of("Vercel token", "vcr_", ALNUM, 40, 80));
        r.add(of("Vercel token", "vck_", ALNUM, 40, 80));
        r.add(of("Databricks token", "dapi", HEX_LOWER, 32, 32).shape(ProviderRules::notAscending));
        r.add(of("Defined Networking API key", "dnkey-", UPPER_ALNUM_DASH, 40, 80));
        r.add(of("Terraform Cloud / HashiCorp token", "atlasv1.", B64URL, 60, 120));
        // --- Source hosting and CI
        for (String p : List.of("ghp_", "gho_", "ghu_", "ghr_")) {
            r.add(of("GitHub token", p, WORD, 36, 255).score(0.95));
        }
        r.add(of("GitHub app installation token", "ghs_", B64URL_DOT, 36, 2000).score(0.95));
        r.add(of("GitHub fine-grained token", "github_pat_", WORD, 22, 255).score(0.95));
        for (String p : List.of("glpat-", "gloas-", "gldt-", "glrt-", "glcbt-", "glptt-", "glft-", "glimt-", "glagent-",
                "glsoat-", "glffct-", "glrtr-", "glwt-")) {
            r.add(of("GitLab token", p, B64URL_DOT, 20, 80).score(0.95));
        }
        r.add(of("GitLab runner registration token", "GR1348941", B64URL, 20, 20));
        r.add(of("GitLab session cookie", "gitlab_session=", HEX_LOWER, 32, 32));
        r.add(of("Bitbucket app password", "ATBB", ALNUM, 32, 32));
        r.add(of("Bitbucket repository access token", "ATCTT", B64_ANY, 60, 300));
        r.add(of("Bitbucket HTTP access token", "BBDC-", B64_ANY, 40, 80));
        r.add(of("Atlassian API token", "ATATT", B64_ANY, 60, 300));
        r.add(of("Docker personal access token", "dckr_pat_", B64URL, 20, 60));
        r.add(of("Docker organisation access token", "dckr_oat_", B64URL, 20, 60));
        r.add(of("Docker swarm join token", "SWMTKN-1-", B64URL, 50, 120));
        r.add(of("Docker swarm unlock key", "SWMKEY-1-", B64URL, 40, 80));
        r.add(of("npm access token", "npm_", ALNUM, 36, 36));
        r.add(of("PyPI upload token", "pypi-AgEIcHlwaS5vcmc", B64URL, 50, 300).score(0.95));
        r.add(of("RubyGems API key", "rubygems_", HEX_LOWER, 48, 48));
        r.add(of("Clojars deploy token", "CLOJARS_", LOWER_ALNUM, 60, 60));
        r.add(of("NuGet API key", "oy2", LOWER_ALNUM, 43, 43));
        r.add(of("JFrog API key", "AKCp", ALNUM, 69, 69));
        r.add(of("JFrog reference token", "cmVmdGtuOjAxOj", B64, 40, 80));
        r.add(of("SonarQube token", "squ_", HEX_LOWER, 40, 40));
        r.add(of("SonarQube token", "sqp_", HEX_LOWER, 40, 40));
        r.add(of("SonarQube token", "sqa_", HEX_LOWER, 40, 40));
        r.add(of("Postman API key", "PMAK-", B64URL, 50, 70));
        r.add(of("Postman access token", "PMAT-", UPPER_ALNUM, 26, 26));
        r.add(of("Linear API key", "lin_api_", ALNUM, 40, 40));
        r.add(of("Dropbox short-lived access token", "sl.", B64URL, 120, 1500));
        r.add(of("NTLM authentication message", "TlRMTVNTUA", B64, 40, 2000).score(0.85));
        r.add(of("Figma personal access token", "figd_", B64URL, 40, 60));
        r.add(of("Notion integration token", "ntn_", ALNUM, 40, 50));
        r.add(of("Sentry user auth token", "sntryu_", HEX_LOWER, 64, 64));
        r.add(of("Sentry organization auth token", "sntrys_eyJ", B64_ANY, 50, 400));
        r.add(of("Grafana Cloud access policy token", "glc_", B64, 32, 400));
        r.add(of("Grafana service account token", "glsa_", WORD, 32, 48));
        r.add(of("Grafana provisioned API key", "eyJrIjoi", B64, 30, 200).score(0.85));
        r.add(of("1Password service account token", "ops_eyJ", B64URL, 100, 2000));
        r.add(of("age secret key", "AGE-SECRET-KEY-1", UPPER_ALNUM, 58, 58).score(0.95));
        r.add(of("NATS nkey seed", "SU", UPPER_ALNUM, 56, 56).score(0.8));
        r.add(of("WunderGraph API key", "cosmo_", HEX_LOWER, 32, 32));
        // --- Messaging, mail, payments
        for (String p : List.of("xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xoxe.xoxp-", "xapp-")) {
            r.add(of("Slack token", p, B64URL, 10, 255).score(0.95));
        }
        r.add(of("Slack webhook", "hooks.slack.com/services/", ALNUM_SLASH, 20, 120).score(0.95)
                .shape(ProviderRules::twoSlashes));
        r.add(of("Discord webhook", "discord.com/api/webhooks/", B64URL_SLASH, 40, 120).score(0.95)
                .shape(ProviderRules::twoSlashes));
        r.add(of("Discord webhook", "discordapp.com/api/webhooks/", B64URL_SLASH, 40, 120).score(0.95)
                .shape(ProviderRules::twoSlashes));
        for (String p : List.of("M", "N", "O")) {
            r.add(of("Discord bot token", p, B64URL_DOT, 58, 90).shape(ProviderRules::discordBot));
        }
        for (String p : List.of("sk_live_", "rk_live_", "sk_test_", "rk_test_")) {
            r.add(of("Stripe secret key", p, ALNUM, 20, 255).score(0.95));
        }
        for (String p : List.of("pk_live_", "pk_test_")) {
            r.add(of("Stripe publishable key", p, ALNUM, 20, 255).score(0.8));
        }
        r.add(of("Stripe webhook secret", "whsec_", ALNUM, 32, 64));
        r.add(of("Square access token", "EAAA", B64URL, 60, 60));
        r.add(of("Square application secret", "sq0csp-", B64URL, 43, 43));
        r.add(of("Square access token", "sq0atp-", B64URL, 22, 22));
        r.add(of("Facebook access token", "EAAC", ALNUM, 80, 400));
        r.add(of("Facebook access token", "EAAB", ALNUM, 80, 400));
        r.add(of("Instagram access token", "IGQVJ", B64URL, 100, 400));
        r.add(of("Twitter/X bearer token", "AAAAAAAAAAAAAAAAAAAAA", ALNUM_PERCENT, 30, 200));
        r.add(of("Braintree access token", "access_token$production$", ALNUM_DOLLAR, 20, 120).score(0.95));
        r.add(of("Braintree access token", "access_token$sandbox$", ALNUM_DOLLAR, 20, 120));
        r.add(of("Twilio account SID", "AC", HEX_LOWER, 32, 32).score(0.85).shape(ProviderRules::notAscending));
        r.add(of("Twilio API key", "SK", HEX, 32, 32).score(0.85).shape(ProviderRules::notAscending));
        r.add(of("SendGrid API key", "SG.", B64URL_DOT, 33, 100).score(0.95).shape(ProviderRules::sendGrid));
        r.add(of("Mailgun API key", "key-", HEX_LOWER, 32, 32));
        r.add(of("Brevo API key", "xkeysib-", B64URL, 60, 100));
        r.add(of("Brevo SMTP key", "xsmtpsib-", B64URL, 60, 100));
        r.add(of("Shopify token", "shpat_", HEX, 32, 32).score(0.95));
        r.add(of("Shopify token", "shpca_", HEX, 32, 32).score(0.95));
        r.add(of("Shopify token", "shppa_", HEX, 32, 32).score(0.95));
        r.add(of("Shopify token", "shpss_", HEX, 32, 32).score(0.95));
        for (String p : List.of("NRAK-", "NRII-", "NRJS-", "NRBR-", "NRRA-", "NRAA-", "NRIQ-")) {
            r.add(of("New Relic key", p, B64URL, 19, 40));
        }
        r.add(of("PostHog key", "phx_", ALNUM, 40, 60));
        r.add(of("PostHog key", "phs_", ALNUM, 40, 60));
        r.add(of("PostHog key", "phr_", ALNUM, 40, 60));
        r.add(of("PostHog key", "pha_", ALNUM, 40, 60));
        r.add(of("PostHog project key", "phc_", ALNUM, 40, 60).score(0.8));
        // --- AI providers
        r.add(of("Anthropic API key", "sk-ant-", B64URL, 40, 300).score(0.95));
        r.add(of("OpenAI project key", "sk-proj-", B64URL, 40, 300).score(0.95));
        r.add(of("OpenAI service account key", "sk-svcacct-", B64URL, 40, 300).score(0.95));
        r.add(of("OpenAI admin key", "sk-admin-", B64URL, 40, 300).score(0.95));
        r.add(of("OpenAI-style API key", "sk-", B64URL, 32, 300).score(0.85).shape(ProviderRules::mixedBody));
        r.add(of("Hugging Face token", "hf_", LETTER, 34, 34));
        r.add(of("Hugging Face org token", "api_org_", LETTER, 34, 34));
        r.add(of("Groq API key", "gsk_", ALNUM, 52, 52));
        r.add(of("xAI API key", "xai-", ALNUM, 70, 90));
        r.add(of("Perplexity API key", "pplx-", ALNUM, 40, 56));
        r.add(of("Together AI key", "tgp_v1_", B64URL, 40, 50));
        r.add(of("LlamaCloud API key", "llx-", B64URL, 40, 60));
        r.add(of("Tavily API key", "tvly-", ALNUM, 32, 40));
        r.add(of("Replicate API token", "r8_", ALNUM, 37, 40));
        return List.copyOf(r);
    }

    /** Slack/Discord webhooks: the path has at least two more segments (ids and the secret). */
    private static boolean twoSlashes(CharSequence s, int start, int bodyStart, int end) {
        int slashes = 0;
        for (int i = bodyStart; i < end; i++) {
            if (s.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes >= 1 && s.charAt(end - 1) != '/';
    }

    /** Discord bot tokens: base64(user id) '.' 6 chars '.' 27+ chars, e.g. MTIz...OQ.E2-E4_.Zig9... */
    private static boolean discordBot(CharSequence s, int start, int bodyStart, int end) {
        int dot1 = indexOf(s, '.', start, end);
        if (dot1 - start < 24 || dot1 - start > 26) {
            return false;
        }
        int dot2 = indexOf(s, '.', dot1 + 1, end);
        return dot2 - dot1 == 7 && end - dot2 - 1 >= 27 && indexOf(s, '.', dot2 + 1, end) < 0;
    }

    /** SendGrid keys: SG. 16-32 chars '.' 16-64 chars. */
    private static boolean sendGrid(CharSequence s, int start, int bodyStart, int end) {
        int dot = indexOf(s, '.', bodyStart, end);
        return dot - bodyStart >= 16 && end - dot - 1 >= 16 && indexOf(s, '.', dot + 1, end) < 0;
    }

    /** Generic {@code sk-} keys: the body must mix letters and digits, unlike {@code sk-some-long-slug}. */
    private static boolean mixedBody(CharSequence s, int start, int bodyStart, int end) {
        return SecretValues.looksRandom(s, bodyStart, end);
    }

    private static boolean notAscending(CharSequence s, int start, int bodyStart, int end) {
        return SecretValues.ascendingRun(s, bodyStart, end) < 5;
    }

    private static int indexOf(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
