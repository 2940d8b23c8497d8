package dev.veil.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Persists checkpoints: seal and purge checkpoints are appended to {@code checkpoints.jsonl} and
 * fsynced one by one (a handful per segment, so the file stays small and is never purged); the head
 * checkpoint is a single file replaced atomically. Thread-safe.
 */
final class CheckpointStore implements AutoCloseable {
    private final Path auditDir;
    private final FileChannel channel;

    private CheckpointStore(Path auditDir, FileChannel channel) {
        this.auditDir = auditDir;
        this.channel = channel;
    }

    /** Opens for appending; a partial last line (a crash while appending) is cut off first. */
    static CheckpointStore open(Path auditDir) throws IOException {
        Path file = auditDir.resolve(SegmentFiles.CHECKPOINTS);
        FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE), SecureFiles.fileAttributes(file));
        try (LineReader r = new LineReader(file)) {
            while (r.next()) {
                // only looking for the end of the last complete line
            }
            if (r.partialBytes() > 0) {
                ch.truncate(r.completeBytes());
                ch.force(true);
            }
            ch.position(r.completeBytes());
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        SecureFiles.forceDirectory(auditDir);
        return new CheckpointStore(auditDir, ch);
    }

    synchronized void append(Checkpoint c) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(c.encodeLine());
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
    }

    synchronized void writeHead(Checkpoint head) throws IOException {
        SecureFiles.replaceDurably(auditDir.resolve(SegmentFiles.HEAD), head.encodeLine());
    }

    /** The checkpoints as read from disk, with what could not be read. */
    record Loaded(List<Checkpoint> checkpoints, Optional<Checkpoint> head, List<String> problems,
                  boolean partialLastLine) {
    }

    /**
     * Reads every checkpoint without judging signatures. Unreadable lines are listed in
     * {@code problems} (by line number, never content).
     */
    static Loaded load(Path auditDir) throws IOException {
        List<String> headProblems = new ArrayList<>();
        // The head first: it is replaced after seals are appended, so reading it first never
        // yields a head newer than the seals and segments read next (verify while writing).
        Optional<Checkpoint> head = Optional.empty();
        Path headFile = auditDir.resolve(SegmentFiles.HEAD);
        if (Files.exists(headFile)) {
            byte[] b = Files.readAllBytes(headFile);
            try {
                if (b.length == 0 || b[b.length - 1] != '\n') {
                    throw new IllegalArgumentException("head checkpoint is incomplete");
                }
                head = Optional.of(Checkpoint.decode(b, 0, b.length - 1));
            } catch (IllegalArgumentException e) {
                headProblems.add(SegmentFiles.HEAD + ": " + e.getMessage());
            }
        }
        List<Checkpoint> list = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean partial = false;
        Path file = auditDir.resolve(SegmentFiles.CHECKPOINTS);
        if (Files.exists(file)) {
            try (LineReader r = new LineReader(file)) {
                int line = 0;
                while (r.next()) {
                    line++;
                    try {
                        list.add(Checkpoint.decode(r.buffer(), r.lineStart(), r.lineLength()));
                    } catch (IllegalArgumentException e) {
                        problems.add(SegmentFiles.CHECKPOINTS + " line " + line + ": " + e.getMessage());
                    }
                }
                partial = r.partialBytes() > 0;
            }
        }
        problems.addAll(0, headProblems);
        return new Loaded(List.copyOf(list), head, List.copyOf(problems), partial);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
