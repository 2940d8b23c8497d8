package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small plumbing classes: the LRU cache, the session pool and SQL error sanitizing. */
class InfrastructureTest {

    @Test
    void cacheEvictsTheLeastRecentlyUsedEntry() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat(cache.get("a")).isEqualTo(1);
        cache.put("c", 3);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("c")).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(2);
        cache.clear();
        assertThat(cache.size()).isZero();
    }

    @Test
    void zeroSizedCacheKeepsNothing() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(0);
        cache.put("a", 1);
        assertThat(cache.get("a")).isNull();
        assertThatThrownBy(() -> new BoundedCache<>(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void poolReusesHealthySessionsAndReplacesBrokenOnes() throws SQLException {
        List<Connection> opened = new ArrayList<>();
        SessionPool pool = new SessionPool("test", () -> {
            Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
            opened.add(c);
            return c;
        }, 1, 1000);
        try {
            JdbcSession first = pool.with(s -> s);
            JdbcSession again = pool.with(s -> s);
            assertThat(again).isSameAs(first);
            assertThatThrownBy(() -> pool.with(s -> {
                s.connection().close();
                throw new SQLException("connection lost", "08006");
            })).isInstanceOf(SQLException.class);
            JdbcSession replaced = pool.with(s -> s);
            assertThat(replaced).isNotSameAs(first);
            assertThat(opened).hasSize(2);
            assertThatThrownBy(() -> pool.with(s -> {
                throw new SQLException("constraint", "23505");
            })).isInstanceOf(SQLException.class);
            assertThat(opened).as("a statement error on a live connection keeps the session").hasSize(2);
        } finally {
            pool.close();
        }
        assertThatThrownBy(() -> pool.with(s -> s)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "[{index}] SQLState {0}")
    @CsvSource(delimiter = '|', textBlock = """
            23505 | false
            08006 | true
            28P01 | true
            """)
    void storeErrorsKeepDriverMessagesOnlyForConnectionFailures(String state, boolean keepsMessage) {
        SqlRunner runner = new SqlRunner(new SqliteDialect(), new SessionPool("t", () -> {
            throw new SQLException("Key (token)=([PERSON_1]) already exists", state);
        }, 1, 10));
        VaultException e = runner.failure("write tokens", new SQLException("Key (token)=([PERSON_1]) already exists", state));
        assertThat(e.getMessage()).startsWith("vault store (sqlite): write tokens failed [SQLState " + state);
        assertThat(e.getMessage().contains("[PERSON_1]")).isEqualTo(keepsMessage);
        assertThat(e.getCause().getMessage()).doesNotContain("[PERSON_1]");
        runner.close();
    }
}
