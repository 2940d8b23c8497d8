package dev.veil.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Works out where a log resumes: after the last sealed (or purged) segment in a fresh segment, or,
 * after an unclean shutdown, in the segment that was left open, once its torn tail is cut off.
 */
final class LogOpening {

    /** The writer ready to go, and the RECOVERY record to append first (null after a clean shutdown). */
    record Opened(CheckpointStore checkpoints, SegmentWriter writer, AuditRecord recovery) {
    }

    private record End(long seq, byte[] hash) {
    }

    private LogOpening() {
    }

    static Opened open(AuditLogConfig config, AuditSigner signer, ChannelOpener opener) throws IOException {
        Path dir = config.directory();
        CheckpointStore store = CheckpointStore.open(dir);
        try {
            return resume(config, signer, opener, store);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Opened resume(AuditLogConfig config, AuditSigner signer, ChannelOpener opener,
                                 CheckpointStore store) throws IOException {
        Path dir = config.directory();
        Map<Long, End> ends = closedSegmentEnds(dir, signer.publicKey());
        TreeMap<Long, Path> segments = SegmentFiles.list(dir);
        long lastPresent = segments.isEmpty() ? 0 : segments.lastKey();
        long lastClosed = ends.isEmpty() ? 0 : ((TreeMap<Long, End>) ends).lastKey();

        if (lastPresent == 0 || lastClosed >= lastPresent) {
            long index = Math.max(lastPresent, lastClosed) + 1;
            End prev = index == 1 ? new End(0, ChainHash.GENESIS) : ends.get(index - 1);
            if (prev == null) {
                throw new AuditException("audit log: segment " + SegmentFiles.name(index - 1)
                        + " has no valid seal; run 'veil audit verify'");
            }
            Path file = SegmentFiles.segment(dir, index);
            FileChannel ch = opener.open(file, true);
            SecureFiles.forceDirectory(file.getParent());
            SegmentWriter w = new SegmentWriter(config, signer, store, opener,
                    new SegmentWriter.Position(index, prev.seq(), prev.hash()), ch, 0, null);
            return new Opened(store, w, null);
        }

        long index = lastPresent;
        End prev = index == 1 ? new End(0, ChainHash.GENESIS) : ends.get(index - 1);
        if (prev == null) {
            throw new AuditException("audit log: segment " + SegmentFiles.name(index - 1)
                    + " has no valid seal; run 'veil audit verify'");
        }
        Path file = segments.get(index);
        TailRecovery.Result scan = TailRecovery.scan(file, index, prev.seq(), prev.hash());
        FileChannel ch = opener.open(file, false);
        try {
            if (scan.tornBytes() > 0) {
                ch.truncate(scan.validBytes());
                ch.force(true);
            }
            ch.position(scan.validBytes());
            SegmentWriter w = new SegmentWriter(config, signer, store, opener,
                    new SegmentWriter.Position(index, scan.lastSeq(), scan.lastHash()), ch, scan.firstSeq(),
                    scan.firstTime());
            AuditRecord recovery = AuditRecord.builder(AuditKind.RECOVERY, config.clock().instant())
                    .principal("veil")
                    .attribute("segment", SegmentFiles.name(index))
                    .attribute("resumed_after_seq", Long.toString(scan.lastSeq()))
                    .attribute("dropped_bytes", Long.toString(scan.tornBytes()))
                    .build();
            return new Opened(store, w, recovery);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Where each sealed or purged segment ends, from the validly signed checkpoints. */
    private static Map<Long, End> closedSegmentEnds(Path dir, AuditPublicKey key) throws IOException {
        TreeMap<Long, End> ends = new TreeMap<>();
        for (Checkpoint c : CheckpointStore.load(dir).checkpoints()) {
            if (c.type() != Checkpoint.Type.HEAD && c.verify(key)) {
                ends.put(c.segment(), new End(c.last(), ChainHash.parseHex(c.head())));
            }
        }
        return ends;
    }
}
