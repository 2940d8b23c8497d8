package dev.veil.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path tmp;

    private Path yaml(String text) throws Exception {
        Path p = tmp.resolve("veil.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void defaultsWithoutAFile() {
        RawConfig c = ConfigLoader.load(null, Map.of());
        assertThat(c.string("listen.host")).isEqualTo("127.0.0.1");
        assertThat(c.integer("listen.port")).isEqualTo(8080);
        assertThat(c.string("data")).isEqualTo("./veil-data");
        assertThat(c.list("policy.block")).containsExactly("PRIVATE_KEY", "PASSWORD");
        assertThat(c.duration("limits.read_timeout")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void fileValuesAndEnvironmentOverrides() throws Exception {
        Path p = yaml("""
                listen:
                  port: 9000
                data: /var/lib/veil
                policy:
                  block: [PRIVATE_KEY]
                  masked_forms: {SSN: "***"}
                upstreams:
                  - name: a
                    url: http://127.0.0.1:1/v1
                    models: [m]
                auth:
                  roles:
                    analyst: {models: ["*"], reveal: [PERSON]}
                """);
        RawConfig c = ConfigLoader.load(p, Map.of("VEIL_PORT", "9100", "VEIL_POLICY_BLOCK", "PASSWORD,JWT"));
        assertThat(c.integer("listen.port")).isEqualTo(9100);
        assertThat(c.string("data")).isEqualTo("/var/lib/veil");
        assertThat(c.list("policy.block")).containsExactly("PASSWORD", "JWT");
        assertThat(c.map("policy.masked_forms")).containsEntry("SSN", "***");
        assertThat(c.node("upstreams").get(0).path("name").asText()).isEqualTo("a");
    }

    @Test
    void unknownKeysAreErrorsNamingTheLine() throws Exception {
        Path p = yaml("""
                listen:
                  port: 9000
                  prot: 1
                """);
        assertThatThrownBy(() -> ConfigLoader.load(p, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3").hasMessageContaining("listen.prot");
        Path q = yaml("""
                upstreams:
                  - name: a
                    urll: http://x
                """);
        assertThatThrownBy(() -> ConfigLoader.load(q, Map.of())).hasMessageContaining("line 3")
                .hasMessageContaining("upstreams[].urll");
    }

    @Test
    void badValuesNameTheirSource() throws Exception {
        Path p = yaml("listen:\n  port: eighty\n");
        RawConfig c = ConfigLoader.load(p, Map.of());
        assertThatThrownBy(() -> c.integer("listen.port")).hasMessageContaining("line 2").hasMessageContaining("integer");
        RawConfig e = ConfigLoader.load(null, Map.of("VEIL_LIMITS_READ_TIMEOUT", "soon"));
        assertThatThrownBy(() -> e.duration("limits.read_timeout")).hasMessageContaining("VEIL_LIMITS_READ_TIMEOUT");
    }

    @Test
    void everySettingIsDocumented() throws Exception {
        Path doc = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "docs", "GATEWAY.md");
        if (!Files.exists(doc)) {
            doc = Path.of("..", "docs", "GATEWAY.md");
        }
        String text = Files.readString(doc);
        for (Settings.Setting s : Settings.ALL.values()) {
            assertThat(text).as("docs/GATEWAY.md documents " + s.path()).contains("`" + s.path() + "`").contains("`" + s.env() + "`");
        }
    }
}
