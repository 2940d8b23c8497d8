package dev.veil.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Lists missed gold spans and unmatched predictions with a little context, for developers tuning
 * recognizers on SYNTHETIC data. It prints document text, so it is opt-in ({@code --show-errors})
 * and must not be used on real records.
 */
final class ErrorListing {
    private static final int CONTEXT = 25;

    private ErrorListing() {
    }

    static void print(PrintStream out, List<LabeledDoc> docs, Map<String, List<Span>> predictions, int limit) {
        int missed = 0;
        int spurious = 0;
        StringBuilder fn = new StringBuilder();
        StringBuilder fp = new StringBuilder();
        for (LabeledDoc d : docs) {
            List<Span> ps = predictions.getOrDefault(d.id(), List.of()).stream()
                    .filter(p -> 0 <= p.start() && p.start() < p.end() && p.end() <= d.text().length())
                    .map(p -> new Span(p.start(), p.end(), TypeNames.canon(p.type()))).toList();
            for (Span g : d.spans()) {
                if (missed < limit && !Scorer.matchesAny(g, ps)) {
                    missed++;
                    fn.append(line(d, g, ps));
                }
            }
            for (Span p : ps) {
                if (spurious < limit && !Scorer.matchesAny(p, d.spans())) {
                    spurious++;
                    fp.append(line(d, p, d.spans()));
                }
            }
        }
        out.println();
        out.println("missed gold spans (type [start,end) context; overlapping other-side spans):");
        out.print(fn);
        out.println();
        out.println("false predictions:");
        out.print(fp);
    }

    private static String line(LabeledDoc d, Span s, List<Span> other) {
        String t = d.text();
        int a = Math.max(0, s.start() - CONTEXT);
        int b = Math.min(t.length(), s.end() + CONTEXT);
        String ctx = (t.substring(a, s.start()) + "[[" + t.substring(s.start(), s.end()) + "]]" + t.substring(s.end(), b))
                .replace('\n', '|');
        StringBuilder near = new StringBuilder();
        for (Span o : other) {
            if (o.start() < s.end() && s.start() < o.end()) {
                near.append(' ').append(o.type()).append('[').append(o.start()).append(',').append(o.end()).append(')');
            }
        }
        return String.format("  %-6s %-14s [%d,%d) %s  ~%s%n", d.id(), s.type(), s.start(), s.end(), ctx, near);
    }
}
