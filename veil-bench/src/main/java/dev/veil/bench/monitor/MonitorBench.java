package dev.veil.bench.monitor;

import dev.veil.core.SecretBytes;
import dev.veil.monitor.RequestInfo;
import dev.veil.monitor.baseline.BaselineTracker;
import dev.veil.monitor.canary.CanaryRegistry;
import dev.veil.monitor.echo.EchoPolicy;
import dev.veil.monitor.echo.ProtectedDocumentIndex;
import dev.veil.monitor.output.AnswerContext;
import dev.veil.monitor.output.AnswerStream;
import dev.veil.monitor.output.ConversationLedger;
import dev.veil.monitor.output.OutputMonitor;
import dev.veil.monitor.screen.InputScreener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Latency of the monitor's checks, as a plain main (no JMH dependency): warm-up, then timed
 * iterations, reporting mean, p50 and p99 per call.
 *
 * <ul>
 *   <li>output monitor, whole answer, 1 KB and 10 KB: analyzer + ledger + 100 canaries + echo
 *       check against 10,000 protected pages of ~500 words + baselines;
 *   <li>the same answers streamed in 20-char deltas;
 *   <li>echo check alone against the 10,000 pages;
 *   <li>input screening of 1 KB and 10 KB prompts.
 * </ul>
 * Text is synthetic prose with Zipf-distributed words (250 English words, 5,000 made-up ones) from
 * a seeded generator, so runs are comparable. Run: see veil-monitor/README.md.
 */
public final class MonitorBench {
    private static final String[] VOCAB = ("the of and to a in that is for it as was with be by on not he this are or his "
            + "from at which but have an they you were her she there one all we their been has when who will more no if "
            + "out so said what up its about than into them can only other new some could time these two may then do "
            + "first any my now such like our over man me even most made after also did many before must through back "
            + "years where much your way well down should because each just those people how too little state good very "
            + "make world still own see men work long get here between both life being under never day same another know "
            + "while last might us great old year off come since against go came right used take three shipment container "
            + "port terminal invoice contract liability customer supplier access policy employee travel booking approval "
            + "incident engineer database replica cluster surcharge tariff quote discount pension leave salary strategy "
            + "crane vessel berth alliance volume report review quarter budget forecast revenue margin risk audit").split(" ");

    private MonitorBench() {
    }

    /** The vocabulary: the real words above, then 5,000 pronounceable made-up words, in rank order. */
    private static final String[] WORDS = vocabulary();
    /** Cumulative Zipf (1/rank) weights over {@link #WORDS}, as in natural text. */
    private static final double[] CDF = zipf(WORDS.length);

