package dev.veil.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.audit.AuditKind;
import dev.veil.audit.AuditLogConfig;
import dev.veil.audit.AuditRecord;
import dev.veil.audit.FileAuditLog;
import dev.veil.core.EntityType;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class AuditCommandsTest {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    static final Clock NOW = Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC);

    @TempDir
    Path data;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeLog() {
        try (FileAuditLog log = FileAuditLog.open(AuditLogConfig.builder(data.resolve("audit")).build())) {
            for (int i = 0; i < 12; i++) {
                log.append(AuditRecord.builder(AuditKind.REQUEST, T0.plus(Duration.ofMinutes(5L * i)))
                        .principal("svc").keyId(i % 2 == 0 ? "k-even" : "k-odd").model("llama")
                        .entities(i % 3 == 0 ? EntityType.SSN : EntityType.EMAIL, 1)
                        .decision(i % 4 == 0 ? "block" : "mask").status(i % 4 == 0 ? 403 : 200)
                        .requestId("r" + i).build());
            }
        }
    }

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    @Test
    void verifyReportsAnIntactLog() {
        assertThat(run(new AuditCommand(), "verify", "--data", data.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("OK: 12 records");
    }

    @Test
    void verifyFailsWithExitCodeOneOnTampering() throws Exception {
        Path seg = data.resolve("audit/segments/segment-0000000001.jsonl");
        Files.writeString(seg, Files.readString(seg).replace("\"status\":403", "\"status\":200"));
        assertThat(run(new AuditCommand(), "verify", "--data", data.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED: RECORD_ALTERED at segment-0000000001.jsonl seq 1");
    }

    @Test
    void verifyAcceptsAnExportedPublicKey() throws Exception {
        assertThat(run(new AuditCommand(), "public-key", "--data", data.toString())).isEqualTo(0);
        Path pem = Files.writeString(data.resolve("audit.pub"), out.toString());
        out.getBuffer().setLength(0);
        assertThat(run(new AuditCommand(), "verify", "--data", data.toString(), "--public-key", pem.toString()))
                .isEqualTo(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--key k-odd|6",
            "--decision BLOCK|3",
            "--type ssn|4",
            "--since 2025-03-01T09:30:00Z|6",
            "--since 30m|6",
            "--until 2025-03-01T09:10:00Z|2",
            "--kind ERASE|0",
    })
    void searchFilters(String filter, int expected) {
        String[] f = filter.split(" ");
        assertThat(run(new AuditSearchCommand(NOW), "--data", data.toString(), f[0], f[1])).isEqualTo(0);
        assertThat(outLines()).filteredOn(l -> l.startsWith("#")).hasSize(expected);
        assertThat(outLines()).last().isEqualTo(expected + " matching records");
    }

    @Test
    void showPrintsTheLastRecordsOrChosenOnes() {
        assertThat(run(new AuditShowCommand(NOW), "--data", data.toString(), "--last", "2")).isEqualTo(0);
        assertThat(outLines()).hasSize(2).first().asString().startsWith("#11 ").contains("key=k-even", "request=r10");
        out.getBuffer().setLength(0);
        assertThat(run(new AuditShowCommand(NOW), "--data", data.toString(), "1", "5")).isEqualTo(0);
        assertThat(outLines()).extracting(l -> l.split(" ")[0]).containsExactly("#1", "#5");
    }

    @Test
    void exportWritesJsonLinesToStdoutOrAFile() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        assertThat(run(new AuditExportCommand(NOW, stdout), "--data", data.toString(), "--decision", "block"))
                .isEqualTo(0);
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).hasSize(3)
                .allMatch(l -> l.startsWith("{\"v\":1,\"seq\":") && l.contains("\"block\""));

        Path file = data.resolve("export.jsonl");
        assertThat(run(new AuditExportCommand(NOW, stdout), "--data", data.toString(), "--out", file.toString()))
                .isEqualTo(0);
        assertThat(Files.readAllLines(file)).hasSize(12);
    }

    @Test
    void badFilterValuesGiveAClearErrorWithoutEchoingInput() {
        assertThat(run(new AuditSearchCommand(NOW), "--data", data.toString(), "--since", "yesterday-ish"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("time must be").doesNotContain("yesterday-ish");
        assertThat(run(new AuditSearchCommand(NOW), "--data", data.toString(), "--type", "NOT_A_TYPE"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown entity type");
    }

    @Test
    void missingDataDirectoryIsReportedNotThrown() {
        assertThat(run(new AuditCommand(), "verify", "--data", data.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("veil audit verify:");
        assertThat(run(new AuditSearchCommand(NOW), "--data", data.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no audit log at");
    }
}
