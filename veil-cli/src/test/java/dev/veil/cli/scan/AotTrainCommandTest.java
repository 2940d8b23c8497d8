package dev.veil.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.cli.Veil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AotTrainCommandTest {

    @Test
    void trainingDocumentsAreJsonlWithTextAndTheSameForTheSameSeed() throws IOException {
        String a = AotTrainCommand.documents(20, 7L);
        assertThat(a).isEqualTo(AotTrainCommand.documents(20, 7L));
        String[] lines = a.split("\n");
        assertThat(lines).hasSize(20);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            assertThat(n.path("id").asText()).isNotEmpty();
            assertThat(n.path("text").asText().length()).isGreaterThan(100);
        }
    }

    @Test
    void theTrainingRunScansAndLeavesNoScratchFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = scratchDirs(tmp);
        assertThat(Veil.run("aot-train", "--docs", "30")).isZero();
        assertThat(scratchDirs(tmp)).isEqualTo(before);
    }

    @Test
    void documentsWrittenByOneRunAreReadByTheNext(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path docs = dir.resolve("train.jsonl");
        assertThat(Veil.run("aot-train", "--docs", "20", "--write", docs.toString())).isZero();
        assertThat(Files.readAllLines(docs)).hasSize(20);
        assertThat(Veil.run("aot-train", "--read", docs.toString())).isZero();
    }

    private static long scratchDirs(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("veil-aot-train")).count();
        }
    }
}
