package dev.veil.vault;

import dev.veil.core.EntityType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The {@link VaultStore.ScopeWriter} of one locked transaction of a {@link JdbcVaultStore}. */
final class JdbcScopeWriter implements VaultStore.ScopeWriter {
    // One row per type. Inserting 1+count or adding count (= excluded.next_seq - 1) both leave
    // next_seq = first + count.
    private static final String RESERVE_HEAD = "INSERT INTO counters (scope_ref, type, next_seq) VALUES ";
    private static final String RESERVE_TAIL = " ON CONFLICT (scope_ref, type) DO UPDATE SET "
            + "next_seq = counters.next_seq + excluded.next_seq - 1 RETURNING type, next_seq";
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
    public Map<EntityType, Long> reserve(Map<EntityType, Integer> counts) {
        if (counts.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<EntityType, Integer>> rows = List.copyOf(counts.entrySet());
        // One statement text per number of types (at most the size of the catalogue), each cached.
        String sql = RESERVE_HEAD + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?)")) + RESERVE_TAIL;
        try {
            PreparedStatement ps = s.prepare(sql);
            int i = 1;
            for (Map.Entry<EntityType, Integer> row : rows) {
                ps.setLong(i++, ref);
                ps.setString(i++, row.getKey().name());
                ps.setLong(i++, 1L + row.getValue());
            }
            Map<EntityType, Long> first = new EnumMap<>(EntityType.class);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EntityType type = EntityType.valueOf(rs.getString(1));
                    first.put(type, rs.getLong(2) - counts.get(type));
                }
            }
            return first;
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
