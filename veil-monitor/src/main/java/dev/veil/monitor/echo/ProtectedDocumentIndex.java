package dev.veil.monitor.echo;

import dev.veil.core.SecretBytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Fingerprints of confidential documents (policy manuals, contracts, internal code) that answers
 * must not reproduce. Documents are cut into shingles of {@code k} normalised words, hashed with a
 * keyed hash and winnowed; only the selected 64-bit fingerprints, their positions and the
 * documents' ids are kept.
 *
 * <p>Guarantees: the index never holds document text, and without the key its fingerprints cannot
 * be tested against guessed phrases. It is immutable and thread-safe; registering documents builds
 * a new index ({@link #toBuilder()} starts from this one's fingerprints, not from text).
 *
 * <p>Layout: fingerprints sorted into {@code 2^b} buckets by their top bits (a counting sort), so a
 * lookup reads one short, contiguous slice of three primitive arrays: about 16 bytes per
 * fingerprint, a few hundred thousand lookups per millisecond.
 */
public final class ProtectedDocumentIndex {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

    private final SecretBytes key;
    private final KeyParameter wordKey;
    private final int k;
    private final int w;
    private final String[] docIds;
    private final int[] docFingerprints;
    private final int bucketBits;
    private final int[] bucketStart;
    private final long[] hashes;
    private final int[] docs;
    private final int[] positions;

    private ProtectedDocumentIndex(SecretBytes key, int k, int w, String[] docIds, int[] docFingerprints,
                                   long[] rawHashes, int[] rawDocs, int[] rawPositions, int n) {
        this.key = key;
        this.wordKey = Fingerprinter.wordKey(key);
        this.k = k;
        this.w = w;
        this.docIds = docIds;
        this.docFingerprints = docFingerprints;
        int bits = 8;
        while (bits < 24 && (1 << bits) < n) {
            bits++;
        }
        this.bucketBits = bits;
        int buckets = 1 << bits;
        int[] start = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            start[bucket(rawHashes[i]) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = Arrays.copyOf(start, buckets);
        long[] h = new long[n];
        int[] d = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            int at = fill[bucket(rawHashes[i])]++;
            h[at] = rawHashes[i];
            d[at] = rawDocs[i];
            p[at] = rawPositions[i];
        }
        this.bucketStart = start;
        this.hashes = h;
        this.docs = d;
        this.positions = p;
    }

    private int bucket(long hash) {
        return (int) (hash >>> (64 - bucketBits));
    }

    /** Starts an index whose fingerprints are keyed with {@code key} (at least 16 bytes). */
    public static Builder builder(SecretBytes key) {
        return new Builder(key, 5, 4);
    }

    /** A builder holding this index's documents, to which more can be added. */
    public Builder toBuilder() {
        Builder b = new Builder(key, k, w);
        for (int i = 0; i < hashes.length; i++) {
            b.append(hashes[i], docs[i], positions[i]);
        }
        b.ids.addAll(Arrays.asList(docIds));
        b.idSet.addAll(Arrays.asList(docIds));
        for (int f : docFingerprints) {
            b.fingerprintsPerDoc.add(f);
        }
        return b;
    }

    public int documents() {
        return docIds.length;
    }

    public int fingerprints() {
        return hashes.length;
    }

    /** Approximate heap used by the fingerprint arrays, in bytes. */
    public long memoryBytes() {
        return hashes.length * 16L + bucketStart.length * 4L;
    }

    int shingleWords() {
        return k;
    }

    int window() {
        return w;
    }

    String docId(int doc) {
        return docIds[doc];
    }

    /** A fresh scanner for one answer (streamed or whole). */
    public EchoScanner scanner(EchoPolicy policy) {
        return new EchoScanner(this, new Fingerprinter(wordKey), policy);
    }

    /** Checks a whole answer; returns the matched documents with their final run and containment. */
    public List<EchoMatch> check(String answer, EchoPolicy policy) {
        EchoScanner s = scanner(policy);
        s.feed(answer);
        s.finish();
        return s.matches();
    }

    /** Calls {@code visit} for every (document, position) holding {@code hash}, unless it is boilerplate. */
    void postings(long hash, int maxPostings, PostingVisitor visit) {
        int b = bucket(hash);
        int from = bucketStart[b];
        int to = bucketStart[b + 1];
        int count = 0;
        for (int i = from; i < to; i++) {
            if (hashes[i] == hash) {
                count++;
            }
        }
        if (count == 0 || count > maxPostings) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (hashes[i] == hash) {
                visit.posting(docs[i], positions[i]);
            }
        }
    }

    @FunctionalInterface
    interface PostingVisitor {
        void posting(int doc, int position);
    }

    @Override
    public String toString() {
        return "ProtectedDocumentIndex[" + docIds.length + " documents, " + hashes.length + " fingerprints]";
    }

    /** Collects documents; the text is fingerprinted immediately and not kept. Not thread-safe. */
    public static final class Builder {
        private final SecretBytes key;
        private final Fingerprinter fingerprinter;
        private int k;
        private int w;
        private final List<String> ids = new ArrayList<>();
        private final Set<String> idSet = new HashSet<>();
        private final List<Integer> fingerprintsPerDoc = new ArrayList<>();
        private long[] h = new long[1024];
        private int[] d = new int[1024];
        private int[] p = new int[1024];
        private int n;

        private Builder(SecretBytes key, int k, int w) {
            this.key = Objects.requireNonNull(key, "key");
            if (key.length() < 16) {
                throw new IllegalArgumentException("echo index key must be at least 16 bytes");
            }
            this.fingerprinter = new Fingerprinter(key);
            this.k = k;
            this.w = w;
        }

        /**
         * Shingle length {@code k} in words and winnowing window {@code w}. Requires
         * {@code k >= w} so that a gap of more than {@code w} between matched fingerprints proves
         * a break in a copied run. Defaults 5 and 4. Only before the first document.
         */
        public Builder shingles(int shingleWords, int window) {
            if (!ids.isEmpty()) {
                throw new IllegalStateException("shingle settings must be chosen before adding documents");
            }
            if (window < 1 || shingleWords < window) {
                throw new IllegalArgumentException("need shingleWords >= window >= 1");
            }
            this.k = shingleWords;
            this.w = window;
            return this;
        }

        /** Fingerprints {@code text} as document {@code id}; the text is not retained. */
        public Builder add(String id, CharSequence text) {
            if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
                throw new IllegalArgumentException("document id must match " + ID.pattern());
            }
            if (!idSet.add(id)) {
                throw new IllegalArgumentException("document id registered twice: " + id);
            }
            int doc = ids.size();
            ids.add(id);
            int before = n;
            Winnower win = new Winnower(k, w, (hash, pos) -> append(hash, doc, pos));
            fingerprinter.words(text, win::word);
            win.finish();
            fingerprintsPerDoc.add(n - before);
            return this;
        }

        private void append(long hash, int doc, int pos) {
            if (n == h.length) {
                h = Arrays.copyOf(h, n * 2);
                d = Arrays.copyOf(d, n * 2);
                p = Arrays.copyOf(p, n * 2);
            }
            h[n] = hash;
            d[n] = doc;
            p[n] = pos;
            n++;
        }

        public ProtectedDocumentIndex build() {
            int[] per = fingerprintsPerDoc.stream().mapToInt(Integer::intValue).toArray();
            return new ProtectedDocumentIndex(key, k, w, ids.toArray(String[]::new), per, h, d, p, n);
        }
    }
}
