package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import java.util.List;

/**
 * The marks a dictated note carries after its signature, which de-identification corpora (i2b2)
 * label as the clinicians' names:
 * <ul>
 *   <li>typists' lines, the initials of who dictated and who typed on a line of their own
 *       ("uzr/lk", "hm/ke/tbo", "ar/mb/ww    Job 30871", "RM/JT");
 *   <li>clinicians' user names in sign-off lines ("Dictated by mbell", "signed by enowakowska
 *       12/24/90", "lbrown2"): a given name's initial and the surname of a person the note names;
 *   <li>initials after a slash that closes a signature line ("M. Kaczmarek, MD / mk").
 * </ul>
 * A typists' line counts when one of its initials is those of a person the tagger found, or when
 * a credential ("MD") comes shortly before it; a user name only when it spells a found person's
 * name, so that no ordinary word ("pt/ot", "and/or") is taken. Runs after the tagger's passes.
 */
final class DictationMarks {
    static final double SCORE = 0.85;
    private static final int MAX_KEYS = 64;
    private static final WordSet LINE_TAILS = WordSet.of("job", "dd", "d", "dt", "t", "doc", "cc", "tr", "id");

    private DictationMarks() {
    }

    static void apply(TokenFeatures tf, String recognizer, List<Finding> out, int from) {
        NameTokens t = tf.tokens();
        long[] keys = null;
        int nKeys = 0;
        int n = t.size();
        int end = out.size();
        for (int k = 0; k < n; k++) {
            if (!t.isWord(k) || t.nonAscii(k) || t.length(k) < 2 || t.length(k) > 16
                    || t.shape(k) != NameTokens.LOWER && t.shape(k) != NameTokens.UPPER) {
                continue;
            }
            boolean lineStart = (k == 0 || t.newlineBefore(k)) && k + 2 < n && t.isPunct(k + 1, '/');
            boolean afterSlash = k > 0 && t.isPunct(k - 1, '/');
            // a user name is a lower-case word no list holds ("mbell", "skhoury")
            boolean userName = t.shape(k) == NameTokens.LOWER && t.length(k) >= 4 && tf.lookup(k) == 0;
            if (!lineStart && !afterSlash && !userName) {
                continue; // cheap exit for most tokens
            }
            if (lineStart) {
                if (keys == null) {
                    keys = new long[MAX_KEYS];
                    nKeys = keys(tf, out, from, end, keys);
                }
                int last = typistsLine(tf, k, keys, nKeys);
                if (last > k) {
                    LinePasses.clear(out, from, t.start(k), t.end(last));
                    for (int m = k; m <= last; m += 2) {
                        out.add(new Finding(EntityType.PERSON, t.start(m), t.end(m), SCORE, recognizer));
                    }
                    k = last;
                    continue;
                }
            }
            if (t.shape(k) != NameTokens.LOWER) {
                continue;
            }
            boolean closesSignature = afterSlash && (k + 1 == n || t.newlineBefore(k + 1)) && k >= 2
                    && (FieldLabels.credential(t, k - 2) || endsPerson(out, from, t.end(k - 2)));
            if (closesSignature || userName && spellsFoundName(tf, out, from, end, k)) {
                int last = k + 1 < n && t.shape(k + 1) == NameTokens.DIGITS && t.start(k + 1) == t.end(k) ? k + 1 : k;
                add(t, k, last, recognizer, out, from); // "lbrown2": a user name with a number
            }
        }
    }

    /**
     * The last token of a typists' line at {@code k} ("ar/mb/ww", "BQ/mf"), or -1: two to four groups
     * of two to four letters joined by '/', in one case or capitals then lower case, then the line's
     * end, a wide gap or a dictation field ("Job 30871", "DD: 11/03/85"). It counts when one group is
     * a found person's initials, or none is an abbreviation or a credential ("PT/OT", "MD/RN") and
     * either the case changes ("BQ/mf") or a credential stands shortly before ("Jacob Liebowitz,
     * MD\nfa/jl/rs").
     */
    private static int typistsLine(TokenFeatures tf, int k, long[] keys, int nKeys) {
        NameTokens t = tf.tokens();
        if (t.length(k) > 4) {
            return -1; // the caller saw the slash after token k
        }
        int shape = t.shape(k + 2);
        boolean caseChange = t.shape(k) == NameTokens.UPPER && shape == NameTokens.LOWER;
        if (t.shape(k) != shape && !caseChange) {
            return -1;
        }
        int m = k;
        int groups = 1;
        boolean named = contains(keys, nKeys, t.hash(k));
        boolean plain = !Shorthand.bedsideWord(t, k) && !FieldLabels.credential(t, k);
        while (m + 2 < t.size() && t.isPunct(m + 1, '/') && t.isWord(m + 2) && t.shape(m + 2) == shape
                && !t.nonAscii(m + 2) && t.length(m + 2) >= 2 && t.length(m + 2) <= 4
                && !t.spaceBefore(m + 1) && !t.spaceBefore(m + 2)) {
            m += 2;
            groups++;
            named |= contains(keys, nKeys, t.hash(m));
            plain &= !Shorthand.bedsideWord(t, m) && !FieldLabels.credential(t, m);
        }
        if (groups < 2 || groups > 4) {
            return -1;
        }
        int next = m + 1;
        if (next < t.size() && !t.newlineBefore(next) && t.start(next) - t.end(m) < 2
                && !(t.isWord(next) && LINE_TAILS.contains(t.hash(next)) || t.shape(next) == NameTokens.DIGITS)) {
            return -1;
        }
        return named || plain && (caseChange || credentialBefore(t, k)) ? m : -1;
    }

