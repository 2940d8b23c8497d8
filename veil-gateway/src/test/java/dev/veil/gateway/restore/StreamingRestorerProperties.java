package dev.veil.gateway.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Streaming restore under random chunking: output identical to the one-shot restore, no partial
 * token ever emitted, no value the plan does not reveal ever emitted.
 */
class StreamingRestorerProperties {

    record Case(String text, List<String> tokens, List<String> originals, int hiddenFrom) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> nTokens = Arbitraries.integers().between(1, 6);
        return nTokens.flatMap(n -> {
            Arbitrary<List<String>> words = Arbitraries.strings().withChars("abc [_]PERSON0123xyz.\n\"")
                    .ofMinLength(0).ofMaxLength(12).list().ofSize(n + 1);
            Arbitrary<List<Integer>> order = Arbitraries.integers().between(0, n - 1).list().ofMinSize(0).ofMaxSize(8);
            Arbitrary<Integer> hidden = Arbitraries.integers().between(0, n);
            return Combinators.combine(words, order, hidden).as((ws, ord, hid) -> {
                List<String> toks = new ArrayList<>();
                List<String> origs = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    toks.add("[PERSON_" + (i + 1) + "]");
                    origs.add("Secret Person " + (char) ('A' + i) + " \"q\"");
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < ord.size(); i++) {
                    sb.append(ws.get(i % ws.size())).append(toks.get(ord.get(i)));
                }
                sb.append(ws.get(ws.size() - 1));
                // invented and garbled tokens the model might produce
                sb.append("[PERSON_99] [PERSON_").append("[PERS");
                return new Case(sb.toString(), toks, origs, hid);
            });
        });
    }

    private static RestorePlan plan(Case c) {
        RestorePlan.Builder b = RestorePlan.builder();
        for (int i = 0; i < c.tokens().size(); i++) {
            if (i < c.hiddenFrom()) {
                b.reveal(c.tokens().get(i), c.originals().get(i));
            }
        }
        return b.build();
    }

    @Property(tries = 400, seed = "20261129")
    void randomChunkingEqualsOneShot(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        String expected = plan(c).restoreAll(c.text());
        RestorePlan p = plan(c);
        StreamingRestorer r = p.streaming();
        Random rnd = new Random(seed);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < c.text().length()) {
            int len = 1 + rnd.nextInt(Math.min(12, c.text().length() - i));
            String emitted = r.feed(c.text().substring(i, i + len));
            // never a partial original: every original occurrence in the emitted piece is whole
            out.append(emitted);
            i += len;
        }
        out.append(r.finish());
        assertThat(out.toString()).isEqualTo(expected);
    }

    @Property(tries = 300, seed = "20261129")
    void nothingUnrevealedAndNoPartialTokens(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        RestorePlan p = plan(c);
        StreamingRestorer r = p.streaming();
        Random rnd = new Random(seed);
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < c.text().length()) {
            int len = 1 + rnd.nextInt(Math.min(7, c.text().length() - i));
            pieces.add(r.feed(c.text().substring(i, i + len)));
            i += len;
        }
        pieces.add(r.finish());
        String all = String.join("", pieces);
        for (int t = c.hiddenFrom(); t < c.originals().size(); t++) {
            assertThat(all).doesNotContain(c.originals().get(t));
        }
        // each emitted piece contains revealed originals only whole: a piece never ends inside one
        for (String piece : pieces) {
            for (int t = 0; t < c.hiddenFrom(); t++) {
                String o = c.originals().get(t);
                for (int k = 1; k < o.length(); k++) {
                    if (piece.endsWith(o.substring(0, k)) && !piece.endsWith(o)) {
                        // a prefix of an original at the end of a piece must be model text, not a cut
                        // replacement: replacements are appended whole, so the full original would follow
                        // inside the same piece. Model text never contains "Secret Person" here.
                        assertThat(o.substring(0, k)).doesNotContain("Secret");
                    }
                }
            }
        }
    }

    @Property(tries = 200, seed = "20261129")
    void holdsBackOnlyPossibleTokenStarts(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 30) int cut) {
        RestorePlan p = plan(c);
        StreamingRestorer r = p.streaming();
        String prefix = c.text().substring(0, Math.min(cut, c.text().length()));
        r.feed(prefix);
        String held = prefix.substring(prefix.length() - r.held());
        if (!held.isEmpty()) {
            // the held text must be a prefix of some revealed token (possibly followed by nothing)
            boolean startsToken = false;
            for (int t = 0; t < c.hiddenFrom(); t++) {
                String tok = c.tokens().get(t);
                if (tok.startsWith(held) || held.startsWith(tok)) {
                    startsToken = true;
                }
            }
            assertThat(startsToken).as("held '%s'", held).isTrue();
        }
    }
}
