package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.SecretValue;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract against the real PostgreSQL server; a fresh schema per test, dropped afterwards. */
class PostgresVaultTest extends TokenVaultContract {
    private final List<String> schemas = new ArrayList<>();

    @BeforeEach
    void requireServer() {
        PostgresTestSupport.assumeAvailable();
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        closeVaults();
        for (String s : schemas) {
            PostgresTestSupport.dropSchema(s);
        }
    }

    @Override
    TokenVault create(TokenFactory factory, RetentionPolicy retention, Clock clock) {
        String schema = PostgresTestSupport.uniqueSchema();
        schemas.add(schema);
        return open(schema, factory, retention, clock);
    }

    private static TokenVault open(String schema, TokenFactory factory, RetentionPolicy retention, Clock clock) {
        return Vaults.postgres(PostgresTestSupport.URL).schema(schema).poolSize(4).keyProvider(TestKeys.ring("k1", 1))
                .tokenFactory(factory).retention(retention).clock(clock).open();
    }

    @Test
    void twoReplicasAgreeAndSeeEachOthersErasures() {
        String schema = PostgresTestSupport.uniqueSchema();
        schemas.add(schema);
        try (TokenVault a = open(schema, PlaceholderTokens.brackets(), RetentionPolicy.keepForever(), clock);
             TokenVault b = open(schema, PlaceholderTokens.brackets(), RetentionPolicy.keepForever(), clock)) {
            assertThat(a.tokenize(S1, List.of(req(EntityType.PERSON, "Maria Garcia")))).containsExactly("[PERSON_1]");
            assertThat(b.tokenize(S1, List.of(req(EntityType.PERSON, "John"), req(EntityType.PERSON, "Maria Garcia"))))
                    .containsExactly("[PERSON_2]", "[PERSON_1]");
            b.destroyScope(S1, ERASE);
            assertThat(a.tokenize(S1, List.of(req(EntityType.PERSON, "John")))).containsExactly("[PERSON_1]");
            assertThat(b.reveal(S1, "[PERSON_1]", ADMIN)).contains(SecretValue.of("John"));
        }
    }
}
