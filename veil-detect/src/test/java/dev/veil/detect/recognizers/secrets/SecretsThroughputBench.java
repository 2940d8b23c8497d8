package dev.veil.detect.recognizers.secrets;

import dev.veil.core.Preset;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.core.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A quick single-thread throughput check of the secrets recognizers on ~500-char English
 * documents (support chats, clinical notes, config snippets; 1 in 20 carries a credential).
 * Not a unit test and not JMH: run its main for an indicative MB/s per recognizer and for the
 * SECRETS analyzer as a whole. Fixed seed, so every run scores the same corpus.
 */
public final class SecretsThroughputBench {
    private static final String[] SENTENCES = {
        "Patient seen on 10/12 for follow-up, blood pressure 128/82, heart rate 74.",
        "Please reset my account, I cannot log in since the update on Tuesday.",
        "The quarterly report shows revenue of $1,204,331 and a margin of 12.5%.",
        "Call me back at (415) 555-0132 after 3pm, or email maria.garcia@example.org.",
        "Mr. Brown was discharged to home with his daughter; next visit in 2 weeks.",
        "Deploy finished: build 4821 passed all 312 tests in 7m 41s on runner-3.",
        "Our key findings were reviewed by the team and the token budget was fine.",
        "She passed the exam and the password policy was explained to the new hires.",
        "Server logs at https://grafana.example.com/d/abc?orgId=1 show no errors.",
        "Order #A-99812 shipped via UPS, tracking 1Z999AA10123456784, ETA Friday.",
    };
    private static final String[] SECRETS = {
        "export GITHUB_TOKEN=ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d",
        "db: postgres://admin:S3cr3tPass!@10.20.30.40:5432/prod",
        "my password is hunter2x!",
        "client_secret: 1UYzaLiA/zNyD7CHLn/xC+1hsYgBds1ghxY5Ookv",
    };

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private SecretsThroughputBench() {
    }

    static List<String> corpus(int docs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(docs);
        for (int d = 0; d < docs; d++) {
            StringBuilder sb = new StringBuilder(560);
            while (sb.length() < 500) {
                if (rnd.nextInt(20) == 0 && sb.length() < 400) {
                    sb.append(SECRETS[rnd.nextInt(SECRETS.length)]).append(' ');
                } else {
                    sb.append(SENTENCES[rnd.nextInt(SENTENCES.length)]).append(' ');
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    public static void main(String[] args) {
        List<String> docs = corpus(20_000, 42);
        long bytes = 0;
        for (String d : docs) {
            bytes += d.getBytes(StandardCharsets.UTF_8).length;
        }
        // The analyzer builds one Text per document and every recognizer shares its indexes, so a
        // recognizer's own cost is measured on Texts whose indexes are already built.
        List<Text> texts = new ArrayList<>(docs.size());
        for (String d : docs) {
            Text t = new Text(d);
            t.mayContain('a');
            t.tokenCount();
            t.lower();
            texts.add(t);
        }
        double shared = measure(docs, bytes, () -> {
            int n = 0;
            for (String d : docs) {
                Text t = new Text(d);
                n += t.mayContain('a') ? 1 : 0;
                n += t.tokenCount() + t.lower().length();
            }
            return n;
        });
        System.out.printf("%-28s %8.1f MB/s  (%.2f us/doc)%n", "shared Text indexes", shared,
                1e6 * bytes / 1e6 / shared / docs.size());
        for (Recognizer r : SecretRecognizers.all()) {
            double mbps = measure(docs, bytes, () -> {
                int n = 0;
                List<Finding> out = new ArrayList<>();
                for (Text t : texts) {
                    out.clear();
                    r.recognize(t, out);
                    n += out.size();
                }
                return n;
            });
            System.out.printf("%-28s %8.1f MB/s  (%.2f us/doc)%n", r.name(), mbps, 1e6 * bytes / 1e6 / mbps / docs.size());
        }
        Analyzer analyzer = Analyzer.builder().preset(Preset.SECRETS).build();
        double mbps = measure(docs, bytes, () -> {
            int n = 0;
            for (String d : docs) {
                n += analyzer.analyze(d).size();
            }
            return n;
        });
        System.out.printf("%-28s %8.1f MB/s  (%.2f us/doc)%n", "analyzer(preset=secrets)", mbps,
                1e6 * bytes / 1e6 / mbps / docs.size());
    }

    /**
     * Best of five timed passes after three warm-up passes; returns MB/s. Timed in thread CPU
     * time, not wall time: the build machine is shared, and waiting for a core is not our cost.
     */
    private static double measure(List<String> docs, long bytes, java.util.function.IntSupplier run) {
        int sink = 0;
        for (int i = 0; i < 3; i++) {
            sink += run.getAsInt();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            sink += run.getAsInt();
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return bytes / 1e6 / (best / 1e9);
    }
}
