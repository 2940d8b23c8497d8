package dev.veil.detect.recognizers.names;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Word classes for the name tagger: for each known lower-cased word, a bit set of the lists it is
 * on (first names, surnames, cities, ...). Compiled at build time from Datafaker's locale files and
 * OpenNLP's English POS model (see {@code build.LexiconSource}); loaded once, immutable and
 * thread-safe. Lookup is one probe of an open-addressing table keyed by the 64-bit token hash of
 * {@link NameTokens}, so it costs no allocation.
 */
public final class Lexicon {
    public static final int FIRST_NAME = 1;
    public static final int LAST_NAME = 1 << 1;
    public static final int CITY = 1 << 2;
    public static final int REGION = 1 << 3;
    public static final int COUNTRY = 1 << 4;
    /** Nationality or demonym ("Nigerian", "Swedes"). */
    public static final int NATIONALITY = 1 << 5;
    /** Religious or political group ("Catholic", "Republicans"). */
    public static final int BELIEF = 1 << 6;
    /** Legal-form suffix of a company ("Inc", "Ltd", "GmbH"). */
    public static final int ORG_SUFFIX = 1 << 7;
    /** Word typical inside organization names ("Bank", "University", "Systems"). */
    public static final int ORG_WORD = 1 << 8;
    /** Word naming a care facility ("Hospital", "Clinic", "Hospice"). */
    public static final int FACILITY = 1 << 9;
    /** Word of a job title ("Manager", "Nurse", "Officer"). */
    public static final int JOB = 1 << 10;
    /** Honorific ("Mr", "Dr", "Prof"). */
    public static final int HONORIFIC = 1 << 11;
    /** Name suffix or post-nominal ("Jr", "III", "MD", "PhD"). */
    public static final int NAME_SUFFIX = 1 << 12;
    /** Common English word in its ordinary (non-name) use. */
    public static final int COMMON = 1 << 13;
    /** Word the POS model mostly tags as a proper noun. */
    public static final int PROPER = 1 << 14;
    /** Month or weekday name (a date, not a name). */
    public static final int CALENDAR = 1 << 15;
    /** Surname particle ("van", "de", "bin", "al"). */
    public static final int PARTICLE = 1 << 16;
    /** Word that starts place names ("North", "San", "Lake", "Fort"). */
    public static final int PLACE_WORD = 1 << 17;
    /** Clinical vocabulary: drug names, abbreviations ("Lasix", "CXR"). */
    public static final int CLINICAL = 1 << 18;
    /** Word of a hospital's name in Datafaker's list. */
    public static final int HOSPITAL_PART = 1 << 19;
    /** Stop word: determiners, prepositions, pronouns, auxiliaries. */
    public static final int STOP = 1 << 20;
    public static final int CLASSES = 21;

    /** Classes that make a word a candidate whatever its case. */
    public static final int ENTITY_CLASSES = FIRST_NAME | LAST_NAME | CITY | REGION | COUNTRY | NATIONALITY | BELIEF
            | ORG_SUFFIX | ORG_WORD | FACILITY | JOB | HONORIFIC | NAME_SUFFIX | PROPER | PLACE_WORD | HOSPITAL_PART;

    private static final int MAGIC = 0x56454c58; // "VELX"

    private final long[] keys;
    private final int[] values;
    private final int mask;

    private Lexicon(long[] keys, int[] values) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    /** The classes of the word whose {@link NameTokens#hash} is {@code h}; 0 if unknown. */
    public int classes(long h) {
        if (h == 0) {
            return 0;
        }
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long k = keys[i];
            if (k == h) {
                return values[i];
            }
            if (k == 0) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    public int size() {
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                n++;
            }
        }
        return n;
    }

    /** Builds a lexicon from lower-cased words and their classes. */
    public static Lexicon of(Map<String, Integer> words) {
        int cap = capacity(words.size());
        long[] keys = new long[cap];
        int[] values = new int[cap];
        Lexicon lx = new Lexicon(keys, values);
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            lx.put(NameTokens.hashOf(e.getKey()), e.getValue());
        }
        return lx;
    }

    /** Smallest power of two keeping the load factor at or below 2/3. */
    private static int capacity(int n) {
        int cap = 16;
        while (cap * 2 < n * 3) {
            cap <<= 1;
        }
        return cap;
    }

    private void put(long h, int v) {
        if (h == 0) {
            return;
        }
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != h) {
            i = (i + 1) & mask;
        }
        keys[i] = h;
        values[i] |= v;
    }

    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(size());
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                out.writeLong(keys[i]);
                out.writeInt(values[i]);
            }
        }
        out.flush();
    }

    public static Lexicon read(InputStream is) throws IOException {
        // one bulk read, then a ByteBuffer: several times faster at start-up than DataInputStream
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(is.readAllBytes());
        try {
            if (in.getInt() != MAGIC) {
                throw new IOException("name lexicon: bad header");
            }
            int n = in.getInt();
            if (n < 0 || n > 10_000_000 || in.remaining() != n * 12L) {
                throw new IOException("name lexicon: bad size");
            }
            int cap = capacity(n);
            Lexicon lx = new Lexicon(new long[cap], new int[cap]);
            for (int i = 0; i < n; i++) {
                long k = in.getLong();
                int v = in.getInt();
                lx.put(k, v);
            }
            return lx;
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("name lexicon: truncated", e);
        }
    }

    @Override
    public String toString() {
        return "Lexicon[" + keys.length + " slots]";
    }
}
