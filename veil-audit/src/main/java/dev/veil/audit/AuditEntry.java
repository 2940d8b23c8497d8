package dev.veil.audit;

import java.util.Objects;

/**
 * A record as stored in the log: its sequence number, the segment that holds it and its place in
 * the hash chain.
 *
 * @param seq     global sequence number, 1-based, contiguous across segments
 * @param segment index of the segment file that holds the record
 * @param prev    hex SHA-256 chain hash of the previous record
 * @param hash    hex SHA-256 chain hash of this record
 * @param record  the record
 */
public record AuditEntry(long seq, long segment, String prev, String hash, AuditRecord record) {
    public AuditEntry {
        Objects.requireNonNull(prev, "prev");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(record, "record");
    }
}
