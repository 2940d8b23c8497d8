package dev.veil.vault;

import dev.veil.core.EntityType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The {@link VaultStore.ScopeWriter} of one locked transaction of a {@link JdbcVaultStore}. */
final class JdbcScopeWriter implements VaultStore.ScopeWriter {
    // Inserting 1+count or adding count both leave next_seq = first + count.
    private static final String RESERVE = "INSERT INTO counters (scope_ref, type, next_seq) VALUES (?, ?, ?) "
            + "ON CONFLICT (scope_ref, type) DO UPDATE SET next_seq = counters.next_seq + ? RETURNING next_seq";
    // No conflict target: a duplicate lookup or a duplicate token both skip the row.
    private static final String INSERT_ENTRY = "INSERT INTO entries (scope_ref, lookup, token, ciphertext, subject, expires_at) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String REFRESH = "UPDATE entries SET expires_at = ? WHERE scope_ref = ? AND lookup = ?";

    private final SqlDialect dialect;
    private final JdbcSession s;
    private final long ref;

    JdbcScopeWriter(SqlDialect dialect, JdbcSession s, long ref) {
        this.dialect = dialect;
        this.s = s;
        this.ref = ref;
    }

    @Override
    public Map<Lookup, VaultStore.Hit> find(Collection<Lookup> lookups) {
        try {
            return dialect.findIn(s, ref, lookups);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public long reserve(EntityType type, int count) {
        try {
            PreparedStatement ps = s.prepare(RESERVE);
            ps.setLong(1, ref);
            ps.setString(2, type.name());
            ps.setLong(3, 1L + count);
            ps.setLong(4, count);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count;
            }
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public boolean[] insert(List<VaultStore.NewEntry> entries) {
        try {
            PreparedStatement ps = s.prepare(INSERT_ENTRY);
            for (VaultStore.NewEntry e : entries) {
                ps.setLong(1, ref);
                ps.setBytes(2, e.lookup().unsafeBytes());
                ps.setString(3, e.token());
                ps.setBytes(4, e.ciphertext());
                ps.setBytes(5, e.subject().unsafeBytes());
                SqlRunner.setNullableLong(ps, 6, e.expiresAt());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            boolean[] inserted = new boolean[entries.size()];
            for (int i = 0; i < counts.length; i++) {
                inserted[i] = counts[i] > 0;
            }
            return inserted;
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    @Override
    public void refresh(Collection<Lookup> lookups, Long expiresAt) {
        if (lookups.isEmpty()) {
            return;
        }
        try {
            PreparedStatement ps = s.prepare(REFRESH);
            for (Lookup l : lookups) {
                SqlRunner.setNullableLong(ps, 1, expiresAt);
                ps.setLong(2, ref);
                ps.setBytes(3, l.unsafeBytes());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** Carries a {@link SQLException} through the unchecked writer interface to {@link SqlRunner#tx}. */
    static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super(cause.getClass().getName(), cause, false, false);
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }
}
