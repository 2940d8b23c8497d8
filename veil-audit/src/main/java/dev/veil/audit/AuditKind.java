package dev.veil.audit;

/**
 * What an audit record is about. Names are stable: they are stored in the log, used as retention
 * keys and accepted by {@code veil audit search --decision/--kind}.
 */
public enum AuditKind {
    /** One gateway request (one model call), whatever its outcome. */
    REQUEST,
    /** A re-identification: tokens restored to original values for an allowed caller. */
    RESTORE,
    /** A GDPR Art. 17 erasure; carries only a keyed hash of the subject, never the subject. */
    ERASE,
    /** An administrative action: key or policy change, legal hold, key export. */
    ADMIN,
    /** An alert raised by input screening or output monitoring. */
    ALERT,
    /** Written by the retention job: which sealed segments were deleted, signed. */
    PURGE,
    /** Written at start-up after an unclean shutdown: what the tail repair dropped. */
    RECOVERY
}
