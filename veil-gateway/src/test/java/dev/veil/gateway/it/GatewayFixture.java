package dev.veil.gateway.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.core.EntityType;
import dev.veil.detect.Analyzer;
import dev.veil.gateway.Gateway;
import dev.veil.gateway.auth.ApiKeyStore;
import dev.veil.gateway.auth.Authenticator;
import dev.veil.gateway.auth.KeySpec;
import dev.veil.gateway.auth.RolePolicy;
import dev.veil.gateway.upstream.EgressGuard;
import dev.veil.gateway.upstream.OpenAiUpstream;
import dev.veil.gateway.upstream.UpstreamRouter;
import dev.veil.gateway.upstream.UpstreamSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A running gateway in front of a scripted upstream, with keys of several kinds. */
final class GatewayFixture implements AutoCloseable {
    static final Map<String, EntityType> PLANTED = Map.of(
            "Maria Garcia", EntityType.PERSON,
            "Daniel Hale", EntityType.PERSON,
            "maria.garcia@example.org", EntityType.EMAIL,
            "536-22-8726", EntityType.SSN);

    final ScriptedUpstream upstream;
    final Gateway gateway;
    final ApiKeyStore keys;
    final String adminKey;
    final String revealKey;
    final String plainKey;
    final String expiredKey;
    final String otherModelKey;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    final dev.veil.audit.AuditLog audit;
    final dev.veil.vault.TokenVault vault;
    final Path dataDir;

    GatewayFixture(Path dataDir) throws IOException {
        this(dataDir, null);
    }

    /** With {@code auditOverride} null, a real file audit log in {@code dataDir/audit} is used. */
    GatewayFixture(Path dataDir, dev.veil.audit.AuditLog auditOverride) throws IOException {
        this(dataDir, auditOverride, false);
    }

    final dev.veil.gateway.monitor.MonitorHolder monitors;

    /** {@code monitoring}: input screening and output monitoring on, alerts to the audit log. */
    GatewayFixture(Path dataDir, dev.veil.audit.AuditLog auditOverride, boolean monitoring) throws IOException {
        this(dataDir, auditOverride, monitoring, dev.veil.gateway.mask.TokenStyles.placeholders());
    }

    GatewayFixture(Path dataDir, dev.veil.audit.AuditLog auditOverride, boolean monitoring,
                   dev.veil.gateway.mask.TokenStyles styles) throws IOException {
        this.dataDir = dataDir;
        this.audit = auditOverride != null ? auditOverride : dev.veil.audit.FileAuditLog.open(
                dev.veil.audit.AuditLogConfig.builder(dataDir.resolve("audit")).build());
        vault = dev.veil.vault.Vaults.sqlite(dataDir.resolve("vault")).open();
        upstream = new ScriptedUpstream();
        keys = new ApiKeyStore(dataDir.resolve("keys.json"), Clock.systemUTC(), new SecureRandom());
        adminKey = keys.create(new KeySpec("admin", "acme", Set.of("admin"), Set.of(), Set.of(), 0, 0, null)).key().reveal();
        revealKey = keys.create(new KeySpec("analyst", "acme", Set.of("analyst"), Set.of("test-model"),
                EnumSet.of(EntityType.PERSON, EntityType.EMAIL, EntityType.SSN, EntityType.CREDIT_CARD), 0, 0, null)).key().reveal();
        plainKey = keys.create(new KeySpec("app", "acme", Set.of("app"), Set.of("test-model"), Set.of(), 0, 0, null))
                .key().reveal();
        expiredKey = keys.create(new KeySpec("old", "acme", Set.of("app"), Set.of("test-model"), Set.of(), 0, 0,
                Instant.now().minus(Duration.ofDays(1)))).key().reveal();
        otherModelKey = keys.create(new KeySpec("other", "acme", Set.of("app"), Set.of("other-model"), Set.of(), 0, 0, null))
                .key().reveal();
        Analyzer analyzer = Analyzer.builder().addRecognizer(new NameListRecognizer(PLANTED)).build();
        OpenAiUpstream up = new OpenAiUpstream("scripted", URI.create(upstream.baseUrl()), Set.of("test-model", "other-model"),
                null, UpstreamSettings.DEFAULTS, EgressGuard.privateOnly(), json);
        dev.veil.monitor.screen.InputScreener screener = null;
        if (monitoring) {
            var sink = new dev.veil.gateway.monitor.AuditAlertSink(audit);
            screener = dev.veil.monitor.screen.InputScreener.builder()
                    .analyzer(Analyzer.builder().preset(dev.veil.core.Preset.SECRETS).build())
                    .action(dev.veil.monitor.screen.ScreenCategory.CREDENTIALS, dev.veil.monitor.screen.ScreenAction.ALLOW)
                    .alertSink(sink).build();
            monitors = new dev.veil.gateway.monitor.MonitorHolder(dev.veil.core.SecretBytes.copyOf(new byte[32]), analyzer,
                    sink, 64);
        } else {
            monitors = null;
        }
        gateway = Gateway.builder()
                .screener(screener)
                .monitors(monitors)
                .port(0)
                .analyzer(analyzer)
                .vault(new dev.veil.gateway.mask.VaultTokenSource(vault, styles))
                .styles(styles)
                .keys(keys, new Authenticator(keys, RolePolicy.empty(), null))
                .router(new UpstreamRouter(List.of(up)))
                .limits(64 * 1024, 1 << 20, 256, Duration.ofSeconds(10))
                .audit(audit)
                .build()
                .start();
    }

    String base() {
        return "http://127.0.0.1:" + gateway.port();
    }

    HttpResponse<String> post(String path, String key, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String chatBody(String userText, boolean stream) {
        return "{\"model\":\"test-model\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                + "{\"role\":\"user\",\"content\":" + quote(userText) + "}]}";
    }

    static String quote(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        gateway.close();
        upstream.close();
        audit.close();
        vault.close();
    }
}
