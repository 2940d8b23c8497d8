package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;

/**
 * Cues of ordinary prose after a span, asked by {@link NameSpans} for every span: what the
 * sentence says the name is.
 * <ul>
 *   <li>"Zoolander is a 2001 American action-comedy film": a work's title (film, novel, album,
 *       song...) is no organization or person; the span is dropped;
 *   <li>"Optigov is a 501(c)3", "Acme is a nonprofit": an organization, whatever the tagger read;
 *   <li>"starring Alves", "featuring Ana Lima", "the assistant to Robert Azevedo": a person.
 * </ul>
 * Matched by token hash; allocation-free.
 */
final class ProseSpans {
    private ProseSpans() {
    }

    /** Kinds of works whose titles are no entity. */
    private static final WordSet WORKS = WordSet.of("film", "movie", "novel", "album", "song", "single",
            "book", "series", "sitcom", "documentary", "musical", "opera", "play", "poem", "painting", "videogame",
            "game", "episode", "miniseries", "anime", "manga", "comic", "ballet", "symphony", "cartoon");
    /** Nouns that make the subject of "X is a ..." an organization. */
    private static final WordSet ORGANIZATIONS = WordSet.of("company", "nonprofit", "charity",
            "organization", "organisation", "firm", "startup", "corporation", "foundation", "agency", "bank",
            "manufacturer", "retailer", "publisher", "conglomerate", "subsidiary", "cooperative", "airline",
            "insurer", "brand", "label", "ngo", "studio", "developer", "maker", "producer", "distributor");
    /** Words right before a person's name in prose about people and works. */
    private static final WordSet PERSON_CUES = WordSet.of("starring", "featuring", "costarring");
    /** Roles of "the assistant to X": a person after them and "to". */
    private static final WordSet ASSISTANT = WordSet.of("assistant", "secretary", "adviser", "advisor",
            "deputy", "successor", "predecessor", "aide", "heir", "apprentice", "understudy");

    /** Decides the span {@code s}: false drops it; its type may change. */
    static boolean keep(TokenFeatures tf, ClinicalSpans.Span s) {
        NameTokens t = tf.tokens();
        int k = s.b;
        if (k + 1 < t.size() && t.is(k, "is") && (t.is(k + 1, "a") || t.is(k + 1, "an"))) {
            // "X is a 2001 American action-comedy film", "X is a 501(c)3 that ..."
            for (int j = k + 2; j < t.size() && j <= k + 8 && !t.newlineBefore(j); j++) {
                if (t.isPunct(j, '.') || t.isPunct(j, ',') || t.isPunct(j, ';')) {
                    break;
                }
                if (t.isWord(j) && in(WORKS, t, j) && s.type != EntityType.PERSON
                        && !(j + 1 < t.size() && t.isWord(j + 1) && in(ORGANIZATIONS, t, j + 1))) {
                    return false; // not "a game studio", "a film distributor"
                }
                if (j == k + 2 && t.is(j, "501") || t.isWord(j) && in(ORGANIZATIONS, t, j)) {
                    s.type = EntityType.ORGANIZATION;
                    break;
                }
            }
        }
        if (s.type != EntityType.PERSON && s.a >= 1 && !t.newlineBefore(s.a)
                && (t.isWord(s.a - 1) && in(PERSON_CUES, t, s.a - 1)
                        || s.a >= 2 && t.is(s.a - 1, "to") && t.isWord(s.a - 2) && in(ASSISTANT, t, s.a - 2))) {
            s.type = EntityType.PERSON; // "starring Alves", "the assistant to Robert Azevedo"
        }
        return true;
    }

    private static boolean in(WordSet list, NameTokens t, int k) {
        return t.length(k) <= 16 && list.contains(t.hash(k));
    }
}
