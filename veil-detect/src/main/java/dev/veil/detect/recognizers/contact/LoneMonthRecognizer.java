package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * A month named alone after a word that makes it a time: "died in March", "at the shelter since
 * October", "released january", "last December". It is an element of a date (HIPAA) and clinical
 * de-identification corpora label it. Months that are also given names ("May", "June", "April",
 * "August") are left out, and so is a month that a day or year follows, which
 * {@link WrittenDateRecognizer} reports whole.
 */
public final class LoneMonthRecognizer implements Recognizer {
    private static final double SCORE = 0.55;
    private static final WordList MONTHS = WordList.of("january", "february", "march", "july", "september",
            "october", "november", "december");
    private static final WordList CUES = WordList.of("in", "since", "until", "till", "last", "early", "late", "mid",
            "during", "released", "discharged", "admitted", "before", "after", "through");

    @Override
    public String name() {
        return "date_month";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        String s = text.string();
        for (int k = 1, n = text.tokenCount(); k < n; k++) {
            int len = text.tokenLength(k);
            if (len < 4 || len > 9 || !MONTHS.containsToken(text, k) || !CUES.containsToken(text, k - 1)) {
                continue;
            }
            int b = text.tokenEnd(k);
            if (k + 1 < n && text.tokenHas(k + 1, Text.FLAG_HAS_DIGIT) && text.tokenStart(k + 1) - b <= 2) {
                continue; // "March 14", "October 2006": a written date
            }
            if (text.tokenStart(k) - text.tokenEnd(k - 1) != 1 || s.charAt(text.tokenEnd(k - 1)) != ' ') {
                continue;
            }
            out.add(new Finding(EntityType.DATE, text.tokenStart(k), b, SCORE, name()));
        }
    }
}
