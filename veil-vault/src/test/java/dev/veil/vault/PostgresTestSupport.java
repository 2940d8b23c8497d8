package dev.veil.vault;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The real PostgreSQL server of the development machine and CI (127.0.0.1:5432, trust auth, database
 * test). Each test class gets its own schema, dropped afterwards; tests skip with a message when the
 * server is down.
 */
final class PostgresTestSupport {
    static final String URL = System.getProperty("veil.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3&loginTimeout=3");

    private PostgresTestSupport() {
    }

    static void assumeAvailable() {
        try (Connection c = DriverManager.getConnection(URL)) {
            assumeTrue(c.isValid(3), "PostgreSQL at " + URL + " is not answering; skipping PostgreSQL vault tests");
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL at " + URL + " is not reachable (" + e.getSQLState()
                    + "); skipping PostgreSQL vault tests. Start it with: pg_ctlcluster --skip-systemctl-redirect "
                    + "$(ls /etc/postgresql) main start");
        }
    }

    static String uniqueSchema() {
        return "veil_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
