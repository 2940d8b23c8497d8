package dev.veil.vault;

import static dev.veil.vault.SqlRunner.nullableLong;
import static dev.veil.vault.SqlRunner.setNullableLong;

import dev.veil.core.Scope;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link VaultStore} on a SQL database through plain JDBC with cached prepared statements; the
 * {@link SqlDialect} supplies what differs between SQLite and PostgreSQL. Schema (see README):
 * {@code vault_meta} (one row), {@code scopes}, {@code counters}, {@code entries}.
 */
final class JdbcVaultStore implements VaultStore {
    static final int SCHEMA_VERSION = 1;

    private static final String SELECT_META = "SELECT kek_id, subject_keyset, key_version, schema_version FROM vault_meta WHERE id = 1";
    private static final String INSERT_META = "INSERT INTO vault_meta (id, schema_version, kek_id, subject_keyset, key_version, epoch) "
            + "VALUES (1, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING";
    private static final String UPDATE_META_KEYS = "UPDATE vault_meta SET kek_id = ?, subject_keyset = ?, key_version = ? "
            + "WHERE id = 1 AND key_version = ?";
    private static final String SELECT_EPOCH = "SELECT epoch FROM vault_meta WHERE id = 1";
    private static final String BUMP_EPOCH = "UPDATE vault_meta SET epoch = epoch + 1 WHERE id = 1";
    private static final String SELECT_SCOPE = "SELECT ref, kek_id, dek_keyset, mac_keyset, key_version FROM scopes "
            + "WHERE tenant = ? AND sid = ?";
    private static final String INSERT_SCOPE = "INSERT INTO scopes (tenant, sid, kek_id, dek_keyset, mac_keyset, key_version, "
            + "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String UPDATE_SCOPE_KEYS = "UPDATE scopes SET kek_id = ?, dek_keyset = ?, mac_keyset = ?, key_version = ? "
            + "WHERE ref = ? AND key_version = ?";
    private static final String SELECT_SCOPES = "SELECT tenant, sid FROM scopes ORDER BY ref";
    private static final String SELECT_SCOPE_BY_REF = "SELECT tenant, sid FROM scopes WHERE ref = ?";
    // Null means "never expires" and wins; otherwise keep the later of the two instants.
    private static final String RAISE_SCOPE_EXPIRY = "UPDATE scopes SET expires_at = CASE "
            + "WHEN expires_at IS NULL OR CAST(? AS BIGINT) IS NULL THEN NULL "
            + "WHEN expires_at > CAST(? AS BIGINT) THEN expires_at ELSE CAST(? AS BIGINT) END WHERE ref = ?";
    private static final String SELECT_BY_TOKEN = "SELECT ciphertext, expires_at FROM entries WHERE scope_ref = ? AND token = ?";
    private static final String SELECT_ALL = "SELECT token, ciphertext, expires_at FROM entries WHERE scope_ref = ?";
    private static final String ERASE_SUBJECT = "DELETE FROM entries WHERE subject = ? RETURNING scope_ref";
    private static final String DELETE_SCOPE_ENTRIES = "DELETE FROM entries WHERE scope_ref = ?";
    private static final String DELETE_SCOPE_COUNTERS = "DELETE FROM counters WHERE scope_ref = ?";
    private static final String DELETE_SCOPE = "DELETE FROM scopes WHERE ref = ?";
    private static final String PURGE_ENTRIES = "DELETE FROM entries WHERE expires_at IS NOT NULL AND expires_at <= ?";
    private static final String PURGE_SCOPES = "DELETE FROM scopes WHERE expires_at IS NOT NULL AND expires_at <= ? RETURNING ref";

    private final SqlRunner sql;
    private final SqlDialect dialect;

    /** Wraps {@code pool} and creates or checks the schema. */
    JdbcVaultStore(SqlDialect dialect, SessionPool pool) {
        this.dialect = dialect;
        this.sql = new SqlRunner(dialect, pool);
        try {
            migrate();
        } catch (RuntimeException e) {
            sql.close();
            throw e;
        }
    }

    private void migrate() {
        sql.tx("create schema", s -> {
            dialect.beforeMigration(s);
            try (Statement st = s.connection().createStatement()) {
                for (String ddl : dialect.ddl()) {
                    st.execute(ddl);
                }
            }
            try (ResultSet rs = s.prepare(SELECT_META).executeQuery()) {
                if (rs.next() && rs.getInt(4) > SCHEMA_VERSION) {
                    throw new VaultException("vault store (" + dialect.name() + "): schema version " + rs.getInt(4)
                            + " is newer than this Veil supports (" + SCHEMA_VERSION + ")");
                }
            }
            return null;
        });
    }

