package dev.veil.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The audit log on local disk: hash-chained JSON-lines segments with signed checkpoints (format in
 * the module README). One process writes a log directory at a time (an OS file lock enforces it).
 *
 * <p>Appenders hand canonical record bytes to a single writer thread, which chains, writes and
 * fsyncs them according to the {@link FsyncPolicy} and then releases the appenders. One writer
 * makes the order of the chain the order of the file and gives group commit for free.
 */
public final class FileAuditLog implements AuditLog {
    private static final int MAX_BATCH = 4096;

    private enum Op { RECORD, SYNC, WAKE }

    /** One appender's request; {@code seq} is set by the writer thread once chained. */
    private static final class Request {
        final Op op;
        final byte[] record;
        final CompletableFuture<Long> done = new CompletableFuture<>();
        /** Completed once the record is handed to the OS (write()), before any fsync. */
        final CompletableFuture<Long> written = new CompletableFuture<>();
        long seq;

        Request(Op op, byte[] record) {
            this.op = op;
            this.record = record;
        }
    }

    private final AuditLogConfig config;
    private final AuditSigner signer;
    private final CheckpointStore checkpoints;
    private final SegmentWriter writer;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final List<Request> inFlight = new ArrayList<>();
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final Thread thread;
    private volatile boolean closeRequested;
    private volatile AuditException failure;

    private FileAuditLog(AuditLogConfig config, AuditSigner signer, CheckpointStore checkpoints,
                         SegmentWriter writer, FileChannel lockChannel, FileLock lock) {
        this.config = config;
        this.signer = signer;
        this.checkpoints = checkpoints;
        this.writer = writer;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.thread = Thread.ofPlatform().name("veil-audit-writer").daemon(true).unstarted(this::run);
    }

    /**
     * Opens (or creates) the log in {@code config.directory()}. After an unclean shutdown the torn
     * tail is cut off and a RECOVERY record is appended before this returns.
     *
     * @throws AuditException if the directory cannot be used, another process holds the log, or
     *                        the stored log is damaged in a way that recovery must not paper over
     */
    public static FileAuditLog open(AuditLogConfig config) {
        return open(config, ChannelOpener.DEFAULT);
    }

    static FileAuditLog open(AuditLogConfig config, ChannelOpener opener) {
        Path dir = config.directory();
        FileChannel lockChannel = null;
        try {
            SecureFiles.createDirectories(dir);
            SecureFiles.createDirectories(SegmentFiles.segmentsDir(dir));
            Path lockFile = dir.resolve(SegmentFiles.LOCK);
            lockChannel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    SecureFiles.fileAttributes(lockFile));
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new AuditException("audit log: " + dir + " is in use by another writer");
            }
            AuditSigner signer = AuditSigner.loadOrCreate(dir, config.random().get());
            LogOpening.Opened opened = LogOpening.open(config, signer, opener);
            FileAuditLog log = new FileAuditLog(config, signer, opened.checkpoints(), opened.writer(), lockChannel,
                    lock);
            log.thread.start();
            if (opened.recovery() != null) {
                try {
                    log.append(opened.recovery());
                    log.sync();
                } catch (AuditException e) {
                    log.close();
                    throw e;
                }
            }
            return log;
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new AuditException("audit log: cannot open " + dir + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    @Override
    public long append(AuditRecord record) {
        return await(enqueue(new Request(Op.RECORD, RecordCodec.encode(record))));
    }

    @Override
    public Pending appendWritten(AuditRecord record) {
        Request r = enqueue(new Request(Op.RECORD, RecordCodec.encode(record)));
        await(r.written);
        return () -> await(r);
    }

    @Override
    public void sync() {
        await(enqueue(new Request(Op.SYNC, null)));
    }

    @Override
    public void close() {
        gate.writeLock().lock();
        try {
            if (closeRequested) {
                return;
            }
            closeRequested = true;
        } finally {
            gate.writeLock().unlock();
        }
        queue.add(new Request(Op.WAKE, null));
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(lockChannel);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    Path directory() {
        return config.directory();
    }

    AuditSigner signer() {
        return signer;
    }

    CheckpointStore checkpoints() {
        return checkpoints;
    }

    java.time.Clock clock() {
        return config.clock();
    }

    private Request enqueue(Request r) {
        gate.readLock().lock();
        try {
            if (closeRequested) {
                throw new AuditException("audit log: closed");
            }
            AuditException f = failure;
            if (f != null) {
                throw new AuditException("audit log: unavailable after an earlier write failure (" + f.getMessage()
                        + ")", f);
            }
            queue.add(r);
        } finally {
            gate.readLock().unlock();
        }
        return r;
    }

    private static long await(Request r) {
        return await(r.done);
    }

    private static long await(CompletableFuture<Long> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw new AuditException(cause.getMessage(), cause);
        }
    }

    private void run() {
        try {
            while (true) {
                Request first = queue.poll(writer.nanosUntilHousekeeping(), TimeUnit.NANOSECONDS);
                if (first != null) {
                    inFlight.add(first);
                    queue.drainTo(inFlight, MAX_BATCH);
                    process();
                    inFlight.clear();
                }
                writer.housekeeping();
                if (closeRequested && queue.isEmpty()) {
                    break;
                }
            }
            writer.closeCleanly();
        } catch (IOException | RuntimeException | InterruptedException | Error e) {
            AuditException f = new AuditException("audit log: write failed in " + config.directory() + ": "
                    + describe(e), e);
            gate.writeLock().lock();
            try {
                failure = f;
            } finally {
                gate.writeLock().unlock();
            }
            queue.drainTo(inFlight);
            inFlight.forEach(r -> {
                r.written.completeExceptionally(f);
                r.done.completeExceptionally(f);
            });
            inFlight.clear();
            writer.abandon();
        }
    }

    private void process() throws IOException, InterruptedException {
        switch (config.fsyncPolicy()) {
            case ALWAYS -> {
                for (Request r : inFlight) {
                    long seq = r.op == Op.RECORD ? writer.append(r.record) : 0;
                    writer.force();
                    r.written.complete(seq);
                    r.done.complete(seq);
                }
            }
            case GROUP -> {
                appendFrom(0);
                long interval = config.fsyncInterval().toNanos();
                long remaining;
                // Wait for the fsync slot; records arriving meanwhile join this fsync.
                while ((remaining = writer.lastForceNanos() + interval - System.nanoTime()) > 0) {
                    Request more = queue.poll(remaining, TimeUnit.NANOSECONDS);
                    if (more == null) {
                        break;
                    }
                    int from = inFlight.size();
                    inFlight.add(more);
                    queue.drainTo(inFlight, MAX_BATCH);
                    appendFrom(from);
                }
                writer.force();
                completeAll();
            }
            case PERIODIC -> {
                appendFrom(0);
                if (inFlight.stream().anyMatch(r -> r.op == Op.SYNC)) {
                    writer.force();
                }
                completeAll();
            }
        }
    }

    /** Chains and buffers the records of {@code inFlight[from..]}, then writes them. */
    private void appendFrom(int from) throws IOException {
        for (int i = from; i < inFlight.size(); i++) {
            Request r = inFlight.get(i);
            if (r.op == Op.RECORD) {
                r.seq = writer.append(r.record);
            }
        }
        writer.flush();
        for (int i = from; i < inFlight.size(); i++) {
            Request r = inFlight.get(i);
            r.written.complete(r.seq);
        }
    }

    private void completeAll() {
        for (Request r : inFlight) {
            r.written.complete(r.seq);
            r.done.complete(r.seq);
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing useful to add to the error being reported
            }
        }
    }
}
