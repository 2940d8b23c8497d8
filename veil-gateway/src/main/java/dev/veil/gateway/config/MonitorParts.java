package dev.veil.gateway.config;

import dev.veil.audit.AuditLog;
import dev.veil.core.Preset;
import dev.veil.core.SecretBytes;
import dev.veil.detect.Analyzer;
import dev.veil.gateway.monitor.AuditAlertSink;
import dev.veil.gateway.monitor.MonitorHolder;
import dev.veil.monitor.alert.AlertSink;
import dev.veil.monitor.alert.FanOutAlertSink;
import dev.veil.monitor.alert.LogAlertSink;
import dev.veil.monitor.alert.SyslogAlertSink;
import dev.veil.monitor.alert.WebhookAlertSink;
import dev.veil.monitor.screen.InputScreener;
import dev.veil.monitor.screen.ScreenAction;
import dev.veil.monitor.screen.ScreenCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Input screening, output monitoring and alert sinks from configuration. Alerts always go to the
 * audit log and a structured log line; a webhook and syslog are added when configured. The keys
 * that hash conversation values and document fingerprints live in {@code <data>/monitor.key}
 * (0600, created on first start).
 */
record MonitorParts(InputScreener screener, MonitorHolder monitors) {

    static MonitorParts build(RawConfig c, Path data, AuditLog audit) {
        List<AlertSink> sinks = new ArrayList<>();
        if (audit != null) {
            sinks.add(new AuditAlertSink(audit));
        }
        sinks.add(LogAlertSink.slf4j());
        if (c.string("alerts.webhook") != null) {
            sinks.add(WebhookAlertSink.builder(URI.create(c.string("alerts.webhook"))).build());
        }
        if (c.string("alerts.syslog") != null) {
            String[] hp = c.string("alerts.syslog").split(":");
            if (hp.length != 2) {
                throw new ConfigException("alerts.syslog must be host:port");
            }
            InetSocketAddress addr = new InetSocketAddress(hp[0], Integer.parseInt(hp[1]));
            sinks.add((c.string("alerts.syslog_protocol").equalsIgnoreCase("tcp")
                    ? SyslogAlertSink.tcp(addr) : SyslogAlertSink.udp(addr)).build());
        }
        AlertSink sink = FanOutAlertSink.of(sinks);
        InputScreener screener = null;
        if (c.bool("monitor.screening")) {
            screener = InputScreener.builder()
                    .analyzer(Analyzer.builder().preset(Preset.SECRETS).build())
                    .action(ScreenCategory.CREDENTIALS, ScreenAction.ALLOW) // the masking step blocks or masks them
                    .alertSink(sink)
                    // history re-sent each turn: same bound as the masking step's analysis cache
                    .cache(c.longValue("policy.analysis_cache"))
                    .build();
        }
        MonitorHolder monitors = null;
        if (c.bool("monitor.output")) {
            monitors = new MonitorHolder(key(data), Analyzer.builder().build(), sink, c.integer("monitor.stream_hold"));
            MonitorHolder m = monitors;
            c.map("monitor.canaries").forEach(m::addCanary);
            String dir = c.string("monitor.protected_dir");
            if (dir != null) {
                try (Stream<Path> files = Files.walk(Path.of(dir))) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        m.addProtectedDocument(f.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_"),
                                Files.readString(f, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new ConfigException("monitor.protected_dir: cannot read " + dir);
                }
            }
        }
        return new MonitorParts(screener, monitors);
    }

    /** 32 random bytes in {@code <data>/monitor.key}, created 0600 on first use. */
    private static SecretBytes key(Path data) {
        Path f = data.resolve("monitor.key");
        try {
            Files.createDirectories(data);
            if (!Files.exists(f)) {
                byte[] k = new byte[32];
                new SecureRandom().nextBytes(k);
                Path tmp = Files.createTempFile(data, ".monitor", ".tmp");
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                Files.write(tmp, k, StandardOpenOption.WRITE);
                Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return SecretBytes.copyOf(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + f, e);
        }
    }
}
