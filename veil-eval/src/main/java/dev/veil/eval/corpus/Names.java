package dev.veil.eval.corpus;

import java.util.List;
import java.util.Locale;
import net.datafaker.Faker;

/**
 * Person names with the variety real text has: mostly US/UK English names from Datafaker, names
 * from other locales (accents, Polish, Turkish, Vietnamese, Cyrillic, Chinese), and invented names
 * that are in no list at all, so recall cannot come from memorising a gazetteer. Case and order
 * variants ("smith, john", "J. SMITH") are applied by {@link #styled}.
 */
public final class Names {
    /** Locales for non-English names, with Latin-script ones weighted by repetition. */
    private static final List<String> OTHER_LOCALES = List.of("de", "fr", "es", "it", "pl", "pt-BR", "nl", "sv", "tr",
            "vi", "cs", "hu", "en-IN", "en-NG", "de", "es", "fr", "it", "ru", "zh-CN");
    private static final String[] ONSETS = {"b", "br", "d", "dr", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "p", "r",
        "s", "sh", "t", "th", "v", "z", "qu", "st", "w", "y"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "y", "ou"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "x"};
    private static final String[] SURNAME_ENDINGS = {"", "", "son", "ova", "ski", "ez", "ani", "berg", "ford", "wick", "escu", "ić"};

    /** Given names that are also ordinary words; templates use the same words as words, unlabelled. */
    static final String[] WORD_NAMES = {"Will", "May", "Mark", "Grant", "Hope", "Bill", "Rose", "Faith", "Joy", "Summer",
        "April", "June", "Art", "Frank", "Dawn", "Grace", "Bob", "Jack", "Sunny", "Chase"};

    private final Rng rng;
    private final Faker en;
    private final Faker[] others;

    Names(Rng rng, Faker en) {
        this.rng = rng;
        this.en = en;
        this.others = new Faker[OTHER_LOCALES.size()];
        for (int i = 0; i < others.length; i++) {
            others[i] = new Faker(Locale.forLanguageTag(OTHER_LOCALES.get(i)), rng.random());
        }
    }

    /** A given name and a surname, before styling. */
    public record Name(String first, String last) {
        public String full() {
            return first + " " + last;
        }
    }

    public Name next() {
        double r = rng.nextDouble();
        if (r < 0.04) {
            // given names that are also common English words: must be found, but must not make "Will you" a name
            return new Name(rng.pick(WORD_NAMES), clean(en.name().lastName()));
        }
        if (r < 0.72) {
            return new Name(clean(en.name().firstName()), clean(en.name().lastName()));
        }
        if (r < 0.90) {
            Faker f = others[rng.between(0, others.length - 1)];
            return new Name(clean(f.name().firstName()), clean(f.name().lastName()));
        }
        return new Name(invented(false), invented(true));
    }

    /** A name made of random syllables: plausible, but in no gazetteer. */
    String invented(boolean surname) {
        StringBuilder sb = new StringBuilder();
        int syl = rng.between(2, 3);
        for (int i = 0; i < syl; i++) {
            sb.append(rng.pick(ONSETS)).append(rng.pick(VOWELS));
            if (i == syl - 1 || rng.chance(0.3)) {
                sb.append(rng.pick(CODAS));
            }
        }
        if (surname) {
            sb.append(rng.pick(SURNAME_ENDINGS));
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    /** Datafaker may return "O'Reilly" or "Smith Jr."; keep only the name letters and inner marks. */
    private static String clean(String s) {
        String t = s.trim();
        int sp = t.indexOf(' ');
        if (sp > 0 && t.length() - sp <= 4) {
            t = t.substring(0, sp); // drop "Jr." / "III"
        }
        return t.replace(".", "");
    }

    /** How a name is written in a document. */
    public enum Style { FULL, FIRST, LAST, LAST_COMMA_FIRST, INITIAL_LAST, FIRST_INITIAL }

    /**
     * Renders {@code n} in {@code style}, then in lower or upper case with the given chances
     * (chat text is often all lower case, clinical headers all caps).
     */
    public String styled(Name n, Style style, double lowerChance, double upperChance) {
        String s = switch (style) {
            case FULL -> n.full();
            case FIRST -> n.first();
            case LAST -> n.last();
            case LAST_COMMA_FIRST -> n.last() + ", " + n.first();
            case INITIAL_LAST -> n.first().charAt(0) + ". " + n.last();
            case FIRST_INITIAL -> n.first() + " " + n.last().charAt(0) + ".";
        };
        double r = rng.nextDouble();
        if (r < lowerChance) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (r < lowerChance + upperChance) {
            return s.toUpperCase(Locale.ROOT);
        }
        return s;
    }
}
