package dev.veil.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between the SQL databases a {@link JdbcVaultStore} runs on: DDL, transaction control,
 * the scope row lock and the multi-row lookup. Both supported databases speak {@code ON CONFLICT} and
 * {@code RETURNING}, so everything else is shared.
 */
interface SqlDialect {

    /** Short name for messages, e.g. {@code sqlite}. */
    String name();

    /** DDL statements, each idempotent ({@code IF NOT EXISTS}). */
    List<String> ddl();

    /** Run first in the migration transaction (e.g. an advisory lock against concurrent DDL). */
    default void beforeMigration(JdbcSession s) throws SQLException {
    }

    void begin(JdbcSession s) throws SQLException;

    void commit(JdbcSession s) throws SQLException;

    void rollback(JdbcSession s) throws SQLException;

    /** Selects {@code key_version} of scope {@code ref} (one parameter) and locks the row until commit. */
    String lockScopeSql();

    /** Whether retrying the whole transaction may succeed (deadlock, serialization failure, busy). */
    boolean isTransient(SQLException e);

    /** Hook after rows were deleted, e.g. to checkpoint a write-ahead log so deleted pages leave it. */
    default void afterErase(SqlRunner runner) {
    }

    /** Multi-row lookup; the default issues one indexed query per digest (cheap in-process). */
    default Map<Lookup, VaultStore.Hit> findIn(JdbcSession s, long ref, Collection<Lookup> lookups) throws SQLException {
        Map<Lookup, VaultStore.Hit> out = new HashMap<>();
        PreparedStatement ps = s.prepare("SELECT token, expires_at FROM entries WHERE scope_ref = ? AND lookup = ?");
        for (Lookup l : lookups) {
            ps.setLong(1, ref);
            ps.setBytes(2, l.unsafeBytes());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    out.put(l, new VaultStore.Hit(rs.getString(1), SqlRunner.nullableLong(rs, 2)));
                }
            }
        }
        return out;
    }
}
