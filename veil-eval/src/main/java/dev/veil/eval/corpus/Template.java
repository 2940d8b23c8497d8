package dev.veil.eval.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A sentence pattern with named slots, {@code "Pt {{patient}} seen by Dr. {{doctor}} on {{date}}."},
 * compiled once. Rendering asks a resolver for each slot's {@link Piece}; labels come from the
 * pieces, so templates stay readable and every value is labelled where it is produced. Double
 * braces leave single braces free for JSON and code.
 */
public final class Template {
    private final List<String> literals; // literal before slot i; one more than slots
    private final List<String> slots;

    private Template(List<String> literals, List<String> slots) {
        this.literals = literals;
        this.slots = slots;
    }

    public static Template of(String pattern) {
        List<String> lits = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = pattern.indexOf("{{", i);
            if (open < 0) {
                lits.add(pattern.substring(i));
                break;
            }
            int close = pattern.indexOf("}}", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in template: " + pattern);
            }
            lits.add(pattern.substring(i, open));
            slots.add(pattern.substring(open + 2, close));
            i = close + 2;
        }
        return new Template(List.copyOf(lits), List.copyOf(slots));
    }

    /** Compiles each pattern. */
    public static List<Template> all(String... patterns) {
        List<Template> out = new ArrayList<>(patterns.length);
        for (String p : patterns) {
            out.add(of(p));
        }
        return List.copyOf(out);
    }

    public void render(DocBuilder b, Function<String, Piece> resolver) {
        for (int i = 0; i < slots.size(); i++) {
            b.text(literals.get(i));
            Piece p = resolver.apply(slots.get(i));
            if (p == null) {
                throw new IllegalStateException("no value for slot " + slots.get(i));
            }
            b.add(p);
        }
        b.text(literals.get(literals.size() - 1));
    }
}
