package dev.veil.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Deletes whole sealed segments whose records have all outlived their kind's retention period,
 * except segments under a legal hold. Each run that deletes anything first appends a signed PURGE
 * record (and fsyncs it), then writes a signed purge checkpoint per segment, and only then deletes
 * the files, so that at every instant the verifier can account for the gap, and a crash mid-way
 * leaves either the segments or their purge proof. "Now" comes from the log's injected clock.
 *
 * <p>Guarantee: the open segment is never purged, and neither is a segment whose content no
 * longer matches its seal (that is evidence of tampering, kept for the verifier).
 */
public final class RetentionJob {
    private final FileAuditLog log;
    private final RetentionPolicy policy;
    private final Supplier<LegalHolds> holds;

    public RetentionJob(FileAuditLog log, RetentionPolicy policy, Supplier<LegalHolds> holds) {
        this.log = Objects.requireNonNull(log, "log");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.holds = Objects.requireNonNull(holds, "holds");
    }

    /** One pass over the sealed segments. */
    public synchronized PurgeReport runOnce() {
        Path dir = log.directory();
        try {
            Instant now = log.clock().instant();
            LegalHolds currentHolds = holds.get();
            AuditSigner signer = log.signer();
            Map<Long, Checkpoint> seals = new TreeMap<>();
            for (Checkpoint c : CheckpointStore.load(dir).checkpoints()) {
                if (c.type() == Checkpoint.Type.SEAL && c.verify(signer.publicKey())) {
                    seals.put(c.segment(), c);
                }
            }
            List<String> held = new ArrayList<>();
            List<String> damaged = new ArrayList<>();
            List<PurgeStatement.Segment> expired = new ArrayList<>();
            for (Map.Entry<Long, Path> e : SegmentFiles.list(dir).entrySet()) {
                Checkpoint seal = seals.get(e.getKey());
                if (seal == null) {
                    continue;
                }
                switch (classify(e.getValue(), seal, now, currentHolds)) {
                    case KEEP -> { }
                    case HELD -> held.add(SegmentFiles.name(seal.segment()));
                    case DAMAGED -> damaged.add(SegmentFiles.name(seal.segment()));
                    case EXPIRED -> expired.add(new PurgeStatement.Segment(seal.segment(), seal.first(), seal.last(),
                            seal.head()));
                }
            }
            if (expired.isEmpty()) {
                return new PurgeReport(List.of(), held, damaged, OptionalLong.empty());
            }
            long seq = log.append(new PurgeStatement(expired).toRecord(now, signer));
            log.sync();
            List<String> purged = new ArrayList<>();
            for (PurgeStatement.Segment s : expired) {
                log.checkpoints().append(Checkpoint.signed(Checkpoint.Type.PURGE, s.index(), s.first(), s.last(),
                        ChainHash.parseHex(s.head()), now, signer));
            }
            for (PurgeStatement.Segment s : expired) {
                Files.deleteIfExists(SegmentFiles.segment(dir, s.index()));
                purged.add(SegmentFiles.name(s.index()));
            }
            SecureFiles.forceDirectory(SegmentFiles.segmentsDir(dir));
            return new PurgeReport(purged, held, damaged, OptionalLong.of(seq));
        } catch (IOException e) {
            throw new AuditException("audit retention: purge failed in " + dir + ": " + FileAuditLog.describe(e), e);
        }
    }

    private enum Verdict { KEEP, HELD, DAMAGED, EXPIRED }

    private Verdict classify(Path file, Checkpoint seal, Instant now, LegalHolds currentHolds) throws IOException {
        ChainHash chain = new ChainHash();
        boolean expired = true;
        boolean held = false;
        long expectedSeq = seal.first();
        byte[] hash = null;
        try (LineReader r = new LineReader(file)) {
            while (r.next()) {
                EntryCodec.Decoded d = EntryCodec.decodeLine(r.buffer(), r.lineStart(), r.lineLength());
                if (d.seq() != expectedSeq || (hash != null && !Arrays.equals(hash, d.prev()))
                        || !Arrays.equals(d.hash(), chain.next(d.prev(), d.seq(), d.recordBytes()))) {
                    return Verdict.DAMAGED;
                }
                AuditRecord rec = d.record();
                expired &= !now.isBefore(rec.time().plus(policy.periodFor(rec.kind())));
                held |= currentHolds.holds(rec);
                hash = d.hash();
                expectedSeq++;
            }
            if (r.partialBytes() > 0 || hash == null || expectedSeq - 1 != seal.last()
                    || !ChainHash.hex(hash).equals(seal.head())) {
                return Verdict.DAMAGED;
            }
        } catch (EntryCodec.MalformedEntryException e) {
            return Verdict.DAMAGED;
        }
        if (!expired) {
            return Verdict.KEEP;
        }
        return held ? Verdict.HELD : Verdict.EXPIRED;
    }
}
