package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Postal codes:
 * <ul>
 *   <li>US ZIP and ZIP+4 right after a state code or name ({@code CA 94043},
 *       {@code Texas 75001-1234}): 0.85. Elsewhere a five-digit number is far more often
 *       something else, so it scores 0.3 and needs a cue ("zip", "postal code", "PLZ", "lives in", ...); the
 *       same cue also covers German and French five-digit codes;
 *   <li>ZIP+4 without a state: 0.55;
 *   <li>UK postcodes ({@code SW1A 1AA}, {@code NW1 6XE}) and Canadian ones ({@code K1A 0B1}):
 *       0.8, their letter-digit shapes being distinctive.
 * </ul>
 */
public final class ZipRecognizer implements Recognizer {

    @Override
    public String name() {
        return "zip";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.ZIP);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.ZIP, 0.45, "zip", "zipcode", "zip code", "postal", "postcode",
                "postal code", "post code", "plz", "postleitzahl", "code postal", "cp", "cap",
                // where someone lives: "Pt's home in Rowehaven 81971", "lives in Austin 78701"
                "address", "addr", "home in", "lives in", "living in", "resides in", "residing in", "moved to"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        String s = text.string();
        int skipTo = -1; // a UK or Canadian code takes the token after it too
        for (int d = 0, numbers = text.digitTokenCount(); d < numbers; d++) {
            int k = text.digitToken(d);
            if (k <= skipTo) {
                continue;
            }
            int flags = text.tokenFlags(k);
            int a = text.tokenStart(k);
            if ((flags & Text.FLAG_ALL_DIGITS) != 0) {
                int end = text.tokenLength(k) == 5 && !glued(s, a) ? PostalCodes.usEnd(text, k) : -1;
                if (end > 0) {
                    double score = afterState(text, k) ? 0.85 : end - a == 10 ? 0.55 : 0.3;
                    out.add(new Finding(EntityType.ZIP, a, end, score, name()));
                }
                continue;
            }
            if ((flags & Text.FLAG_ALL_UPPER) == 0 || glued(s, a)) {
                continue;
            }
            int end = PostalCodes.ukEnd(text, k);
            if (end < 0) {
                end = PostalCodes.caEnd(text, k);
            }
            if (end > 0 && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                out.add(new Finding(EntityType.ZIP, a, end, 0.8, name()));
                skipTo = k + 1;
            }
        }
    }

    /** Whether token {@code k} follows a state code or name, separated by spaces or ", ". */
    private static boolean afterState(Text text, int k) {
        int p = k - 1;
        if (p < 0) {
            return false;
        }
        String s = text.string();
        int gapStart = text.tokenEnd(p);
        int gapEnd = text.tokenStart(k);
        if (gapEnd - gapStart > 3) {
            return false;
        }
        for (int i = gapStart; i < gapEnd; i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != ',' && s.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return PostalCodes.isStateCode(text, p) || PostalCodes.isStateName(text, p);
    }

    private static boolean glued(String s, int a) {
        return a > 0 && "$#./-:_+".indexOf(s.charAt(a - 1)) >= 0;
    }
}
