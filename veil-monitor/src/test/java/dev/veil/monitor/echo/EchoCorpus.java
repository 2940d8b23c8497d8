package dev.veil.monitor.echo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test data for echo detection: "=== id" blocks from resources, plus synthetic distractor pages. */
final class EchoCorpus {
    record Doc(String id, String text) {
        @Override
        public String toString() {
            return id;
        }
    }

    private EchoCorpus() {
    }

    static List<Doc> load(String resource) {
        List<Doc> out = new ArrayList<>();
        try (InputStream in = EchoCorpus.class.getResourceAsStream("/echo/" + resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String id = null;
            StringBuilder sb = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") && id == null) {
                    continue;
                }
                if (line.startsWith("=== ")) {
                    if (id != null) {
                        out.add(new Doc(id, sb.toString().strip()));
                    }
                    id = line.substring(4).trim();
                    sb.setLength(0);
                } else {
                    sb.append(line).append('\n');
                }
            }
            if (id != null) {
                out.add(new Doc(id, sb.toString().strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String[] words(String text) {
        return text.split("\\s+");
    }

    /**
     * Synthetic pages of about {@code words} words drawn from the vocabulary of the given texts with
     * a Zipf-like skew (frequent words very frequent), so they share common phrases with real
     * answers the way a large document collection does. Seeded: the same pages every run.
     */
    static List<String> distractorPages(int pages, int words, List<String> vocabularySources, long seed) {
        List<String> vocab = new ArrayList<>();
        for (String s : vocabularySources) {
            for (String w : words(s.toLowerCase(java.util.Locale.ROOT))) {
                String t = w.replaceAll("[^\\p{L}\\p{N}]", "");
                if (!t.isEmpty()) {
                    vocab.add(t);
                }
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(pages);
        int v = vocab.size();
        for (int p = 0; p < pages; p++) {
            StringBuilder sb = new StringBuilder(words * 7);
            for (int i = 0; i < words; i++) {
                // Squaring a uniform variate skews draws toward the front of the (unsorted) token list;
                // repeated words in the sources already make common words common.
                double u = rnd.nextDouble();
                sb.append(vocab.get((int) (u * u * v))).append(i % 15 == 14 ? ". " : " ");
            }
            out.add(sb.toString());
        }
        return out;
    }
}
