package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.SecretValue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteVaultTest extends TokenVaultContract {
    @TempDir
    Path dir;
    private final AtomicInteger n = new AtomicInteger();

    @Override
    TokenVault create(TokenFactory factory, RetentionPolicy retention, Clock clock) {
        return Vaults.sqlite(dir.resolve("data-" + n.incrementAndGet())).keyProvider(TestKeys.ring("k1", 1))
                .tokenFactory(factory).retention(retention).clock(clock).open();
    }

    @Test
    void mappingsSurviveReopening() {
        Path data = dir.resolve("durable");
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
            assertThat(v.tokenize(S1, List.of(req(EntityType.PERSON, "Maria Garcia"), req(EntityType.PERSON, "Ada"))))
                    .containsExactly("[PERSON_1]", "[PERSON_2]");
        }
        try (TokenVault v = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
            assertThat(v.tokenize(S1, List.of(req(EntityType.PERSON, "Ada"), req(EntityType.PERSON, "Kim"))))
                    .containsExactly("[PERSON_2]", "[PERSON_3]");
            assertThat(v.reveal(S1, "[PERSON_1]", ADMIN)).contains(SecretValue.of("Maria Garcia"));
        }
    }

    @Test
    void twoVaultsOnOneFileAgree() {
        Path data = dir.resolve("shared");
        try (TokenVault a = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open();
             TokenVault b = Vaults.sqlite(data).keyProvider(TestKeys.ring("k1", 1)).open()) {
            assertThat(a.tokenize(S1, List.of(req(EntityType.PERSON, "Maria Garcia")))).containsExactly("[PERSON_1]");
            assertThat(b.tokenize(S1, List.of(req(EntityType.PERSON, "John"), req(EntityType.PERSON, "Maria Garcia"))))
                    .containsExactly("[PERSON_2]", "[PERSON_1]");
            // b erases; a's cache must not keep answering with the erased token.
            b.eraseSubject(SecretValue.of("Maria Garcia"), ERASE);
            assertThat(a.tokenize(S1, List.of(req(EntityType.PERSON, "Maria Garcia")))).containsExactly("[PERSON_3]");
            assertThat(b.reveal(S1, "[PERSON_3]", ADMIN)).contains(SecretValue.of("Maria Garcia"));
        }
    }
}
