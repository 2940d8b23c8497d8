package dev.veil.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Runs reads and transactions on a {@link SessionPool}: retries transient failures, rolls back on any
 * failure, and turns {@link SQLException}s into {@link VaultException}s that carry the operation and
 * the SQLState but not the driver's message, which can quote key columns (tokens, digests). Only
 * connection and authentication errors, which never involve data, keep their message.
 */
final class SqlRunner implements AutoCloseable {
    private static final int MAX_ATTEMPTS = 5;

    private final SqlDialect dialect;
    private final SessionPool pool;

    SqlRunner(SqlDialect dialect, SessionPool pool) {
        this.dialect = dialect;
        this.pool = pool;
    }

    <T> T read(String op, SessionPool.Work<T> work) {
        try {
            return pool.with(work);
        } catch (SQLException e) {
            throw failure(op, e);
        }
    }

    <T> T tx(String op, SessionPool.Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return pool.with(s -> {
                    dialect.begin(s);
                    boolean committed = false;
                    try {
                        T result = work.run(s);
                        dialect.commit(s);
                        committed = true;
                        return result;
                    } catch (JdbcScopeWriter.SqlFailure f) {
                        throw f.sqlCause();
                    } finally {
                        if (!committed) {
                            rollbackQuietly(s);
                        }
                    }
                });
            } catch (SQLException e) {
                if (attempt < MAX_ATTEMPTS && dialect.isTransient(e)) {
                    continue;
                }
                throw failure(op, e);
            }
        }
    }

    private void rollbackQuietly(JdbcSession s) {
        try {
            dialect.rollback(s);
        } catch (SQLException ignored) {
            // The original failure is what the caller needs; a broken connection is dropped by the pool.
        }
    }

    VaultException failure(String op, SQLException e) {
        String state = e.getSQLState();
        boolean connectionLevel = state != null && (state.startsWith("08") || state.startsWith("28") || state.startsWith("3D"));
        SQLException sanitized = new SQLException(e.getClass().getName(), state, e.getErrorCode());
        sanitized.setStackTrace(e.getStackTrace());
        return new VaultException("vault store (" + dialect.name() + "): " + op + " failed [SQLState " + state
                + ", code " + e.getErrorCode() + "]" + (connectionLevel ? ": " + e.getMessage() : ""), sanitized);
    }

    @Override
    public void close() {
        pool.close();
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
