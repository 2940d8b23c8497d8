package dev.veil.audit;

/**
 * An append-only, tamper-evident audit log.
 *
 * <p>Guarantees of every implementation:
 * <ul>
 *   <li>{@link #append} returns only once the record is durable as promised by the configured
 *       {@link FsyncPolicy}; the returned sequence number identifies it for good.</li>
 *   <li>If the record cannot be made durable (disk full, permissions, I/O error, closed log) it
 *       throws {@link AuditException} and the caller must fail closed. After an I/O failure the
 *       log refuses every later append until it is reopened (which repairs the tail).</li>
 *   <li>Safe for many concurrent appenders, including virtual threads.</li>
 * </ul>
 */
public interface AuditLog extends AutoCloseable {

    /** Appends a record and waits until it is durable. Returns its sequence number. */
    long append(AuditRecord record);

    /**
     * Appends a record and returns once it is written to the operating system, so it survives a
     * crash of this process, without waiting for the fsync that the {@link FsyncPolicy} asks for;
     * {@link Pending#awaitDurable()} waits for that. Meant for replies released over time (a
     * streamed answer): the record is written before the first byte and durable before the last.
     *
     * @throws AuditException if the record cannot be written; the caller must fail closed
     */
    default Pending appendWritten(AuditRecord record) {
        long seq = append(record);
        return () -> seq;
    }

    /** A record already written to the operating system whose fsync may still be running. */
    @FunctionalInterface
    interface Pending {
        /**
         * Waits until the record is durable per the log's {@link FsyncPolicy}; returns its sequence
         * number.
         *
         * @throws AuditException if it cannot be made durable; the caller must fail closed
         */
        long awaitDurable();
    }

    /** Forces everything appended so far to stable storage, whatever the fsync policy. */
    void sync();

    /** Writes what is pending, seals the open segment with a signed checkpoint and releases the log. */
    @Override
    void close();
}
