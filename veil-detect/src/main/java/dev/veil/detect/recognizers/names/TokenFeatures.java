package dev.veil.detect.recognizers.names;

/**
 * Feature extraction for the name tagger, shared by the runtime recognizer and the model builder
 * so both see exactly the same features.
 *
 * <p>Two jobs:
 * <ul>
 *   <li>{@link #candidate(int)}: which tokens may be part of a name at all. Only candidates are
 *       scored; every other token is "outside". This gate is what keeps the tagger fast: in
 *       ordinary mixed-case prose most tokens are lower-case common words and cost one lexicon
 *       probe. When the text is all lower or all upper case, capitalisation says nothing, so every
 *       word that is not a common English word becomes a candidate instead.
 *   <li>{@link #features(int, int[])}: hashed feature ids for a candidate token: the word, its
 *       shape and affixes, its lexicon classes, and the words, shapes and classes around it.
 * </ul>
 */
public final class TokenFeatures {
    /** Longest lower-case word always looked up in mixed-case text ("dr", "van", "of"). */
    static final int LOOKUP_MAX_LOWER = 4;
    /** Upper bound on the features of one token. */
    public static final int MAX_FEATURES = 64;
    /** Feature ids are buckets in {@code [0, 2^BUCKET_BITS)}, the model's table size. */
    public static final int BUCKET_BITS = 16;
    static final int BUCKETS = 1 << BUCKET_BITS;
    /** Buckets reserved for the low-cardinality templates ({@link #d}); hashed features use the rest. */
    static final int DENSE_BUCKETS = 2048;
    /** Shape x case mode combinations. */
    private static final int MODE_SHAPES = NameTokens.SHAPES * 3;
    /** Lexicon class bits a feature may name. */
    private static final int MAX_CLASSES = 24;
    /** Classes that only hint at a name when the word is also a common word ("Manager", "North"). */
    private static final int WEAK_CLASSES = Lexicon.JOB | Lexicon.PLACE_WORD | Lexicon.ORG_WORD | Lexicon.FACILITY;

    private static final long BOS = 0x1234_5678_9abc_def1L;
    private static final long EOS = 0x0fed_cba9_8765_4321L;

    private final Lexicon lexicon;
    private NameTokens tokens;
    private int[] classes = new int[64];
    private boolean[] candidate = new boolean[64];
    private boolean[] initial = new boolean[64];

    /**
     * Lexicon entries (tag and classes) of words met lately, direct-mapped by hash. Why: the
     * lexicon's table is about 2 MB, so a probe of it mostly misses the CPU cache, while the words
     * of running text repeat ("the", "patient", "Dr"); 4,096 entries fit in 32 KB. Per thread, as
     * this view is; it only memoizes {@link Lexicon#classes}, so results are the same.
     */
    private final long[] recent = new long[RECENT];
    private static final int RECENT_BITS = 12;
    private static final int RECENT = 1 << RECENT_BITS;

    public TokenFeatures(NameTokens tokens, Lexicon lexicon) {
        this(lexicon);
        reset(tokens);
    }

