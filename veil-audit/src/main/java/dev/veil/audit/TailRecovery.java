package dev.veil.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * Start-up check of the segment a crashed writer left open. Every complete line must be a valid,
 * correctly chained record; bytes after the last newline are a write torn by the crash (never an
 * acknowledged record) and are cut off. A bad complete line is not a torn write but damage or
 * tampering: recovery refuses, and the log stays closed until an operator runs verify.
 */
final class TailRecovery {

    /** What the scan found. */
    record Result(long firstSeq, Instant firstTime, long lastSeq, byte[] lastHash, long validBytes,
                  long tornBytes) {
    }

    private TailRecovery() {
    }

    static Result scan(Path file, long segment, long prevSeq, byte[] prevHash) throws IOException {
        ChainHash chain = new ChainHash();
        long first = 0;
        Instant firstTime = null;
        long seq = prevSeq;
        byte[] hash = prevHash;
        try (LineReader r = new LineReader(file)) {
            while (r.next()) {
                EntryCodec.Decoded d;
                try {
                    d = EntryCodec.decodeLine(r.buffer(), r.lineStart(), r.lineLength());
                } catch (EntryCodec.MalformedEntryException e) {
                    throw damaged(segment, seq, e.getMessage());
                }
                if (d.seq() != seq + 1) {
                    throw damaged(segment, seq, "sequence jumps to " + d.seq());
                }
                if (!Arrays.equals(d.prev(), hash) || !Arrays.equals(d.hash(), chain.next(hash, d.seq(),
                        d.recordBytes()))) {
                    throw damaged(segment, seq, "hash chain broken");
                }
                if (first == 0) {
                    first = d.seq();
                    firstTime = d.record().time();
                }
                seq = d.seq();
                hash = d.hash();
            }
            return new Result(first, firstTime, seq, hash, r.completeBytes(), r.partialBytes());
        }
    }

    private static AuditException damaged(long segment, long afterSeq, String reason) {
        return new AuditException("audit log: open segment " + SegmentFiles.name(segment) + " is damaged after seq "
                + afterSeq + " (" + reason + "); refusing to append, run 'veil audit verify'");
    }
}
