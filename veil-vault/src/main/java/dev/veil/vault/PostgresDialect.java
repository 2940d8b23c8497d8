package dev.veil.vault;

import dev.veil.core.SecretValue;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * PostgreSQL: the shared store for several gateway replicas. All tables live in one schema (default
 * {@code veil_vault}), created on first use under an advisory lock so that replicas starting together
 * do not race on DDL. Writers of one scope serialize on {@code SELECT ... FOR UPDATE} of the scope
 * row; lookups are one round trip per batch ({@code lookup = ANY(?)}).
 */
final class PostgresDialect implements SqlDialect {
    static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String schema;

    private PostgresDialect(String schema) {
        this.schema = schema;
    }

    @Override
    public String name() {
        return "postgres";
    }

    static JdbcVaultStore open(String jdbcUrl, String user, SecretValue password, String schema, int poolSize) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("vault store (postgres): the URL must start with jdbc:postgresql:");
        }
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("vault store (postgres): schema must match " + SCHEMA.pattern());
        }
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password.reveal());
        }
        props.setProperty("ApplicationName", "veil-vault");
        props.setProperty("tcpKeepAlive", "true");
        SessionPool pool = new SessionPool("postgres", () -> {
            Connection c = DriverManager.getConnection(jdbcUrl, props);
            c.setSchema(schema);
            return c;
        }, poolSize, 30_000);
        return new JdbcVaultStore(new PostgresDialect(schema), pool);
    }

    @Override
    public void beforeMigration(JdbcSession s) throws SQLException {
        try (Statement st = s.connection().createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + ("veil-vault/" + schema).hashCode() + ")");
            st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
    }

    @Override
    public List<String> ddl() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS vault_meta (id INT PRIMARY KEY CHECK (id = 1), schema_version INT NOT NULL, "
                        + "kek_id TEXT NOT NULL, subject_keyset BYTEA NOT NULL, key_version INT NOT NULL, epoch BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS scopes (ref BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant TEXT NOT NULL, "
                        + "sid TEXT NOT NULL, kek_id TEXT NOT NULL, dek_keyset BYTEA NOT NULL, mac_keyset BYTEA NOT NULL, "
                        + "key_version INT NOT NULL, expires_at BIGINT, UNIQUE (tenant, sid))",
                "CREATE INDEX IF NOT EXISTS scopes_expiry ON scopes (expires_at) WHERE expires_at IS NOT NULL",
                "CREATE TABLE IF NOT EXISTS counters (scope_ref BIGINT NOT NULL, type TEXT NOT NULL, next_seq BIGINT NOT NULL, "
                        + "PRIMARY KEY (scope_ref, type))",
                "CREATE TABLE IF NOT EXISTS entries (scope_ref BIGINT NOT NULL, lookup BYTEA NOT NULL, token TEXT NOT NULL, "
                        + "ciphertext BYTEA NOT NULL, subject BYTEA NOT NULL, expires_at BIGINT, PRIMARY KEY (scope_ref, lookup))",
                "CREATE UNIQUE INDEX IF NOT EXISTS entries_token ON entries (scope_ref, token)",
                "CREATE INDEX IF NOT EXISTS entries_subject ON entries (subject)",
                "CREATE INDEX IF NOT EXISTS entries_expiry ON entries (expires_at) WHERE expires_at IS NOT NULL");
    }

    @Override
    public void begin(JdbcSession s) throws SQLException {
        s.connection().setAutoCommit(false);
    }

    @Override
    public void commit(JdbcSession s) throws SQLException {
        s.connection().commit();
        s.connection().setAutoCommit(true);
    }

    @Override
    public void rollback(JdbcSession s) throws SQLException {
        Connection c = s.connection();
        if (!c.isClosed()) {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Override
    public String lockScopeSql() {
        return "SELECT key_version FROM scopes WHERE ref = ? FOR UPDATE";
    }

    @Override
    public boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    @Override
    public Map<Lookup, VaultStore.Hit> findIn(JdbcSession s, long ref, Collection<Lookup> lookups) throws SQLException {
        Map<Lookup, VaultStore.Hit> out = new HashMap<>();
        if (lookups.isEmpty()) {
            return out;
        }
        byte[][] digests = new byte[lookups.size()][];
        int i = 0;
        for (Lookup l : lookups) {
            digests[i++] = l.unsafeBytes();
        }
        PreparedStatement ps = s.prepare("SELECT lookup, token, expires_at FROM entries WHERE scope_ref = ? AND lookup = ANY(?)");
        Array array = s.connection().createArrayOf("bytea", digests);
        try {
            ps.setLong(1, ref);
            ps.setArray(2, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(new Lookup(rs.getBytes(1)), new VaultStore.Hit(rs.getString(2), SqlRunner.nullableLong(rs, 3)));
                }
            }
        } finally {
            array.free();
        }
        return out;
    }
}
