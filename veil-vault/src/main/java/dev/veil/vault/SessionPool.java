package dev.veil.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed-size pool of {@link JdbcSession}s, opened lazily. Plain JDBC on purpose: the vault needs a
 * handful of long-lived connections with cached statements, not a general-purpose pool.
 *
 * <p>A session whose work threw a {@link SQLException} is checked with {@code isValid} and replaced
 * if the connection broke.
 */
final class SessionPool implements AutoCloseable {

    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(JdbcSession session) throws SQLException;
    }

    private final String name;
    private final Opener opener;
    private final BlockingQueue<JdbcSession> idle;
    private final List<JdbcSession> all = new ArrayList<>();
    private final int size;
    private final long borrowTimeoutMillis;
    private boolean closed;

    SessionPool(String name, Opener opener, int size, long borrowTimeoutMillis) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be >= 1");
        }
        this.name = name;
        this.opener = opener;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
        this.borrowTimeoutMillis = borrowTimeoutMillis;
    }

    <T> T with(Work<T> work) throws SQLException {
        JdbcSession s = borrow();
        boolean healthy = true;
        try {
            return work.run(s);
        } catch (SQLException e) {
            healthy = isValid(s);
            throw e;
        } finally {
            giveBack(s, healthy);
        }
    }

    private JdbcSession borrow() throws SQLException {
        JdbcSession s = idle.poll();
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("vault store (" + name + "): closed");
            }
            if (all.size() < size) {
                JdbcSession fresh = new JdbcSession(opener.open());
                all.add(fresh);
                return fresh;
            }
        }
        try {
            s = idle.poll(borrowTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", "08000");
        }
        if (s == null) {
            throw new SQLException("no connection free within " + borrowTimeoutMillis + " ms", "08000");
        }
        return s;
    }

    private void giveBack(JdbcSession s, boolean healthy) {
        synchronized (this) {
            if (closed || !healthy) {
                all.remove(s);
                s.close();
                return;
            }
        }
        idle.offer(s);
    }

    private static boolean isValid(JdbcSession s) {
        try {
            return s.connection().isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (JdbcSession s : all) {
            s.close();
        }
        all.clear();
        idle.clear();
    }
}
