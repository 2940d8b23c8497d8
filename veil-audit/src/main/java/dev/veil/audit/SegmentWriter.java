package dev.veil.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The writing end of the log: chains records, buffers their lines, writes, fsyncs, rotates and
 * seals segments, refreshes the head checkpoint. Confined to the log's single writer thread, so
 * it needs no locking; {@link FileAuditLog} decides when to write and when to force.
 */
final class SegmentWriter {
    /** Where the chain stands when the writer starts. */
    record Position(long segment, long lastSeq, byte[] lastHash) {
    }

    private final AuditLogConfig config;
    private final AuditSigner signer;
    private final CheckpointStore checkpoints;
    private final ChannelOpener opener;
    private final ChainHash chain = new ChainHash();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(64 * 1024);

    private long segment;
    private FileChannel channel;
    private long segmentBytes;
    private long segmentFirst;
    private Instant segmentFirstAt;

    private long lastSeq;
    private byte[] lastHash;
    private boolean dirty;
    private long syncedSeq;
    private byte[] syncedHash;
    private long syncedSegment;
    private long syncedSegmentFirst;
    private long headSeq;
    private long lastForceNanos = System.nanoTime() - Long.MAX_VALUE / 4;
    private long lastHeadNanos = System.nanoTime();

    /**
     * Takes over {@code channel}, positioned at the end of segment {@code start.segment()} which
     * already holds records {@code segmentFirst..start.lastSeq()} (none when segmentFirst is 0).
     */
    SegmentWriter(AuditLogConfig config, AuditSigner signer, CheckpointStore checkpoints, ChannelOpener opener,
                  Position start, FileChannel channel, long segmentFirst, Instant segmentFirstAt) throws IOException {
        this.config = config;
        this.signer = signer;
        this.checkpoints = checkpoints;
        this.opener = opener;
        this.segment = start.segment();
        this.channel = channel;
        this.segmentBytes = channel.position();
        this.segmentFirst = segmentFirst;
        this.segmentFirstAt = segmentFirstAt;
        this.lastSeq = start.lastSeq();
        this.lastHash = start.lastHash();
        this.syncedSeq = lastSeq;
        this.syncedHash = lastHash;
        this.syncedSegment = segment;
        this.syncedSegmentFirst = segmentFirst;
        this.headSeq = lastSeq;
    }

    /** Chains a record and buffers its line; returns its sequence number. Call {@link #flush()} to write. */
    long append(byte[] recordBytes) throws IOException {
        if (segmentFirst > 0 && (segmentBytes + recordBytes.length + 200 > config.maxSegmentBytes() || tooOld())) {
            rotate();
        }
        long seq = lastSeq + 1;
        byte[] hash = chain.next(lastHash, seq, recordBytes);
        byte[] line = EntryCodec.encodeLine(seq, lastHash, hash, recordBytes);
        pending.writeBytes(line);
        segmentBytes += line.length;
        if (segmentFirst == 0) {
            segmentFirst = seq;
            segmentFirstAt = config.clock().instant();
        }
        lastSeq = seq;
        lastHash = hash;
        dirty = true;
        return seq;
    }

    /** Hands buffered lines to the operating system (one write call per batch). */
    void flush() throws IOException {
        if (pending.size() == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(pending.toByteArray());
        pending.reset();
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    /** Writes and fsyncs everything appended so far. */
    void force() throws IOException {
        flush();
        if (!dirty) {
            return;
        }
        lastForceNanos = System.nanoTime();
        channel.force(false);
        dirty = false;
        syncedSeq = lastSeq;
        syncedHash = lastHash;
        syncedSegment = segment;
        syncedSegmentFirst = segmentFirst;
    }

    long lastForceNanos() {
        return lastForceNanos;
    }

    /** Periodic work: the PERIODIC policy's fsync, the head checkpoint, rotation by age. */
    void housekeeping() throws IOException {
        long now = System.nanoTime();
        if (config.fsyncPolicy() == FsyncPolicy.PERIODIC && dirty
                && now - lastForceNanos >= config.fsyncInterval().toNanos()) {
            force();
        }
        if (syncedSeq > headSeq && now - lastHeadNanos >= config.headInterval().toNanos()) {
            writeHead();
        }
        if (segmentFirst > 0 && tooOld()) {
            rotate();
        }
    }

    /** How long the writer may sleep before {@link #housekeeping()} has something to do. */
    long nanosUntilHousekeeping() {
        long now = System.nanoTime();
        long wait = Math.min(1_000_000_000L, config.maxSegmentAge().toNanos());
        if (config.fsyncPolicy() == FsyncPolicy.PERIODIC && dirty) {
            wait = Math.min(wait, lastForceNanos + config.fsyncInterval().toNanos() - now);
        }
        if (syncedSeq > headSeq) {
            wait = Math.min(wait, lastHeadNanos + config.headInterval().toNanos() - now);
        }
        return Math.max(wait, 0);
    }

    private boolean tooOld() {
        return segmentFirstAt != null
                && !config.clock().instant().isBefore(segmentFirstAt.plus(config.maxSegmentAge()));
    }

    private void writeHead() throws IOException {
        checkpoints.writeHead(Checkpoint.signed(Checkpoint.Type.HEAD, syncedSegment, syncedSegmentFirst, syncedSeq,
                syncedHash, config.clock().instant(), signer));
        headSeq = syncedSeq;
        lastHeadNanos = System.nanoTime();
    }

    /** Seals the current segment and starts the next one. */
    private void rotate() throws IOException {
        seal();
        segment++;
        Path next = SegmentFiles.segment(config.directory(), segment);
        channel = opener.open(next, true);
        SecureFiles.forceDirectory(next.getParent());
        segmentBytes = 0;
        segmentFirst = 0;
        segmentFirstAt = null;
    }

    private void seal() throws IOException {
        force();
        checkpoints.append(Checkpoint.signed(Checkpoint.Type.SEAL, segment, segmentFirst, lastSeq, lastHash,
                config.clock().instant(), signer));
        writeHead();
        channel.close();
    }

    /** Clean shutdown: seal a segment that holds records, delete one that holds none. */
    void closeCleanly() throws IOException {
        if (segmentFirst > 0) {
            seal();
        } else {
            channel.close();
            Path file = SegmentFiles.segment(config.directory(), segment);
            Files.deleteIfExists(file);
            SecureFiles.forceDirectory(file.getParent());
        }
        checkpoints.close();
    }

    /** After a failure: release the files without writing anything more. */
    void abandon() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing; the original error is what the caller sees
        }
        try {
            checkpoints.close();
        } catch (IOException ignored) {
            // same
        }
    }
}
