package dev.veil.monitor.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The anchor index and the start filter are optimisations only: every rule must report exactly the
 * detections of windows from {@code indexOf} and a plain {@code find()} loop, on every view (normalised, leet, squashed) of every corpus prompt and
 * of generated text.
 */
class PhraseRuleStartFilterTest {
    private static final String[] CORPORA = {"benign.txt", "attacks.txt", "heldout-benign.txt", "heldout-attacks.txt",
        "heldout2-benign.txt", "heldout2-attacks.txt", "heldout3-benign.txt", "heldout3-attacks.txt"};

    @Test
    void almostEveryRuleHasAFilter() {
        long filtered = PhraseRules.ALL.stream().filter(r -> r.normalStart() != null && r.squashedStart() != null).count();
        assertThat(filtered).isGreaterThanOrEqualTo(PhraseRules.ALL.size() - 2);
    }

    @Test
    void sameDetectionsAsPlainFindOnCorpora() {
        Random rnd = new Random(7);
        for (String corpus : CORPORA) {
            for (ScreeningCorpus.Item it : ScreeningCorpus.load(corpus).items()) {
                assertSame(it.text());
                assertSame(mutate(it.text(), rnd));
            }
        }
    }

    @Provide
    Arbitrary<String> prompts() {
        Arbitrary<String> words = Arbitraries.of("ignore", "previous", "instructions", "system", "prompt", "your",
                "you are", "dan", "mode", "developer", "repeat", "above", "\"", "'", "!", "[", "](http://x/{", "<|im_start|>",
                "i g n o r e", "1gn0r3", "pr3v10u5", "\n", ">", "-", "please,", "\uD83D\uDD13", "é", "\uD800", "x",
                "print", "say", "grandma", "used to", "two", "responses", "send", "the conversation", "to", "https://");
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                words.list().ofMaxSize(60).map(l -> String.join(" ", l)),
                words.list().ofMaxSize(60).map(l -> String.join("", l)));
    }

    @Property(tries = 1000, seed = "20261129")
    void sameDetectionsAsPlainFindOnGeneratedText(@ForAll("prompts") String prompt) {
        assertSame(prompt);
    }

    private static void assertSame(String prompt) {
        PromptView base = PromptView.of(prompt);
        List<PromptView> views = new ArrayList<>();
        views.add(base);
        if (base.leet('i') != null) {
            views.add(base.leet('i'));
            views.add(base.leet('l'));
        }
        for (PromptView v : views) {
            compare(v, false);
        }
        if (base.squashed() != null) {
            compare(base.squashed(), true);
        }
    }

    private static void compare(PromptView v, boolean squashed) {
        AnchorIndex.Hits hits = PhraseRules.ANCHORS.find(v.text);
        for (int k = 0; k < PhraseRules.ALL.size(); k++) {
            PhraseRule r = PhraseRules.ALL.get(k);
            Object plain = outcome(r, v, squashed, null);
            Object fast = outcome(r, v, squashed, hits.windows(k, squashed));
            if (plain instanceof String) {
                // The reference ran out of matching budget. The filtered scan makes the same regex
                // attempts minus those the filter rules out, so it reads less and may finish; it
                // can never overrun where the reference finished (checked below).
                continue;
            }
            assertThat(fast).as(r.id()).isEqualTo(plain);
        }
    }

    /** The detections, or the failure: a budget overrun must stay an overrun (the screener fails closed on it). */
    private static Object outcome(PhraseRule r, PromptView v, boolean squashed, List<int[]> windows) {
        List<Detection> out = new ArrayList<>();
        try {
            if (windows != null) {
                r.scan(v, squashed, windows, out);
            } else {
                r.scanPlain(v, squashed, out);
            }
            return out;
        } catch (dev.veil.detect.DetectionException e) {
            return e.getMessage();
        }
    }

    /** Case, spacing and leet changes that move matches around without changing what they say. */
    private static String mutate(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = rnd.nextInt(40);
            if (k == 0 && c == 'i') {
                b.append('1');
            } else if (k == 1 && c == 'e') {
                b.append('3');
            } else if (k == 2 && c == ' ') {
                b.append("  \n");
            } else if (k == 3 && Character.isLetter(c)) {
                b.append(c).append(' ');
            } else {
                b.append(k == 4 ? Character.toUpperCase(c) : c);
            }
        }
        return b.toString();
    }
}
