package dev.veil.monitor.echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.SecretBytes;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProtectedDocumentIndexTest {
    static final List<EchoCorpus.Doc> DOCS = EchoCorpus.load("protected.txt");
    static final ProtectedDocumentIndex INDEX = EchoEvaluation.index(0);

    private static String doc(String id) {
        return DOCS.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().text();
    }

    @Test
    void verbatimRunIsFoundWithItsDocumentAndUnrelatedTextIsNot() {
        String[] w = EchoCorpus.words(doc("contract-msa"));
        String excerpt = String.join(" ", Arrays.copyOfRange(w, 40, 70));
        List<EchoMatch> ms = INDEX.check("In short: " + excerpt.toUpperCase() + " -- hope that helps!", EchoPolicy.DEFAULT);
        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.documentId()).isEqualTo("contract-msa");
            assertThat(m.byRun()).isTrue();
            // Runs count fingerprint words: "forty-five" is two of them, so 30 excerpt words give a few more.
            assertThat(m.runWords()).isBetween(24, 34);
        });
        for (EchoCorpus.Doc u : EchoCorpus.load("unrelated.txt")) {
            assertThat(INDEX.check(u.text(), EchoPolicy.DEFAULT)).as(u.id()).isEmpty();
        }
    }

    @Test
    void containmentCatchesAnAnswerThatIsMostlyOneDocument() {
        String[] w = EchoCorpus.words(doc("hr-benefits"));
        // Fifteen-word pieces in order, separated by a changed word: no run of 40, but most fingerprints shared.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append(i % 16 == 15 ? "indeed" : w[i]).append(' ');
        }
        EchoPolicy runsOnly = EchoPolicy.DEFAULT.withMinRunWords(40);
        assertThat(INDEX.check(sb.toString(), runsOnly)).singleElement().satisfies(m -> {
            assertThat(m.byRun()).isFalse();
            assertThat(m.containment()).isGreaterThanOrEqualTo(0.5);
        });
    }

    @Property(tries = 60, seed = "20261129")
    void anyCopiedRunLongEnoughIsDetectedAtAnySplit(@ForAll @IntRange(min = 0, max = 7) int docIndex,
                                                    @ForAll @IntRange(min = 0, max = 80) int offset,
                                                    @ForAll @IntRange(min = 1, max = 200) int split) {
        EchoCorpus.Doc d = DOCS.get(docIndex);
        String[] w = EchoCorpus.words(d.text());
        int len = EchoPolicy.DEFAULT.minRunWords() + 2 * (INDEX.window() - 1);
        int from = Math.min(offset, w.length - len);
        String answer = "Here you go: " + String.join(" ", Arrays.copyOfRange(w, from, from + len)) + ". Bye.";
        // Winnowing guarantee plus the chain rule: a run of N + 2(w-1) words is always found, and a
        // scanner fed in two arbitrary pieces finds exactly what a whole-answer check finds.
        EchoScanner s = INDEX.scanner(EchoPolicy.DEFAULT);
        int cut = Math.min(split, answer.length());
        List<EchoMatch> found = new ArrayList<>(s.feed(answer.substring(0, cut)));
        found.addAll(s.feed(answer.substring(cut)));
        found.addAll(s.finish());
        assertThat(found).extracting(EchoMatch::documentId).contains(d.id());
        assertThat(s.matches()).isEqualTo(INDEX.check(answer, EchoPolicy.DEFAULT));
    }

    @Test
    void indexKeepsNoTextAndDependsOnTheKey() throws Exception {
        for (Field f : ProtectedDocumentIndex.class.getDeclaredFields()) {
            f.setAccessible(true);
            Object v = f.get(INDEX);
            if (v instanceof String[] ids) {
                assertThat(ids).allSatisfy(id -> assertThat(id).matches("[a-z0-9-]+"));
            } else {
                assertThat(v).isNotInstanceOf(String.class).isNotInstanceOf(CharSequence.class);
            }
        }
        String text = doc("strategy-memo");
        ProtectedDocumentIndex a = ProtectedDocumentIndex.builder(EchoEvaluation.KEY).add("x", text).build();
        ProtectedDocumentIndex b = ProtectedDocumentIndex.builder(SecretBytes.copyOf(
                "another-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII))).add("x", text).build();
        Field hashes = ProtectedDocumentIndex.class.getDeclaredField("hashes");
        hashes.setAccessible(true);
        long[] ha = ((long[]) hashes.get(a)).clone();
        long[] hb = ((long[]) hashes.get(b)).clone();
        Arrays.sort(ha);
        Arrays.sort(hb);
        // Same text, different key: unrelated fingerprints, so guessing text without the key is useless.
        assertThat(Arrays.stream(ha).filter(h -> Arrays.binarySearch(hb, h) >= 0).count()).isZero();
        assertThat(a.check(text, EchoPolicy.DEFAULT)).isNotEmpty();
        assertThat(b.check(text, EchoPolicy.DEFAULT)).isNotEmpty();
    }

    @Test
    void toBuilderKeepsDocumentsWithoutText() {
        ProtectedDocumentIndex small = ProtectedDocumentIndex.builder(EchoEvaluation.KEY)
                .add("a", doc("policy-travel")).build();
        ProtectedDocumentIndex bigger = small.toBuilder().add("b", doc("policy-access")).build();
        assertThat(bigger.documents()).isEqualTo(2);
        assertThat(bigger.check(doc("policy-travel"), EchoPolicy.DEFAULT)).extracting(EchoMatch::documentId)
                .containsExactly("a");
        assertThat(bigger.check(doc("policy-access"), EchoPolicy.DEFAULT)).extracting(EchoMatch::documentId)
                .containsExactly("b");
        assertThatThrownBy(() -> small.toBuilder().add("a", "dup")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProtectedDocumentIndex.builder(SecretBytes.copyOf(new byte[4])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void echoQualityFloorsOnOwnTestSet() {
        int[] fp = {0};
        List<EchoEvaluation.Outcome> os = EchoEvaluation.run(EchoEvaluation.index(500), EchoPolicy.DEFAULT, fp);
        os.forEach(o -> System.out.printf("echo %-14s %d cases, %d correct%n", o.kind(), o.cases(), o.correct()));
        assertThat(fp[0]).isZero();
        for (EchoEvaluation.Outcome o : os) {
            switch (o.kind()) {
                case "verbatim-25", "verbatim-40", "edited-light" -> assertThat(o.recall()).as(o.kind()).isEqualTo(1.0);
                case "verbatim-15" -> assertThat(o.recall()).as(o.kind()).isGreaterThanOrEqualTo(0.5);
                case "unrelated" -> assertThat(o.flagged()).isZero();
                default -> {
                    // paraphrases and heavy edits: reported, not floored (shingles cannot see them)
                }
            }
        }
    }
}
