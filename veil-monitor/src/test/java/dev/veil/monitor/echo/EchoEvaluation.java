package dev.veil.monitor.echo;

import dev.veil.core.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Precision and recall of protected-document echo detection on Veil's own test set: verbatim
 * excerpts (15, 25, 40 words) embedded in unrelated text, lightly edited copies (a word changed
 * every 15 words), heavily edited copies (every 6 words), hand-written paraphrases, and unrelated
 * answers on the same topics. The index also holds {@code distractors} synthetic pages.
 */
final class EchoEvaluation {
    static final SecretBytes KEY = SecretBytes.copyOf("echo-eval-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    record Case(String kind, String expectedDoc, String answer) {
    }

    record Outcome(String kind, int cases, int flagged, int correct) {
        double recall() {
            return cases == 0 ? 0 : (double) correct / cases;
        }
    }

    static ProtectedDocumentIndex index(int distractors) {
        List<EchoCorpus.Doc> docs = EchoCorpus.load("protected.txt");
        ProtectedDocumentIndex.Builder b = ProtectedDocumentIndex.builder(KEY);
        for (EchoCorpus.Doc d : docs) {
            b.add(d.id(), d.text());
        }
        List<String> sources = new ArrayList<>();
        docs.forEach(d -> sources.add(d.text()));
        EchoCorpus.load("unrelated.txt").forEach(d -> sources.add(d.text()));
        int i = 0;
        for (String page : EchoCorpus.distractorPages(distractors, 500, sources, 42)) {
            b.add("page-" + i++, page);
        }
        return b.build();
    }

    static List<Case> cases() {
        List<EchoCorpus.Doc> docs = EchoCorpus.load("protected.txt");
        List<EchoCorpus.Doc> unrelated = EchoCorpus.load("unrelated.txt");
        SplittableRandom rnd = new SplittableRandom(7);
        List<Case> out = new ArrayList<>();
        for (EchoCorpus.Doc d : docs) {
            String[] w = EchoCorpus.words(d.text());
            for (int len : new int[] {15, 25, 40}) {
                for (int rep = 0; rep < 2; rep++) {
                    int from = rnd.nextInt(w.length - len);
                    String excerpt = String.join(" ", java.util.Arrays.copyOfRange(w, from, from + len));
                    String around = unrelated.get(rnd.nextInt(unrelated.size())).text();
                    out.add(new Case("verbatim-" + len, d.id(), "Sure. " + around + " As the document says: " + excerpt
                            + " Let me know if you need more."));
                }
            }
            for (int every : new int[] {15, 6}) {
                int len = 60;
                int from = rnd.nextInt(Math.max(1, w.length - len));
                StringBuilder sb = new StringBuilder();
                for (int i = from; i < Math.min(w.length, from + len); i++) {
                    sb.append((i - from) % every == every - 1 ? "basically" : w[i]).append(' ');
                }
                out.add(new Case(every == 15 ? "edited-light" : "edited-heavy", d.id(), sb.toString()));
            }
        }
        for (EchoCorpus.Doc p : EchoCorpus.load("paraphrases.txt")) {
            out.add(new Case("paraphrase", p.id(), p.text()));
        }
        for (EchoCorpus.Doc u : unrelated) {
            out.add(new Case("unrelated", null, u.text()));
        }
        return out;
    }

    static List<Outcome> run(ProtectedDocumentIndex index, EchoPolicy policy, int[] falsePositives) {
        java.util.Map<String, int[]> byKind = new java.util.LinkedHashMap<>();
        for (Case c : cases()) {
            List<EchoMatch> ms = index.check(c.answer(), policy);
            int[] k = byKind.computeIfAbsent(c.kind(), x -> new int[3]);
            k[0]++;
            if (!ms.isEmpty()) {
                k[1]++;
            }
            boolean right = c.expectedDoc() != null && ms.stream().anyMatch(m -> m.documentId().equals(c.expectedDoc()));
            if (right) {
                k[2]++;
            }
            falsePositives[0] += (int) ms.stream().filter(m -> !m.documentId().equals(c.expectedDoc())).count();
        }
        List<Outcome> out = new ArrayList<>();
        byKind.forEach((kind, k) -> out.add(new Outcome(kind, k[0], k[1], k[2])));
        return out;
    }

    public static void main(String[] args) {
        int distractors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ProtectedDocumentIndex index = index(distractors);
        System.out.printf(Locale.ROOT, "index: %d documents, %d fingerprints, %.1f MB%n", index.documents(),
                index.fingerprints(), index.memoryBytes() / 1e6);
        for (EchoPolicy p : new EchoPolicy[] {EchoPolicy.DEFAULT, EchoPolicy.DEFAULT.withMinRunWords(8),
                EchoPolicy.DEFAULT.withContainment(0.3)}) {
            int[] fp = {0};
            List<Outcome> os = run(index, p, fp);
            int tp = os.stream().mapToInt(Outcome::correct).sum();
            System.out.printf(Locale.ROOT, "policy run>=%d words, containment>=%.2f: precision %.3f (%d true, %d false matches)%n",
                    p.minRunWords(), p.containment(), tp + fp[0] == 0 ? 1.0 : (double) tp / (tp + fp[0]), tp, fp[0]);
            for (Outcome o : os) {
                System.out.printf(Locale.ROOT, "  %-14s %3d cases, recall %.3f%n", o.kind(), o.cases(),
                        o.kind().equals("unrelated") ? Double.NaN : o.recall());
            }
        }
    }
}
