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
    /**
     * Noun for a person or group of people ("patient", "woman", "voters"): a nationality or belief
     * before it describes people (NRP), before other nouns it describes a thing ("American film").
     */
    public static final int PERSON_NOUN = 1 << 21;
    public static final int CLASSES = 22;

    /** Classes that make a word a candidate whatever its case. */
    public static final int ENTITY_CLASSES = FIRST_NAME | LAST_NAME | CITY | REGION | COUNTRY | NATIONALITY | BELIEF
            | ORG_SUFFIX | ORG_WORD | FACILITY | JOB | HONORIFIC | NAME_SUFFIX | PROPER | PLACE_WORD | HOSPITAL_PART;

    private static final int MAGIC = 0x56454c59; // "VELY"

    /** Bits of a slot holding the classes; the rest holds the upper bits of the word's hash. */
    private static final int CLASS_BITS = 24;
    private static final long CLASS_MASK = (1L << CLASS_BITS) - 1;

    /**
     * Open addressing; each slot packs a hash tag (upper 40 bits of the word hash) and the word's
     * classes (lower 24 bits), so a lookup touches one array and usually one cache line.
     */
    private final long[] slots;
    private final int mask;
    /**
     * One bit per {@link #NAME_FILTER_BITS}-bit slice of the hash: set for words on a name list
     * that are not common words. 128 KB instead of the whole table, so the tagger can rule out
     * most lower-case words ("secretions", "customer") without a probe that misses the cache.
     */
    private long[] nameFilter;

    private static final int NAME_FILTER_BITS = 20;

    private Lexicon(long[] slots) {
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    /**
     * Whether the word whose hash is {@code h} may be a first name or surname that is not a common
     * word (false positives possible, no false negatives).
     */
    public boolean mayBeName(long h) {
        int b = nameBit(tag(h));
        return (nameFilter[b >>> 6] & (1L << b)) != 0;
    }

    private static int nameBit(long tag) {
        return (int) (tag >>> (64 - NAME_FILTER_BITS));
    }

    /** Builds {@link #nameFilter} from the slots (after loading or building). */
    private Lexicon withNameFilter() {
        long[] f = new long[(1 << NAME_FILTER_BITS) >>> 6];
        for (long slot : slots) {
            if ((slot & (FIRST_NAME | LAST_NAME)) != 0 && (slot & (COMMON | STOP)) == 0) {
                int b = nameBit(slot & ~CLASS_MASK);
                f[b >>> 6] |= 1L << b;
            }
        }
        nameFilter = f;
        return this;
    }

    /** The classes of the word whose {@link NameTokens#hash} is {@code h}; 0 if unknown. */
    public int classes(long h) {
        long tag = tag(h);
        int i = index(tag);
        while (true) {
            long slot = slots[i];
            if (slot == 0) {
                return 0;
            }
            if ((slot & ~CLASS_MASK) == tag) {
                return (int) (slot & CLASS_MASK);
            }
            i = (i + 1) & mask;
        }
    }

    private int index(long tag) {
        return (int) ((tag >>> CLASS_BITS) ^ (tag >>> 44)) & mask;
    }

    /** The class bits of a slot; the rest of it is the word's {@link #tag}. */
    static final long CLASSES_OF_SLOT = CLASS_MASK;

    /** The upper 40 bits of the hash, never zero (a zero slot means empty). */
    static long tag(long h) {
        long t = h & ~CLASS_MASK;
        return t == 0 ? 1L << CLASS_BITS : t;
    }

    public int size() {
        int n = 0;
        for (long k : slots) {
            if (k != 0) {
                n++;
            }
        }
        return n;
    }

    /** Builds a lexicon from lower-cased words and their classes. */
    public static Lexicon of(Map<String, Integer> words) {
        Lexicon lx = new Lexicon(new long[capacity(words.size())]);
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            lx.put(NameTokens.hashOf(e.getKey()), e.getValue());
        }
        return lx.withNameFilter();
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
        long tag = tag(h);
        int i = index(tag);
        while (slots[i] != 0 && (slots[i] & ~CLASS_MASK) != tag) {
            i = (i + 1) & mask;
        }
        slots[i] = tag | (slots[i] & CLASS_MASK) | (v & CLASS_MASK);
    }

    /** Re-inserts a packed slot (the probe start depends on the tag only). */
    private void putSlot(long slot) {
        long tag = slot & ~CLASS_MASK;
        int i = index(tag);
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = slot;
    }

    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(size());
        for (long slot : slots) {
            if (slot != 0) {
                out.writeLong(slot);
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
            if (n < 0 || n > 10_000_000 || in.remaining() != n * 8L) {
                throw new IOException("name lexicon: bad size");
            }
            Lexicon lx = new Lexicon(new long[capacity(n)]);
            for (int i = 0; i < n; i++) {
                long slot = in.getLong();
                if (slot == 0) {
                    throw new IOException("name lexicon: bad entry");
                }
                lx.putSlot(slot);
            }
            return lx.withNameFilter();
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("name lexicon: truncated", e);
        }
    }

    @Override
    public String toString() {
        return "Lexicon[" + slots.length + " slots]";
    }
}
