package dev.veil.eval.corpus;

import static dev.veil.core.EntityType.PERSON;

import dev.veil.eval.LabeledDoc;
import java.util.List;
import java.util.function.Function;

/**
 * A family of documents (clinical notes, bank letters, ...): an opening, body sentences repeated
 * until the document reaches its target length, and a closing, all {@link Template}s.
 *
 * <p>Each document has a cast of four people ({@code p1}..{@code p4}) and one organisation
 * ({@code org}), so a name recurs the way it does in real text. Person slots take a style suffix:
 * {@code {{p1}}} full name, {@code .first}, {@code .last}, {@code .lcf} ("Last, First"),
 * {@code .init} ("J. Last"), {@code .any} (random style). Every other slot comes from
 * {@link Values#common}.
 */
public abstract class Genre {
    protected final Values v;

    private final String name;
    private final List<Template> openers;
    private final List<Template> body;
    private final List<Template> closers;

    protected Genre(Values v, String name, List<Template> openers, List<Template> body, List<Template> closers) {
        this.name = name;
        this.openers = openers;
        this.body = body;
        this.closers = closers;
        this.v = v;
    }

    /** Short stable name, written to each document's {@code genre} field. */
    public final String name() {
        return name;
    }

    protected final List<Template> openers() {
        return openers;
    }

    protected final List<Template> body() {
        return body;
    }

    protected final List<Template> closers() {
        return closers;
    }

    /** What separates body sentences. */
    protected String separator() {
        return " ";
    }

    /** Chance that a person mention is written in lower case. */
    protected double lowerCase() {
        return 0.04;
    }

    /** Chance that a person mention is written in upper case. */
    protected double upperCase() {
        return 0.04;
    }

    /** The document's organisation ({@code {{org}}}). */
    protected Piece organisation() {
        return v.fakes.company();
    }

    /** Genre-specific slots; {@code null} falls through to {@link Values#common}. */
    protected Piece slot(String name) {
        return null;
    }

    /** Writes one document of roughly {@code targetChars} characters. */
    public LabeledDoc write(String id, int targetChars) {
        Names.Name[] cast = {v.names.next(), v.names.next(), v.names.next(), v.names.next()};
        Piece org = organisation();
        Function<String, Piece> slots = s -> resolve(s, cast, org);
        DocBuilder b = new DocBuilder();
        v.rng.pick(openers()).render(b, slots);
        List<Template> body = body();
        int guard = 0;
        while (b.length() < targetChars && guard++ < 200) {
            if (b.length() > 0 && !Character.isWhitespace(b.last())) {
                b.text(separator());
            }
            v.rng.pick(body).render(b, slots);
        }
        if (!Character.isWhitespace(b.last())) {
            b.text(separator());
        }
        v.rng.pick(closers()).render(b, slots);
        return b.build(id, name());
    }

    private Piece resolve(String slot, Names.Name[] cast, Piece org) {
        if (slot.length() >= 2 && slot.charAt(0) == 'p' && Character.isDigit(slot.charAt(1))) {
            Names.Name n = cast[slot.charAt(1) - '1'];
            String style = slot.length() > 3 ? slot.substring(3) : "";
            return Piece.of(PERSON, v.names.styled(n, switch (style) {
                case "first" -> Names.Style.FIRST;
                case "last" -> Names.Style.LAST;
                case "lcf" -> Names.Style.LAST_COMMA_FIRST;
                case "init" -> Names.Style.INITIAL_LAST;
                case "any" -> v.rng.pick(Names.Style.values());
                default -> Names.Style.FULL;
            }, lowerCase(), upperCase()));
        }
        if (slot.equals("org")) {
            return org;
        }
        Piece p = slot(slot);
        return p != null ? p : v.common(slot);
    }
}
