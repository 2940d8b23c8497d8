package dev.veil.audit;

/**
 * When {@link AuditLog#append} may return, relative to fsync. See the module README for what each
 * policy can lose; in short:
 * <ul>
 *   <li>{@link #ALWAYS}: nothing acknowledged is ever lost, not even by a power cut.</li>
 *   <li>{@link #GROUP}: same guarantee as ALWAYS; appenders share fsyncs, so each waits up to the
 *       group interval.</li>
 *   <li>{@link #PERIODIC}: survives a process crash ({@code kill -9}) but a power cut or kernel
 *       panic can lose the records acknowledged during the last fsync interval.</li>
 * </ul>
 */
public enum FsyncPolicy {
    /** Each record is written and fsynced on its own before its append returns. */
    ALWAYS,
    /**
     * Group commit: records are written as they come; appenders wait for the next fsync, and fsyncs
     * start at most once per interval (default 5 ms), so one fsync covers every record written
     * since the last one.
     */
    GROUP,
    /**
     * Append returns once the record is handed to the operating system ({@code write()}); a
     * background fsync runs once per interval (default 1 s).
     */
    PERIODIC
}