    private static String[] vocabulary() {
        String[] syl = "ka lo mi ne ru sa te vo zi pa do fe gu hi ja".split(" ");
        SplittableRandom r = new SplittableRandom(99);
        String[] out = Arrays.copyOf(VOCAB, VOCAB.length + 5_000);
        for (int i = VOCAB.length; i < out.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, n = 2 + r.nextInt(3); k < n; k++) {
                w.append(syl[r.nextInt(syl.length)]);
            }
            out[i] = w.toString();
        }
        return out;
    }

    private static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    static String prose(SplittableRandom rnd, int chars) {
        StringBuilder sb = new StringBuilder(chars + 32);
        int words = 0;
        while (sb.length() < chars) {
            int idx = Arrays.binarySearch(CDF, rnd.nextDouble());
            String w = WORDS[Math.min(WORDS.length - 1, idx < 0 ? -idx - 1 : idx)];
            sb.append(words % 14 == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            words++;
            sb.append(words % 14 == 13 ? ". " : " ");
            if (words % 60 == 30) {
                sb.append("Contact ops").append(words).append("@northwind.example or card 4539 1488 0343 6467. ");
            }
        }
        return sb.substring(0, chars);
    }

    /** Wall-clock and CPU nanoseconds of each timed call. */
    private record Timings(double[] wall, double[] cpu) {
    }

    private static Timings time(int warmup, int iterations, Supplier<Object> call) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Object sink = null;
        for (int i = 0; i < warmup; i++) {
            sink = call.get();
        }
        double[] wall = new double[iterations];
        double[] cpu = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            sink = call.get();
            wall[i] = System.nanoTime() - t;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        if (sink == null) {
            throw new IllegalStateException("bench: no result");
        }
        return new Timings(wall, cpu);
    }

    /**
     * Prints CPU time (what the call costs, stable on a shared machine) and wall time (what a caller
     * waited, including time the thread was not scheduled).
     */
    private static void report(String name, Timings t) {
        double[] w = t.wall().clone();
        double[] c = t.cpu().clone();
        Arrays.sort(w);
        Arrays.sort(c);
        System.out.printf(Locale.ROOT, "%-48s cpu mean %7.3f ms  p50 %7.3f ms | wall p50 %7.3f ms  p99 %7.3f ms (n=%d)%n",
                name, Arrays.stream(c).average().orElse(0) / 1e6, c[c.length / 2] / 1e6, w[w.length / 2] / 1e6,
                w[(int) (w.length * 0.99)] / 1e6, w.length);
    }

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        SecretBytes key = SecretBytes.copyOf("bench-key-0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII));
        SplittableRandom rnd = new SplittableRandom(2026);

        long t0 = System.nanoTime();
        ProtectedDocumentIndex.Builder ib = ProtectedDocumentIndex.builder(key);
        for (int i = 0; i < pages; i++) {
            ib.add("page-" + i, prose(rnd, 3_300)); // ~500 words
        }
        ProtectedDocumentIndex index = ib.build();
        System.out.printf(Locale.ROOT, "index: %d pages, %d fingerprints, %.1f MB, built in %.1f s%n", index.documents(),
                index.fingerprints(), index.memoryBytes() / 1e6, (System.nanoTime() - t0) / 1e9);

        CanaryRegistry.Builder cb = CanaryRegistry.builder();
        for (int i = 0; i < 100; i++) {
            cb.add("c" + i, "VEIL-CANARY-" + Long.toHexString(rnd.nextLong()));
        }
        BaselineTracker baseline = BaselineTracker.builder().build();
        OutputMonitor monitor = OutputMonitor.builder(key).canaries(cb.build())
                .protectedDocuments(index, EchoPolicy.DEFAULT).baseline(baseline)
                .piiLeakAction(dev.veil.monitor.output.OutputAction.REDACT).build();
        InputScreener screener = InputScreener.builder().build();
        RequestInfo info = RequestInfo.of("bench-key", "req", "bench-model");

        for (int size : new int[] {1_024, 10_240}) {
            String[] answers = new String[16];
            for (int i = 0; i < answers.length; i++) {
                answers[i] = prose(rnd, size);
            }
            int[] next = {0};
            report("output monitor, whole answer, " + size / 1024 + " KB", time(iterations / 3, iterations, () -> {
                ConversationLedger ledger = monitor.newLedger();
                return monitor.scan(answers[next[0]++ % answers.length], new AnswerContext(info, ledger));
            }));
            report("output monitor, streamed (20-char deltas), " + size / 1024 + " KB",
                    time(iterations / 3, iterations, () -> {
                        String a = answers[next[0]++ % answers.length];
                        AnswerStream s = monitor.open(new AnswerContext(info, monitor.newLedger()));
                        StringBuilder out = new StringBuilder();
                        for (int i = 0; i < a.length(); i += 20) {
                            out.append(s.push(a.substring(i, Math.min(a.length(), i + 20))).released());
                        }
                        return out.append(s.finish().released());
                    }));
            report("echo check only (" + pages + " pages), " + size / 1024 + " KB",
                    time(iterations / 3, iterations, () -> index.check(answers[next[0]++ % answers.length],
                            EchoPolicy.DEFAULT)));
            report("input screening, " + size / 1024 + " KB prompt",
                    time(iterations / 3, iterations, () -> screener.screen(answers[next[0]++ % answers.length], info)));
        }
    }
}
