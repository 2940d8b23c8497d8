package dev.veil.cli.serve;

import dev.veil.cli.CliException;
import dev.veil.detect.Analyzer;
import dev.veil.gateway.auth.IssuedKey;
import dev.veil.gateway.auth.KeySpec;
import dev.veil.gateway.config.ConfigException;
import dev.veil.gateway.config.ConfigLoader;
import dev.veil.gateway.config.GatewayFactory;
import dev.veil.gateway.config.RawConfig;
import dev.veil.gateway.mask.VaultTokenSource;
import dev.veil.audit.FileAuditLog;
import dev.veil.vault.TokenVault;
import dev.veil.vault.Vaults;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code veil serve}: the OpenAI-compatible privacy gateway. With no configuration it listens on
 * 127.0.0.1:8080, keeps state in ./veil-data, prints a first admin key once, and serves the
 * embedded engine if --model (or VEIL_MODEL) names a GGUF file.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the OpenAI-compatible privacy gateway.",
            "Point an OpenAI SDK's base URL at http://HOST:PORT/v1 and use a Veil API key."},
        footer = {"", "Every setting can also come from the configuration file or an environment variable",
            "(VEIL_PORT, VEIL_HOST, VEIL_DATA, VEIL_MODEL, VEIL_CONFIG, VEIL_UPSTREAM_URL, ...; see docs/GATEWAY.md)."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file (or VEIL_CONFIG).")
    Path config;

    @Option(names = "--port", paramLabel = "N", description = "Port (default 8080, or VEIL_PORT).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDR", description = "Listen address (default 127.0.0.1, or VEIL_HOST).")
    String host;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default ./veil-data, or VEIL_DATA).")
    Path data;

    @Option(names = "--model", paramLabel = "FILE.gguf", description = "Serve this GGUF model with the embedded engine.")
    Path model;

    @Option(names = "--upstream", paramLabel = "URL", description = "An OpenAI-compatible upstream (all models).")
    String upstream;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (port != null) {
            env.put("VEIL_PORT", port.toString());
        }
        if (host != null) {
            env.put("VEIL_HOST", host);
        }
        if (data != null) {
            env.put("VEIL_DATA", data.toString());
        }
        if (model != null) {
            env.put("VEIL_MODEL", model.toString());
        }
        if (upstream != null) {
            env.put("VEIL_UPSTREAM_URL", upstream);
        }
        Path cfgFile = config != null ? config : env.containsKey("VEIL_CONFIG") ? Path.of(env.get("VEIL_CONFIG")) : null;
        RawConfig cfg;
        try {
            cfg = ConfigLoader.load(cfgFile, env);
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
        Path dataDir = Path.of(cfg.string("data"));
        PrintStream out = System.out;
        java.time.Duration ttl = cfg.duration("vault.ttl");
        dev.veil.vault.keys.KeyProvider masterKeys = dev.veil.vault.keys.KeyProviders.configured(dataDir,
                !java.nio.file.Files.exists(dataDir.resolve(Vaults.SQLITE_FILE_NAME)), env, new java.security.SecureRandom());
        TokenVault vault = (ttl.isZero() ? Vaults.sqlite(dataDir)
                : Vaults.sqlite(dataDir).retention(dev.veil.vault.RetentionPolicy.expireAfter(ttl)))
                .keyProvider(masterKeys).open();
        dev.veil.gateway.mask.TokenStyles styles = TokenStylesConfig.from(cfg, dataDir, masterKeys);
        FileAuditLog audit;
        GatewayFactory.Parts parts;
        try {
            audit = FileAuditLog.open(GatewayFactory.auditConfig(cfg));
        } catch (RuntimeException e) {
            vault.close();
            throw new CliException("cannot open the audit log in " + dataDir.resolve("audit") + ": " + e.getMessage());
        }
        try {
            parts = GatewayFactory.build(cfg, new VaultTokenSource(vault, styles), styles, audit, Analyzer.builder());
        } catch (ConfigException e) {
            vault.close();
            audit.close();
            throw new CliException(e.getMessage());
        }
        if (parts.keys().isEmpty()) {
            IssuedKey admin = parts.keys().create(new KeySpec("first admin", "default", Set.of("admin"), Set.of(),
                    Set.of(), 0, 0, null));
            out.println("First admin key (shown once; store it now, only its hash is kept):");
            out.println("  " + admin.key().reveal());
        }
        parts.gateway().start();
        out.println("veil: listening on http://" + cfg.string("listen.host") + ":" + parts.gateway().port() + "/v1"
                + " (data: " + dataDir + ")");
        if (parts.upstreams() == 0) {
            out.println("veil: no model configured: requests will get a clear error. Start with --model FILE.gguf,"
                    + " --upstream URL, or a configuration file with upstreams.");
        } else {
            out.println("veil: models: " + (parts.models().isEmpty() ? "all (default upstream)" : String.join(", ", parts.models())));
        }
        out.flush();
        var retention = Retention.schedule(cfg, vault, audit);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                retention.shutdownNow();
                parts.gateway().close();
                vault.close();
                audit.close();
            } finally {
                stop.countDown();
            }
        }));
        stop.await();
        return 0;
    }
}
