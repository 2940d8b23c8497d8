package dev.veil.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Labels that introduce a value: {@code MRN: 00451233}, {@code passport no. 531234567},
 * {@code member ID XGH1234567}. For identifiers with no checksum and no distinctive shape the
 * label is the evidence, so a recognizer asks for the token right after a label and then checks
 * the value's shape. Unlike a {@link ContextRule}, which only raises the score of spans found
 * elsewhere, a cue decides which span is the value: the one right after the label, not any
 * number within a few words of it.
 *
 * <p>Matching: a phrase starts with a letter or digit and matches case-insensitively from the start
 * of a word token, ending on a word boundary (a phrase ending in a non-word char such as {@code #}
 * needs no boundary there), and not right after a {@code /}, which makes it part of a unit or path
 * ({@code mg/dL}). The value is the first word token
 * after the phrase, skipping up to {@link Builder#maxFillers} filler words ({@code number},
 * {@code no}, {@code is}, ...) and punctuation. Each gap may be at most {@link Builder#maxGap}
 * chars and must not end a sentence ({@code ! ? ;}, a blank line, or a period that does not
 * follow an abbreviation of at most four letters such as {@code no.} or {@code acct.}).
 *
 * <p>Cost: one lookup per distinct first word of the phrases in the text's shared table of tokens
 * by lower-case hash ({@link Text#tokenHash}, built once per text); phrases are compared only where
 * their first word occurs, and nothing is allocated unless one matches. Immutable and thread-safe.
 */
public final class Cues {
    /** Fillers every cue set skips between a label and its value. */
    static final List<String> DEFAULT_FILLERS = List.of("number", "numbers", "no", "nos", "nr", "num", "nbr", "is");

    /** Receives a value token (index into the text's tokens) and the best score of its labels. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int token, double score);
    }

    private final String[] phrases;
    private final double[] scores;
    private final int[] lastWordLengths;
    private final String[] fillers;
    private final int maxFillers;
    private final int maxGap;
    /** Distinct first words of the phrases ("heads"): hashes, lengths, and the phrases starting with each. */
    private final int[] headHashes;
    private final int[] headLengths;
    private final int[][] headPhrases;

    private Cues(Builder b) {
        this.phrases = b.phrases.toArray(new String[0]);
        this.scores = new double[phrases.length];
        this.lastWordLengths = new int[phrases.length];
        List<String> heads = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < phrases.length; i++) {
            scores[i] = b.scores.get(i);
            lastWordLengths[i] = lastWordLength(phrases[i]);
            String head = firstWord(phrases[i]);
            int k = heads.indexOf(head);
            if (k < 0) {
                heads.add(head);
                members.add(new ArrayList<>());
                k = heads.size() - 1;
            }
            members.get(k).add(i);
        }
        this.headHashes = new int[heads.size()];
        this.headLengths = new int[heads.size()];
        this.headPhrases = new int[heads.size()][];
        for (int k = 0; k < heads.size(); k++) {
            headHashes[k] = heads.get(k).hashCode();
            headLengths[k] = heads.get(k).length();
            headPhrases[k] = members.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        this.fillers = b.fillers.toArray(new String[0]);
        this.maxFillers = b.maxFillers;
        this.maxGap = b.maxGap;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Visits each value token that follows a label, once, in text order. */
    public void forEachValue(Text text, Visitor v) {
        Hits hits = null;
        TokensByHash byHash = TokensByHash.of(text);
        for (int k = 0; k < headHashes.length; k++) {
            int hash = headHashes[k];
            for (int t = byHash.first(hash); t >= 0; t = byHash.next(t, hash)) {
                int start = text.tokenStart(t);
                if (text.tokenLength(t) == headLengths[k] && (start == 0 || text.charAt(start - 1) != '/')) {
                    hits = matchPhrases(text, k, t, hits);
                }
            }
        }
        if (hits != null) {
            hits.visitInOrder(v);
        }
    }

    /** Tries the phrases that start with head {@code k} at token {@code t}; adds their values to {@code hits}. */
    private Hits matchPhrases(Text text, int k, int t, Hits hits) {
        String lower = text.lower();
        int start = text.tokenStart(t);
        int headLength = text.tokenLength(t);
        char next = start + headLength < lower.length() ? lower.charAt(start + headLength) : 0;
        for (int p : headPhrases[k]) {
            String ph = phrases[p];
            // "a" is a word and the head of "a/c": test the char after the head before the rest
            if (ph.length() > headLength && ph.charAt(headLength) != next) {
                continue;
            }
            int end = start + ph.length();
            if (!lower.regionMatches(start, ph, 0, ph.length()) || !boundaryAfter(text, end, ph)) {
                continue;
            }
            int tok = valueToken(text, end, lastWordLengths[p]);
            if (tok >= 0) {
                if (hits == null) {
                    hits = new Hits();
                }
                hits.add(tok, scores[p]);
            }
        }
        return hits;
    }

    /** Value tokens found so far, each with the best score of its labels. A text has few labels. */
    private static final class Hits {
        private int[] tokens = new int[8];
        private double[] best = new double[8];
        private int n;

        void add(int token, double score) {
            for (int i = 0; i < n; i++) {
                if (tokens[i] == token) {
                    best[i] = Math.max(best[i], score);
                    return;
                }
            }
            if (n == tokens.length) {
                tokens = Arrays.copyOf(tokens, n * 2);
                best = Arrays.copyOf(best, n * 2);
            }
            tokens[n] = token;
            best[n] = score;
            n++;
        }

        void visitInOrder(Visitor v) {
            for (int i = 1; i < n; i++) {
                int t = tokens[i];
                double s = best[i];
                int j = i - 1;
                while (j >= 0 && tokens[j] > t) {
                    tokens[j + 1] = tokens[j];
                    best[j + 1] = best[j];
                    j--;
                }
                tokens[j + 1] = t;
                best[j + 1] = s;
            }
            for (int i = 0; i < n; i++) {
                v.visit(tokens[i], best[i]);
            }
        }
    }

    /** Length of the phrase's last word: "account no" ends in an abbreviation, "passport" does not. */
    private static int lastWordLength(String ph) {
        int i = ph.length();
        while (i > 0 && isWord(ph.charAt(i - 1))) {
            i--;
        }
        return ph.length() - i;
    }



    /** The leading letters and digits of a phrase: the token a match must start with. */
    private static String firstWord(String ph) {
        int i = 0;
        while (i < ph.length() && isWord(ph.charAt(i))) {
            i++;
        }
        return ph.substring(0, i);
    }

    private static boolean boundaryAfter(Text text, int end, String ph) {
        return !isWord(ph.charAt(ph.length() - 1)) || !text.isWordCharAt(end);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The first non-filler token after a label ending at {@code end}, or -1. */
    private int valueToken(Text text, int end, int prevLength) {
        int count = text.tokenCount();
        int tok = text.tokenIndexAtOrAfter(end);
        int skipped = 0;
        int from = end;
        int prevLen = prevLength;
        while (tok < count) {
            int start = text.tokenStart(tok);
            if (start < from || start - from > maxGap || endsSentence(text, from, start, prevLen)) {
                return -1;
            }
            if (isFiller(text, tok)) {
                if (skipped == maxFillers) {
                    return -1;
                }
                skipped++;
                from = text.tokenEnd(tok);
                prevLen = text.tokenLength(tok);
                tok++;
                continue;
            }
            return tok;
        }
        return -1;
    }

    private boolean isFiller(Text text, int tok) {
        for (String f : fillers) {
            if (text.tokenEquals(tok, f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(Text text, int from, int to, int prevLen) {
        boolean newline = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '!', '?', ';' -> {
                    return true;
                }
                case '.' -> {
                    if (prevLen > 4) {
                        return true;
                    }
                }
                case '\n' -> {
                    if (newline) {
                        return true;
                    }
                    newline = true;
                }
                default -> {
                    if (!Character.isWhitespace(c)) {
                        newline = false;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Cues[" + phrases.length + " phrases]";
    }

    /** Builds {@link Cues}. */
    public static final class Builder {
        private final List<String> phrases = new ArrayList<>();
        private final List<Double> scores = new ArrayList<>();
        private final Set<String> fillers = new LinkedHashSet<>(DEFAULT_FILLERS);
        private int maxFillers = 3;
        private int maxGap = 24;

        private Builder() {
        }

        /** Labels whose values get {@code score}; phrases are matched case-insensitively. */
        public Builder cue(double score, String... labels) {
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score must be in [0,1]");
            }
            for (String l : labels) {
                String p = Objects.requireNonNull(l).toLowerCase(Locale.ROOT).trim();
                if (p.isEmpty() || !isWord(p.charAt(0))) {
                    throw new IllegalArgumentException("a cue phrase must start with a letter or digit");
                }
                phrases.add(p);
                scores.add(score);
            }
            return this;
        }

        /** Extra single words skipped between a label and its value (besides number, no, is, ...). */
        public Builder fillers(String... words) {
            for (String w : words) {
                fillers.add(w.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** At most this many filler words between a label and its value. Default 3. */
        public Builder maxFillers(int n) {
            this.maxFillers = n;
            return this;
        }

        /** At most this many chars in each gap between label, fillers and value. Default 24. */
        public Builder maxGap(int chars) {
            this.maxGap = chars;
            return this;
        }

        public Cues build() {
            if (phrases.isEmpty()) {
                throw new IllegalStateException("no cue phrases");
            }
            return new Cues(this);
        }
    }
}
