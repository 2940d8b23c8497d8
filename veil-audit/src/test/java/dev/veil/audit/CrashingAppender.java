package dev.veil.audit;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process for {@link CrashRecoveryTest}: appends from several virtual threads as fast as it
 * can and prints {@code ACK <seq>} after each append returns, until it is killed (or gives up
 * after a bounded time, so that a broken test can never leave it running).
 * Arguments: audit directory, fsync policy, number of threads.
 */
public final class CrashingAppender {
    private CrashingAppender() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        FsyncPolicy policy = FsyncPolicy.valueOf(args[1]);
        int threads = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "US-ASCII");
        FileAuditLog log = FileAuditLog.open(AuditLogConfig.builder(dir).fsyncPolicy(policy)
                .fsyncInterval(policy == FsyncPolicy.PERIODIC ? Duration.ofMillis(50) : Duration.ofMillis(2))
                .maxSegmentBytes(256 * 1024).headInterval(Duration.ofMillis(20)).build());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    long seq = log.append(Fixtures.request(Clock.systemUTC().instant(), thread * 1_000_000 + i));
                    synchronized (out) {
                        out.println("ACK " + seq);
                        out.flush();
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        log.close();
    }
}