    /** An empty view over {@code lexicon}, to be filled by {@link #reset}. */
    public TokenFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Looks up and gates the tokens of {@code tokens}, replacing the previous contents; the arrays
     * are kept and grown as needed, so a per-thread instance allocates nothing per text.
     */
    public TokenFeatures reset(NameTokens tokens) {
        this.tokens = tokens;
        int n = tokens.size();
        if (classes.length < n) {
            int cap = Math.max(n, classes.length * 2);
            classes = new int[cap];
            candidate = new boolean[cap];
            initial = new boolean[cap];
        }
        // one forward pass: lexicon classes and sentence starts (a word is initial after a line
        // break, the start of the text, or ". ! ? : ; •", possibly behind opening quotes/brackets)
        boolean atStart = true;
        for (int i = 0; i < n; i++) {
            if (tokens.newlineBefore(i)) {
                atStart = true;
            }
            int s = tokens.shape(i);
            classes[i] = 0;
            initial[i] = false;
            candidate[i] = false;
            if (s == NameTokens.PUNCT) {
                char c = tokens.charAt(tokens.start(i));
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2022') {
                    atStart = true;
                } else if (!(c == '"' || c == '(' || c == '[' || c == '\'' || c == '*' || c == '-' || c == '\u201c')) {
                    atStart = false;
                }
                continue;
            }
            if (s == NameTokens.DIGITS) {
                atStart = false;
                continue;
            }
            initial[i] = atStart;
            atStart = false;
            // In mixed-case text a long lower-case word matters only if it is a name typed in lower
            // case ("thanks walter!"); the lexicon's small name filter rules out most such words
            // without a probe of the whole table, which would miss the cache.
            if (tokens.mode(i) == NameTokens.MODE_MIXED && (s == NameTokens.LOWER || s == NameTokens.SINGLE_LOWER)
                    && tokens.length(i) > LOOKUP_MAX_LOWER
                    && !lexicon.mayBeName(tokens.hash(i))) {
                continue;
            }
            classes[i] = classesOf(tokens.hash(i));
        }
        for (int i = 0; i < n; i++) {
            candidate[i] = tokens.isWord(i) && wordCandidate(i);
        }
        for (int i = 1; i < n; i++) {
            if (!candidate[i] && tokens.shape(i) == NameTokens.PUNCT && candidate[i - 1] && !tokens.spaceBefore(i)) {
                candidate[i] = punctCandidate(i);
            }
        }
        for (int i = 2; i < n; i++) {
            // the possessive "s" inside "St. Mary's Hospital" continues the name
            if (!candidate[i] && candidate[i - 1] && tokens.shape(i - 1) == NameTokens.PUNCT
                    && !tokens.spaceBefore(i) && (tokens.is(i, "s")) && tokens.isPunct(i - 1, '\'')) {
                candidate[i] = true;
            }
        }
        bridgeConnectors(n);
        return this;
    }

    /**
     * Lower-case connectors between two candidates become candidates too, so that "Bank of
     * America", "Chiclana de la Frontera" and "William ten Pas" can be one name.
     */
    private void bridgeConnectors(int n) {
        for (int i = 1; i < n - 1; i++) {
            if (candidate[i] || !candidate[i - 1] || !connector(i)) {
                continue;
            }
            int j = i + 1;
            if (j < n && !candidate[j] && connector(j)) {
                j++;
            }
            if (j < n && j - i <= 2 && candidate[j] && tokens.isWord(j)) {
                for (int k = i; k < j; k++) {
                    candidate[k] = true;
                }
            }
        }
    }

    private boolean connector(int i) {
        if (tokens.shape(i) == NameTokens.PUNCT) {
            return tokens.isPunct(i, '&');
        }
        int s = tokens.shape(i);
        if (s != NameTokens.LOWER && s != NameTokens.SINGLE_LOWER && tokens.mode(i) == NameTokens.MODE_MIXED) {
            return false;
        }
        if (tokens.length(i) > 3) {
            return false;
        }
        if ((classes[i] & Lexicon.PARTICLE) != 0) {
            return true;
        }
        long h = tokens.hash(i);
        for (long c : CONNECTORS) {
            if (h == c) {
                return true;
            }
        }
        return false;
    }

    /** Hashes ({@link NameTokens#hashOf}) of the short words that join names ("Bank of America"); particles are a lexicon class. */
    private static final long[] CONNECTORS = java.util.stream.Stream.of("of", "and", "the", "for", "u", "nad", "sur", "am")
            .mapToLong(NameTokens::hashOf).toArray();

    public NameTokens tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public boolean candidate(int i) {
        return candidate[i];
    }

    public int classes(int i) {
        return classes[i];
    }

    /** The lexicon classes of token {@code i}, looked up even where the gate skipped the probe. */
    int lookup(int i) {
        return tokens.isWord(i) ? classesOf(tokens.hash(i)) : 0;
    }

    /** {@link Lexicon#classes} of hash {@code h}, through {@link #recent}. */
    private int classesOf(long h) {
        long tag = Lexicon.tag(h);
        int i = (int) ((tag * 0x9E37_79B9_7F4A_7C15L) >>> (64 - RECENT_BITS));
        long e = recent[i];
        if ((e & ~Lexicon.CLASSES_OF_SLOT) == tag) {
            return (int) (e & Lexicon.CLASSES_OF_SLOT);
        }
        int c = lexicon.classes(h);
        recent[i] = tag | c;
        return c;
    }

    private boolean wordCandidate(int i) {
        int c = classes[i];
        int s = tokens.shape(i);
        int mode = tokens.mode(i);
        boolean entity = (c & Lexicon.ENTITY_CLASSES) != 0;
        boolean common = (c & (Lexicon.COMMON | Lexicon.STOP)) != 0;
        if (afterHonorific(i)) {
            return true;
        }
        if ((c & Lexicon.STOP) != 0 && sentenceInitial(i) && !nextWordCapitalized(i)) {
            // "So where...", "Oh do they...": function words that happen to be on a name list
            return false;
        }
        if (mode == NameTokens.MODE_MIXED) {
            boolean lowerish = s == NameTokens.LOWER || s == NameTokens.SINGLE_LOWER;
            if ((c & Lexicon.CLINICAL) != 0 && (c & Lexicon.ENTITY_CLASSES) == 0) {
                // clinical shorthand, field labels, relatives ("BP", "DOB", "Wife"): context, never the name
                return false;
            }
            if (lowerish && tokens.length(i) > LOOKUP_MAX_LOWER) {
                // a name typed in lower case: a given name, or a surname right after one
                boolean first = (c & Lexicon.FIRST_NAME) != 0;
                boolean afterFirst = (c & Lexicon.LAST_NAME) != 0 && i > 0 && candidate[i - 1]
                        && (classes[i - 1] & Lexicon.FIRST_NAME) != 0;
                return (first || afterFirst) && !common;
            }
            if (!lowerish) {
                // a capitalised common word opening a sentence ("During", "Cardiology (...)") is not
                // a name unless a name list has it or a capitalised word follows ("Liquid Robotics")
                boolean named = (c & Lexicon.ENTITY_CLASSES & ~WEAK_CLASSES) != 0;
                if (!named && common && sentenceInitial(i) && !nextWordCapitalized(i)) {
                    return false;
                }
                return true;
            }
            return entity && !common;
        }
        if ((c & Lexicon.STOP) != 0) {
            return false;
        }
        if (common && (c & Lexicon.ENTITY_CLASSES & ~(Lexicon.JOB | Lexicon.PLACE_WORD)) == 0) {
            // in lower/upper case text a common word that is only a job or place word ("man",
            // "new") is almost never part of a name
            return false;
        }
        if (s == NameTokens.SINGLE_LOWER || (mode == NameTokens.MODE_UPPER && s == NameTokens.SINGLE_UPPER)) {
            return entity;
        }
        return entity || (c & (Lexicon.COMMON | Lexicon.CALENDAR | Lexicon.CLINICAL)) == 0;
    }

    /** A period, hyphen, apostrophe or ampersand glued to a candidate: "Mr.", "Sanders-Gill", "O'Brien". */
    private boolean punctCandidate(int i) {
        char c = tokens.charAt(tokens.start(i));
        if (c == '.') {
            // only after an abbreviation ("Mr.", "Jr.", "Ltd.", "St.", an initial): a period after
            // any other word ends the sentence, not the name
            int w = i - 1;
            int cls = classes[w];
            return tokens.isWord(w) && ((cls & (Lexicon.HONORIFIC | Lexicon.NAME_SUFFIX | Lexicon.ORG_SUFFIX
                    | Lexicon.PLACE_WORD | Lexicon.PARTICLE)) != 0 || tokens.length(w) == 1);
        }
        if (c == '-' || c == '\'' || c == '\u2019' || c == '&') {
            int n = tokens.size();
            return i + 1 < n && !tokens.spaceBefore(i + 1) && tokens.isWord(i + 1);
        }
        return false;
    }

    private boolean afterHonorific(int i) {
        int p = i - 1;
        if (p >= 0 && tokens.isPunct(p, '.')) {
            p--;
        }
        return p >= 0 && tokens.isWord(p) && (classes[p] & Lexicon.HONORIFIC) != 0;
    }

    /** Whether word {@code i} is the first word of a sentence, a line, or follows a colon or an opening quote. */
    public boolean sentenceInitial(int i) {
        return initial[i];
    }

    private boolean nextWordCapitalized(int i) {
        int j = i + 1;
        if (j >= tokens.size() || !tokens.isWord(j)) {
            return false;
        }
        int s = tokens.shape(j);
        return s == NameTokens.CAPITALIZED || s == NameTokens.UPPER || s == NameTokens.MIXED || s == NameTokens.SINGLE_UPPER;
    }

    // ---- features ----

    private static final int T_BIAS = 1;
    private static final int T_WORD = 2;
    private static final int T_SHAPE = 3;
    private static final int T_SUF3 = 5;
    private static final int T_CLASS = 8;
    private static final int T_CLASS_SHAPE = 9;
    private static final int T_UNKNOWN_SHAPE = 10;
    private static final int T_WM1 = 11;
    private static final int T_WP1 = 12;
    private static final int T_BIGRAM_BEFORE = 15;
    private static final int T_BIGRAM_AFTER = 16;
    private static final int T_SHAPE_M1 = 17;
    private static final int T_SHAPE_P1 = 18;
    private static final int T_CLASS_M1 = 19;
    private static final int T_CLASS_P1 = 20;
    private static final int T_SENT_START = 21;
    private static final int T_GLUE = 22;
    private static final int T_LENGTH = 23;
    private static final int T_NON_ASCII = 24;
    private static final int T_LINE = 25;
    private static final int T_CAND_NEIGHBOURS = 26;
    private static final int T_CLASS_COUNT = 27;
    private static final int T_CLASS_M2 = 28;
    private static final int T_CLASS_P2 = 29;
    private static final int T_COMPOUND = 30;

    /**
     * Writes the hashed feature ids of token {@code i} into {@code out} (at least
     * {@link #MAX_FEATURES} long) and returns how many there are.
     */
    public int features(int i, int[] out) {
        return features(i, out, false, false);
    }

    /**
     * As {@link #features(int, int[])}; the builder can drop the token's own word and lexicon
     * features ("dropout") so the model learns to find names it has never seen from their context.
     */
    public int features(int i, int[] out, boolean dropWord, boolean dropClasses) {
        int n = 0;
        int shape = tokens.shape(i);
        int c = dropClasses ? (classes[i] & (Lexicon.COMMON | Lexicon.STOP)) : classes[i];
        int mode = tokens.mode(i);
        int modeShape = shape * 3 + mode;
        out[n++] = d(T_BIAS, 0);
        if (shape == NameTokens.PUNCT) {
            // a mark inside a name ("Mr.", "O'Brien", "Sanders-Gill"): a few low-cardinality features
            out[n++] = f(T_WORD, tokens.hash(i));
            out[n++] = d(T_SHAPE_M1, shapeAt(i - 1) * 3 + mode);
            out[n++] = d(T_SHAPE_P1, shapeAt(i + 1) * 3 + mode);
            n = classFeatures(T_CLASS_M1, i - 1, out, n, 4);
            int glue = (i + 1 < tokens.size() && !tokens.spaceBefore(i + 1) ? 2 : 0)
                    + (i + 1 < tokens.size() && tokens.newlineBefore(i + 1) ? 1 : 0);
            out[n++] = d(T_GLUE, 8 + glue);
            return n;
        }
        if (!dropWord) {
            out[n++] = f(T_WORD, tokens.hash(i));
        }
        out[n++] = d(T_SHAPE, modeShape);
        int len = tokens.length(i);
        if (len >= 4) {
            // one suffix feature: "-ova", "-son", "-ville", "-tech" generalise to unseen names
            out[n++] = f(T_SUF3, affix(i, len - 3, len));
        }
        int bits = 0;
        for (int rest = c; rest != 0 && bits < 6; rest &= rest - 1) {
            int b = Integer.numberOfTrailingZeros(rest);
            out[n++] = d(T_CLASS, b);
            if (bits < 2) {
                out[n++] = d(T_CLASS_SHAPE, b * MODE_SHAPES + modeShape);
            }
            bits++;
        }
        out[n++] = d(T_CLASS_COUNT, Math.min(bits, 4) * MODE_SHAPES + modeShape);
        if ((c & ~(Lexicon.COMMON | Lexicon.STOP | Lexicon.CALENDAR)) == 0) {
            out[n++] = d(T_UNKNOWN_SHAPE, ((c & (Lexicon.COMMON | Lexicon.STOP)) != 0 ? MODE_SHAPES : 0) + modeShape);
            if (c == 0 && len >= 7 && tokens.isWord(i) && isCompound(i, len)) {
                out[n++] = d(T_COMPOUND, modeShape);
            }
        }
        long wm1 = word(i - 1);
        long wp1 = word(i + 1);
        out[n++] = f(T_WM1, wm1);
        out[n++] = f(T_WP1, wp1);
        out[n++] = f(T_BIGRAM_BEFORE, word(i - 2) * 31 + wm1);
        out[n++] = f(T_BIGRAM_AFTER, wp1 * 31 + word(i + 2));
        out[n++] = d(T_SHAPE_M1, shapeAt(i - 1) * 3 + mode);
        out[n++] = d(T_SHAPE_P1, shapeAt(i + 1) * 3 + mode);
        n = classFeatures(T_CLASS_M1, i - 1, out, n, 4);
        n = classFeatures(T_CLASS_P1, i + 1, out, n, 4);
        n = classFeatures(T_CLASS_M2, i - 2, out, n, 2);
        n = classFeatures(T_CLASS_P2, i + 2, out, n, 2);
        out[n++] = d(T_SENT_START, (initial[i] ? MODE_SHAPES : 0) + modeShape);
        int glue = (i > 0 && !tokens.spaceBefore(i) ? 1 : 0) + (i + 1 < tokens.size() && !tokens.spaceBefore(i + 1) ? 2 : 0);
        out[n++] = d(T_GLUE, glue);
        out[n++] = d(T_LENGTH, Math.min(len, 12));
        if (tokens.nonAscii(i)) {
            out[n++] = d(T_NON_ASCII, 1);
        }
        int line = (tokens.newlineBefore(i) ? 1 : 0) + (i + 1 >= tokens.size() || tokens.newlineBefore(i + 1) ? 2 : 0);
        out[n++] = d(T_LINE, line);
        int cand = (i > 0 && candidate[i - 1] ? 1 : 0) + (i + 1 < tokens.size() && candidate[i + 1] ? 2 : 0);
        out[n++] = d(T_CAND_NEIGHBOURS, cand);
        return n;
    }

    private int classFeatures(int template, int j, int[] out, int n, int max) {
        if (j < 0 || j >= tokens.size()) {
            return n;
        }
        int kept = 0;
        for (int rest = classes[j]; rest != 0 && kept < max; rest &= rest - 1) {
            out[n++] = d(template, Integer.numberOfTrailingZeros(rest));
            kept++;
        }
        return n;
    }

    private long word(int j) {
        if (j < 0) {
            return BOS;
        }
        if (j >= tokens.size()) {
            return EOS;
        }
        return tokens.hash(j);
    }

    private int shapeAt(int j) {
        if (j < 0 || j >= tokens.size()) {
            return NameTokens.SHAPES;
        }
        if (tokens.shape(j) == NameTokens.PUNCT) {
            // punctuation identity matters more than its shape: ',' vs '.' vs '-'
            char c = tokens.charAt(tokens.start(j));
            return NameTokens.SHAPES + 1 + (c & 0x3f);
        }
        return tokens.shape(j);
    }

    /** Whether an unknown word is two common words glued together ("Karmadata", "Simpletuition"). */
    private boolean isCompound(int i, int len) {
        for (int suffix = 3; suffix <= 7 && len - suffix >= 3; suffix++) {
            if ((lexicon.classes(plainHash(i, len - suffix, len)) & Lexicon.COMMON) != 0
                    && (lexicon.classes(plainHash(i, 0, len - suffix)) & Lexicon.COMMON) != 0) {
                return true;
            }
        }
        return false;
    }

    /** {@link NameTokens#hashOf} of the lower-cased chars {@code [from, to)} of token {@code i}. */
    private long plainHash(int i, int from, int to) {
        int s = tokens.start(i);
        long h = NameTokens.FNV_OFFSET;
        for (int k = from; k < to; k++) {
            char ch = tokens.charAt(s + k);
            ch = ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(ch);
            h = (h ^ ch) * NameTokens.FNV_PRIME;
        }
        return h;
    }

    private long affix(int i, int from, int to) {
        int s = tokens.start(i);
        long h = NameTokens.FNV_OFFSET;
        for (int k = from; k < to; k++) {
            char ch = tokens.charAt(s + k);
            ch = ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(ch);
            h = (h ^ ch) * NameTokens.FNV_PRIME;
        }
        return h + (to - from);
    }

    /**
     * A feature of a high-cardinality template (words, affixes, word pairs): the hashing trick,
     * into the buckets above {@link #DENSE_BUCKETS}.
     */
    static int f(int template, long value) {
        long h = value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return DENSE_BUCKETS + (int) (((h >>> 32) * (BUCKETS - DENSE_BUCKETS)) >>> 32);
    }

    /**
     * A feature of a low-cardinality template (shapes, classes, flags): a bucket of its own below
     * {@link #DENSE_BUCKETS}, so these features never collide and, being the ones every token
     * has, their weights sit together in a few kilobytes of the model that stay in cache.
     */
    static int d(int template, int value) {
        return DENSE_BASE[template] + Math.min(value, DENSE_SIZE[template] - 1);
    }

    private static final int[] DENSE_SIZE = new int[32];
    private static final int[] DENSE_BASE = new int[32];

    static {
        DENSE_SIZE[T_BIAS] = 1;
        DENSE_SIZE[T_SHAPE] = MODE_SHAPES;
        DENSE_SIZE[T_CLASS] = MAX_CLASSES;
        DENSE_SIZE[T_CLASS_SHAPE] = MAX_CLASSES * MODE_SHAPES;
        DENSE_SIZE[T_CLASS_COUNT] = 5 * MODE_SHAPES;
        DENSE_SIZE[T_UNKNOWN_SHAPE] = 2 * MODE_SHAPES;
        DENSE_SIZE[T_COMPOUND] = MODE_SHAPES;
        DENSE_SIZE[T_SHAPE_M1] = (NameTokens.SHAPES + 1 + 64) * 3;
        DENSE_SIZE[T_SHAPE_P1] = (NameTokens.SHAPES + 1 + 64) * 3;
        DENSE_SIZE[T_CLASS_M1] = MAX_CLASSES;
        DENSE_SIZE[T_CLASS_P1] = MAX_CLASSES;
        DENSE_SIZE[T_CLASS_M2] = MAX_CLASSES;
        DENSE_SIZE[T_CLASS_P2] = MAX_CLASSES;
        DENSE_SIZE[T_SENT_START] = 2 * MODE_SHAPES;
        DENSE_SIZE[T_GLUE] = 16;
        DENSE_SIZE[T_LENGTH] = 13;
        DENSE_SIZE[T_NON_ASCII] = 2;
        DENSE_SIZE[T_LINE] = 4;
        DENSE_SIZE[T_CAND_NEIGHBOURS] = 4;
        int base = 0;
        for (int t = 0; t < DENSE_SIZE.length; t++) {
            DENSE_BASE[t] = base;
            base += DENSE_SIZE[t];
        }
        if (base > DENSE_BUCKETS) {
            throw new IllegalStateException("dense feature templates overflow their buckets");
        }
    }
}
