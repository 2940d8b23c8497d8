package dev.veil.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Browses a log directory in sequence order: filter with an {@link AuditQuery}, collect or export
 * as JSON lines. Reading does not verify signatures (use {@link AuditVerifier}); it does reject a
 * line that is not a canonical record, naming the segment and byte offset. The torn tail of a
 * crashed writer is skipped. Safe to use while the log is being written.
 */
public final class AuditReader {
    private final Path auditDir;

    private AuditReader(Path auditDir) {
        this.auditDir = Objects.requireNonNull(auditDir, "auditDir");
    }

    public static AuditReader open(Path auditDir) {
        return new AuditReader(auditDir);
    }

    /** Calls {@code action} for each matching entry, in order; returns how many matched. */
    public long forEach(AuditQuery query, Consumer<AuditEntry> action) {
        return scan(query, (line, entry) -> action.accept(entry));
    }

    /**
     * Writes each matching entry as its stored line (canonical JSON, one per line), so that an
     * export keeps every field and hash exactly as logged. Returns how many were written.
     */
    public long exportJsonl(AuditQuery query, OutputStream out) {
        long n = scan(query, (line, entry) -> {
            try {
                out.write(line.buffer(), line.lineStart(), line.lineLength());
                out.write('\n');
            } catch (IOException e) {
                throw new AuditException("audit export: cannot write output: " + FileAuditLog.describe(e), e);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new AuditException("audit export: cannot write output: " + FileAuditLog.describe(e), e);
        }
        return n;
    }

    private interface Sink {
        void accept(LineReader line, AuditEntry entry);
    }

    private long scan(AuditQuery query, Sink sink) {
        if (!java.nio.file.Files.isDirectory(auditDir)) {
            throw new AuditException("audit read: no audit log at " + auditDir);
        }
        long matched = 0;
        try {
            for (Map.Entry<Long, Path> seg : SegmentFiles.list(auditDir).entrySet()) {
                try (LineReader r = new LineReader(seg.getValue())) {
                    while (r.next()) {
                        EntryCodec.Decoded d;
                        try {
                            d = EntryCodec.decodeLine(r.buffer(), r.lineStart(), r.lineLength());
                        } catch (EntryCodec.MalformedEntryException e) {
                            throw new AuditException("audit read: " + SegmentFiles.name(seg.getKey()) + " byte offset "
                                    + r.lineOffset() + ": " + e.getMessage() + "; run 'veil audit verify'");
                        }
                        if (query.matches(d.record())) {
                            matched++;
                            sink.accept(r, new AuditEntry(d.seq(), seg.getKey(), ChainHash.hex(d.prev()),
                                    ChainHash.hex(d.hash()), d.record()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new AuditException("audit read: cannot read " + auditDir + ": " + FileAuditLog.describe(e), e);
        }
        return matched;
    }
}
