package dev.veil.audit;

/**
 * When {@link AuditLog#append} may return, relative to fsync. See the module README for what each
 * policy can lose; in short:
 * <ul>
 *   <li>{@link #ALWAYS}: nothing acknowledged is ever lost, not even by a power cut.</li>
 *   <li>{@link #GROUP}: same guarantee as ALWAYS; appenders that arrive while an fsync runs share
 *       the next one, so a request waits for at most two fsyncs and never for a timer (unless a
 *       minimum interval is configured).</li>
 *   <li>{@link #PERIODIC}: survives a process crash ({@code kill -9}) but a power cut or kernel
 *       panic can lose the records acknowledged during the last fsync interval.</li>
 * </ul>
 */
public enum FsyncPolicy {
    /** Each record is written and fsynced on its own before its append returns. */
    ALWAYS,
    /**
     * Group commit: the writer takes every record queued, writes them, fsyncs once and acknowledges
     * them all; records that arrive during that fsync form the next batch. With an optional minimum
     * interval between fsync starts (default 0: none), batches grow at the cost of waiting.
     */
    GROUP,
    /**
     * Append returns once the record is handed to the operating system ({@code write()}); a
     * background fsync runs once per interval (default 1 s).
     */
    PERIODIC
}
