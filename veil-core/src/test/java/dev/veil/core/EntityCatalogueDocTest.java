package dev.veil.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/ENTITIES.md is generated from {@link EntityType} and {@link Preset}; this test fails when
 * they drift apart. Regenerate with {@code VEIL_UPDATE_DOCS=1 ./run-tests -pl veil-core}.
 */
class EntityCatalogueDocTest {

    static String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Entity catalogue\n\n");
        sb.append("Generated from `veil-core/src/main/java/dev/veil/core/EntityType.java` and `Preset.java` ")
                .append("(do not edit by hand; `EntityCatalogueDocTest` checks it).\n\n");
        sb.append("Type names are stable: they appear in policies, audit records, metrics and the `veil scan` output.\n\n");
        for (EntityType.Category c : EntityType.Category.values()) {
            sb.append("## ").append(title(c)).append("\n\n");
            sb.append("| type | what it is | examples (fabricated) | presets |\n|---|---|---|---|\n");
            for (EntityType t : EntityType.values()) {
                if (t.category() != c) {
                    continue;
                }
                sb.append("| `").append(t.name()).append("` | ").append(t.description().replace("|", "\\|"))
                        .append(" | ").append(t.examples().stream().map(e -> "`" + e + "`").collect(Collectors.joining(", ")))
                        .append(" | ").append(t.presets().stream().map(Preset::id).collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
            sb.append("\n");
        }
        sb.append("## Presets\n\n");
        for (Preset p : Preset.values()) {
            sb.append("### `").append(p.id()).append("`\n\n").append(p.rule()).append("\n\n");
            sb.append("Types: ").append(p.types().stream().map(t -> "`" + t.name() + "`").collect(Collectors.joining(", ")))
                    .append("\n\n");
        }
        return sb.toString();
    }

    private static String title(EntityType.Category c) {
        return switch (c) {
            case PEOPLE -> "People and contact";
            case GOVERNMENT_ID -> "Government IDs";
            case FINANCIAL -> "Financial";
            case MEDICAL -> "Medical";
            case NETWORK -> "Network, devices and vehicles";
            case SECRET -> "Secrets";
        };
    }

    @Test
    void docMatchesCatalogue() throws IOException {
        Path doc = Path.of(System.getProperty("maven.multiModuleProjectDirectory",
                Path.of("").toAbsolutePath().getParent().toString()), "docs", "ENTITIES.md");
        if (!Files.exists(doc.getParent())) {
            doc = Path.of("..", "docs", "ENTITIES.md");
        }
        String expected = render();
        if ("1".equals(System.getenv("VEIL_UPDATE_DOCS"))) {
            Files.writeString(doc, expected);
        }
        assertThat(Files.exists(doc)).as("docs/ENTITIES.md exists (VEIL_UPDATE_DOCS=1 regenerates it)").isTrue();
        assertThat(Files.readString(doc)).isEqualTo(expected);
    }

    @Test
    void everyTypeIsInAllAndParsesBack() {
        for (EntityType t : EntityType.values()) {
            assertThat(Preset.ALL.types()).contains(t);
            assertThat(EntityType.parse(t.name().toLowerCase())).contains(t);
            assertThat(t.examples()).isNotEmpty();
        }
        assertThat(EntityType.parse("PHONE_NUMBER")).contains(EntityType.PHONE);
        assertThat(EntityType.parse("nope")).isEmpty();
    }

    @Test
    void presetsParse() {
        for (Preset p : Preset.values()) {
            assertThat(Preset.parse(p.id().toUpperCase())).contains(p);
        }
        assertThat(Preset.HIPAA.types()).contains(EntityType.PERSON, EntityType.MEDICAL_RECORD_NUMBER, EntityType.IP_ADDRESS);
        assertThat(Preset.SECRETS.types()).allMatch(EntityType::isSecret);
    }
}
