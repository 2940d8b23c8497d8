package dev.veil.detect.recognizers.names.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Renders templates such as {@code "{name} grew up in {city}."} into labelled documents. Entity
 * slots are labelled with their type; filler slots ({@code {date}}, {@code {drug}}, ...) are text
 * the tagger must leave alone. A share of documents is rendered all lower or all upper case, and a
 * share of entities in lower case, because users type that way and the issue requires both.
 *
 * <p>Deterministic for a given random generator.
 */
public final class CorpusEngine {
    private final Slots slots;
    private final RandomGenerator rnd;
    private final double lowerDocs;
    private final double upperDocs;
    private final double lowerEntities;

    public CorpusEngine(Slots slots, RandomGenerator rnd, double lowerDocs, double upperDocs, double lowerEntities) {
        this.slots = slots;
        this.rnd = rnd;
        this.lowerDocs = lowerDocs;
        this.upperDocs = upperDocs;
        this.lowerEntities = lowerEntities;
    }

    /** Renders {@code count} documents from randomly chosen templates. */
    public List<LabeledDoc> generate(List<String> templates, int count) {
        List<LabeledDoc> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(render(templates.get(rnd.nextInt(templates.size()))));
        }
        return out;
    }

    public LabeledDoc render(String template) {
        LabeledDoc.Builder b = new LabeledDoc.Builder();
        int i = 0;
        int n = template.length();
        while (i < n) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                b.append(unescape(template.substring(i)));
                break;
            }
            b.append(unescape(template.substring(i, open)));
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in template: " + template);
            }
            slot(template.substring(open + 1, close), b);
            i = close + 1;
        }
        double r = rnd.nextDouble();
        int caseMode = r < lowerDocs ? 1 : r < lowerDocs + upperDocs ? 2 : 0;
        return b.build(caseMode);
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }

    private void slot(String name, LabeledDoc.Builder b) {
        switch (name) {
            case "name" -> entity(b, slots.person(), Slots.PERSON);
            case "first" -> entity(b, slots.first(), Slots.PERSON);
            case "last" -> entity(b, slots.last(), Slots.PERSON);
            case "mr" -> entity(b, slots.honorificLast(), Slots.PERSON);
            case "dr" -> entity(b, slots.doctor(), Slots.PERSON);
            case "full" -> entity(b, slots.first() + " " + slots.last(), Slots.PERSON);
            case "city" -> entity(b, slots.city(), Slots.LOCATION);
            case "region" -> entity(b, slots.region(), Slots.LOCATION);
            case "country" -> entity(b, slots.country(), Slots.LOCATION);
            case "place" -> entity(b, slots.place(), Slots.LOCATION);
            case "hospital" -> entity(b, slots.hospital(), Slots.LOCATION);
            case "org" -> entity(b, slots.organization(), Slots.ORGANIZATION);
            case "nat" -> entity(b, slots.nationality(), Slots.NRP);
            case "nrp" -> entity(b, slots.nrp(), Slots.NRP);
            case "job" -> entity(b, slots.job(), Slots.TITLE);
            case "hon" -> entity(b, slots.honorific(), Slots.TITLE);
            case "lfirst" -> b.entity(slots.first().toLowerCase(Locale.ROOT), Slots.PERSON);
            case "lname" -> b.entity(slots.person().toLowerCase(Locale.ROOT), Slots.PERSON);
            case "streetname" -> entity(b, slots.streetName(), Slots.LOCATION);
            case "st" -> b.entity(slots.stateCode(), Slots.LOCATION);
            default -> {
                Supplier<String> f = slots.filler(name);
                if (f == null) {
                    throw new IllegalArgumentException("unknown slot {" + name + "}");
                }
                b.append(f.get());
            }
        }
    }

    private void entity(LabeledDoc.Builder b, String value, int type) {
        double r = rnd.nextDouble();
        String v = r < lowerEntities ? value.toLowerCase(Locale.ROOT)
                : r < 1.6 * lowerEntities ? value.toUpperCase(Locale.ROOT) : value;
        b.entity(v, type);
    }
}
