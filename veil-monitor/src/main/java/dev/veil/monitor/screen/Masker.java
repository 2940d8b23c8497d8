package dev.veil.monitor.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies MASK: cuts spans out of a prompt and puts a short placeholder in their place. */
final class Masker {
    private Masker() {
    }

    /** Replace {@code [start, end)} with {@code replacement}. */
    record Cut(int start, int end, String replacement) {
    }

    /**
     * Cuts for a non-credential category: hidden text loses every invisible character and every
     * flagged blob; injection and exfiltration lose the matched phrases.
     */
    static List<Cut> cutsFor(ScreenCategory c, String prompt, List<Detection> ds, double threshold) {
        List<Cut> cuts = new ArrayList<>();
        if (c == ScreenCategory.HIDDEN_TEXT) {
            for (int i = 0; i < prompt.length(); ) {
                int cp = prompt.codePointAt(i);
                int next = i + Character.charCount(cp);
                if ((Invisible.isZeroWidth(cp) && !(cp == 0xFEFF && i == 0)) || Invisible.isBidiControl(cp)
                        || Invisible.isTag(cp)) {
                    cuts.add(new Cut(i, next, ""));
                }
                i = next;
            }
        }
        for (Detection d : ds) {
            if (d.category() == c && d.end() > d.start() && (c != ScreenCategory.HIDDEN_TEXT
                    || d.rule().equals(EncodedBlobScanner.RULE))) {
                cuts.add(new Cut(d.start(), d.end(), "[removed]"));
            }
        }
        return cuts;
    }

    /** Applies cuts; overlapping cuts merge into one that keeps the first placeholder. */
    static String apply(String s, List<Cut> cuts) {
        List<Cut> sorted = new ArrayList<>(cuts);
        sorted.sort(Comparator.comparingInt(Cut::start).thenComparing(Comparator.comparingInt(Cut::end).reversed()));
        StringBuilder out = new StringBuilder(s.length());
        int pos = 0;
        for (Cut c : sorted) {
            if (c.end() <= pos) {
                continue;
            }
            if (c.start() >= pos) {
                out.append(s, pos, c.start());
                out.append(c.replacement());
            }
            pos = Math.max(pos, c.end());
        }
        out.append(s, pos, s.length());
        return out.toString();
    }
}