    // ---- meta ----

    @Override
    public MetaRow initMeta(MetaRow proposed) {
        return sql.tx("init vault keys", s -> {
            PreparedStatement ins = s.prepare(INSERT_META);
            ins.setInt(1, SCHEMA_VERSION);
            ins.setString(2, proposed.kekId());
            ins.setBytes(3, proposed.subjectKeyset());
            ins.setInt(4, proposed.keyVersion());
            ins.executeUpdate();
            try (ResultSet rs = s.prepare(SELECT_META).executeQuery()) {
                rs.next();
                return new MetaRow(rs.getString(1), rs.getBytes(2), rs.getInt(3));
            }
        });
    }

    @Override
    public boolean replaceMetaKeys(int expectedVersion, MetaRow next) {
        return sql.tx("rotate vault keys", s -> {
            PreparedStatement ps = s.prepare(UPDATE_META_KEYS);
            ps.setString(1, next.kekId());
            ps.setBytes(2, next.subjectKeyset());
            ps.setInt(3, next.keyVersion());
            ps.setInt(4, expectedVersion);
            return ps.executeUpdate() == 1;
        });
    }

    @Override
    public long epoch() {
        return sql.read("read epoch", s -> {
            try (ResultSet rs = s.prepare(SELECT_EPOCH).executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    // ---- scopes ----

    @Override
    public Optional<ScopeRow> findScope(Scope scope) {
        return sql.read("find scope", s -> selectScope(s, scope));
    }

    private static Optional<ScopeRow> selectScope(JdbcSession s, Scope scope) throws SQLException {
        PreparedStatement ps = s.prepare(SELECT_SCOPE);
        ps.setString(1, scope.tenant());
        ps.setString(2, scope.id());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    ? Optional.of(new ScopeRow(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4), rs.getInt(5)))
                    : Optional.empty();
        }
    }

    @Override
    public ScopeRow createScope(Scope scope, ScopeRow proposed, Long expiresAt) {
        return sql.tx("create scope", s -> {
            PreparedStatement ps = s.prepare(INSERT_SCOPE);
            ps.setString(1, scope.tenant());
            ps.setString(2, scope.id());
            ps.setString(3, proposed.kekId());
            ps.setBytes(4, proposed.dekKeyset());
            ps.setBytes(5, proposed.macKeyset());
            ps.setInt(6, proposed.keyVersion());
            setNullableLong(ps, 7, expiresAt);
            ps.executeUpdate();
            return selectScope(s, scope).orElseThrow(() -> new SQLException("scope row missing after insert", "55000"));
        });
    }

    @Override
    public boolean replaceScopeKeys(long ref, int expectedVersion, ScopeRow next) {
        return sql.tx("rotate scope keys", s -> {
            PreparedStatement ps = s.prepare(UPDATE_SCOPE_KEYS);
            ps.setString(1, next.kekId());
            ps.setBytes(2, next.dekKeyset());
            ps.setBytes(3, next.macKeyset());
            ps.setInt(4, next.keyVersion());
            ps.setLong(5, ref);
            ps.setInt(6, expectedVersion);
            return ps.executeUpdate() == 1;
        });
    }

    @Override
    public List<Scope> scopes() {
        return sql.read("list scopes", s -> {
            List<Scope> out = new ArrayList<>();
            try (ResultSet rs = s.prepare(SELECT_SCOPES).executeQuery()) {
                while (rs.next()) {
                    out.add(Scope.of(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    // ---- entries ----

    @Override
    public Map<Lookup, Hit> find(long ref, Collection<Lookup> lookups) {
        return sql.read("find tokens", s -> dialect.findIn(s, ref, lookups));
    }

    @Override
    public <T> T writeScope(long ref, int keyVersion, Long expiresAt, WriteWork<T> work) {
        return sql.tx("write tokens", s -> {
            PreparedStatement lock = s.prepare(dialect.lockScopeSql());
            lock.setLong(1, ref);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != keyVersion) {
                    throw new ScopeChangedException();
                }
            }
            T result = work.run(new JdbcScopeWriter(dialect, s, ref));
            PreparedStatement raise = s.prepare(RAISE_SCOPE_EXPIRY);
            setNullableLong(raise, 1, expiresAt);
            setNullableLong(raise, 2, expiresAt);
            setNullableLong(raise, 3, expiresAt);
            raise.setLong(4, ref);
            raise.executeUpdate();
            return result;
        });
    }

    @Override
    public Optional<SealedEntry> findByToken(long ref, String token) {
        return sql.read("find by token", s -> {
            PreparedStatement ps = s.prepare(SELECT_BY_TOKEN);
            ps.setLong(1, ref);
            ps.setString(2, token);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SealedEntry(token, rs.getBytes(1), nullableLong(rs, 2))) : Optional.empty();
            }
        });
    }

    @Override
    public List<SealedEntry> findAll(long ref) {
        return sql.read("list tokens", s -> {
            PreparedStatement ps = s.prepare(SELECT_ALL);
            ps.setLong(1, ref);
            List<SealedEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SealedEntry(rs.getString(1), rs.getBytes(2), nullableLong(rs, 3)));
                }
            }
            return out;
        });
    }

    // ---- erasure and retention ----

    @Override
    public Map<Scope, Integer> eraseSubject(Lookup subject) {
        Map<Scope, Integer> erased = sql.tx("erase subject", s -> {
            Map<Long, Integer> perRef = new LinkedHashMap<>();
            PreparedStatement del = s.prepare(ERASE_SUBJECT);
            del.setBytes(1, subject.unsafeBytes());
            try (ResultSet rs = del.executeQuery()) {
                while (rs.next()) {
                    perRef.merge(rs.getLong(1), 1, Integer::sum);
                }
            }
            Map<Scope, Integer> perScope = new LinkedHashMap<>();
            PreparedStatement name = s.prepare(SELECT_SCOPE_BY_REF);
            for (Map.Entry<Long, Integer> e : perRef.entrySet()) {
                name.setLong(1, e.getKey());
                try (ResultSet rs = name.executeQuery()) {
                    if (rs.next()) {
                        perScope.put(Scope.of(rs.getString(1), rs.getString(2)), e.getValue());
                    }
                }
            }
            if (!perRef.isEmpty()) {
                s.prepare(BUMP_EPOCH).executeUpdate();
            }
            return perScope;
        });
        if (!erased.isEmpty()) {
            dialect.afterErase(sql);
        }
        return erased;
    }

    @Override
    public boolean destroyScope(Scope scope) {
        boolean destroyed = sql.tx("destroy scope", s -> {
            Optional<ScopeRow> row = selectScope(s, scope);
            if (row.isEmpty()) {
                return false;
            }
            // Wait for an in-flight writer of the scope, so that its entries are deleted too instead of
            // being committed after our delete as orphans.
            PreparedStatement lock = s.prepare(dialect.lockScopeSql());
            lock.setLong(1, row.get().ref());
            lock.executeQuery().close();
            deleteScope(s, row.get().ref());
            s.prepare(BUMP_EPOCH).executeUpdate();
            return true;
        });
        if (destroyed) {
            dialect.afterErase(sql);
        }
        return destroyed;
    }

    private static int deleteScope(JdbcSession s, long ref) throws SQLException {
        PreparedStatement entries = s.prepare(DELETE_SCOPE_ENTRIES);
        entries.setLong(1, ref);
        int n = entries.executeUpdate();
        PreparedStatement counters = s.prepare(DELETE_SCOPE_COUNTERS);
        counters.setLong(1, ref);
        counters.executeUpdate();
        PreparedStatement keys = s.prepare(DELETE_SCOPE);
        keys.setLong(1, ref);
        keys.executeUpdate();
        return n;
    }

    @Override
    public int purgeExpired(long nowMillis) {
        // Two transactions, entries first, then whole scopes: taking entry locks and then scope locks
        // in one transaction could deadlock with a writer that holds a scope and refreshes its entries.
        int entries = sql.tx("purge expired entries", s -> {
            PreparedStatement ps = s.prepare(PURGE_ENTRIES);
            ps.setLong(1, nowMillis);
            int n = ps.executeUpdate();
            if (n > 0) {
                s.prepare(BUMP_EPOCH).executeUpdate();
            }
            return n;
        });
        int inScopes = sql.tx("purge expired scopes", s -> {
            PreparedStatement ps = s.prepare(PURGE_SCOPES);
            ps.setLong(1, nowMillis);
            List<Long> refs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refs.add(rs.getLong(1));
                }
            }
            int n = 0;
            for (long ref : refs) {
                n += deleteScope(s, ref);
            }
            if (!refs.isEmpty()) {
                s.prepare(BUMP_EPOCH).executeUpdate();
            }
            return n;
        });
        if (entries + inScopes > 0) {
            dialect.afterErase(sql);
        }
        return entries + inScopes;
    }

    @Override
    public void close() {
        sql.close();
    }

    @Override
    public String toString() {
        return "JdbcVaultStore[" + dialect.name() + "]";
    }
}