    /** Whether the line before token {@code k} has ", " and a credential: "Jacob Liebowitz, MD", "Ann Lee, M.D.". */
    private static boolean credentialBefore(NameTokens t, int k) {
        for (int p = k - 1; p >= 1; p--) {
            if (t.isPunct(p - 1, ',') && t.shape(p) != NameTokens.LOWER
                    && (FieldLabels.credential(t, p) || FieldLabels.dottedCredential(t, p))) {
                return true;
            }
            if (t.newlineBefore(p)) {
                return false; // the line before only
            }
        }
        return false;
    }

    /**
     * Hashes of the strings a found person's initials and user name would be: all initials
     * ("uzr"), first and last initials in both orders ("ur", "ru"), and the first initial with the
     * surname ("urhodes").
     */
    private static int keys(TokenFeatures tf, List<Finding> out, int from, int end, long[] keys) {
        NameTokens t = tf.tokens();
        int n = 0;
        StringBuilder initials = new StringBuilder(8);
        for (int i = from; i < end && n + 4 <= keys.length; i++) {
            Finding f = out.get(i);
            if (f.type() != EntityType.PERSON) {
                continue;
            }
            initials.setLength(0);
            int first = -1;
            int last = -1;
            for (int k = t.tokenStartingAt(f.start()); k >= 0 && k < t.size() && t.start(k) < f.end(); k++) {
                if (!t.isWord(k) || (tf.lookup(k) & Lexicon.HONORIFIC) != 0 || FieldLabels.credential(t, k)) {
                    continue;
                }
                initials.append(Character.toLowerCase(t.charAt(t.start(k))));
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
            if (first < 0 || first == last) {
                continue;
            }
            keys[n++] = NameTokens.hashOf(initials);
            char a = Character.toLowerCase(t.charAt(t.start(first)));
            char b = Character.toLowerCase(t.charAt(t.start(last)));
            keys[n++] = NameTokens.hashOf(new String(new char[] {a, b}));
            keys[n++] = NameTokens.hashOf(new String(new char[] {b, a}));
            keys[n++] = NameTokens.hashOf(a + t.text().substring(t.start(last), t.end(last)).toLowerCase());
        }
        return n;
    }

    /**
     * Whether word {@code k} is a found person's first initial and surname ("urhodes" for "Uma
     * Rhodes"). Compared in place, person by person: user-name candidates are frequent (any
     * unlisted lower-case word) and this allocates nothing, where the typists' keys would.
     */
    private static boolean spellsFoundName(TokenFeatures tf, List<Finding> out, int from, int end, int k) {
        NameTokens t = tf.tokens();
        String s = t.text();
        int len = t.length(k);
        char initial = s.charAt(t.start(k));
        for (int i = from; i < end; i++) {
            Finding f = out.get(i);
            if (f.type() != EntityType.PERSON) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int q = t.tokenStartingAt(f.start()); q >= 0 && q < t.size() && t.start(q) < f.end(); q++) {
                if (t.isWord(q) && (tf.lookup(q) & Lexicon.HONORIFIC) == 0 && !FieldLabels.credential(t, q)) {
                    if (first < 0) {
                        first = q;
                    }
                    last = q;
                }
            }
            if (first >= 0 && first != last && t.length(last) == len - 1
                    && Character.toLowerCase(s.charAt(t.start(first))) == initial
                    && s.regionMatches(true, t.start(k) + 1, s, t.start(last), len - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(long[] keys, int n, long h) {
        for (int i = 0; i < n; i++) {
            if (keys[i] == h) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsPerson(List<Finding> out, int from, int end) {
        for (int i = from; i < out.size(); i++) {
            if (out.get(i).end() == end && out.get(i).type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** Adds a PERSON over tokens {@code a..b} unless a finding already covers part of it. */
    private static void add(NameTokens t, int a, int b, String recognizer, List<Finding> out, int from) {
        if (!LinePasses.overlapsAny(out, from, t.start(a), t.end(b))) {
            out.add(new Finding(EntityType.PERSON, t.start(a), t.end(b), SCORE, recognizer));
        }
    }
}
