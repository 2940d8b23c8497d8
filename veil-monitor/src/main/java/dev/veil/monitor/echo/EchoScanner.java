package dev.veil.monitor.echo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one answer against a {@link ProtectedDocumentIndex}, incrementally, so a stream can be
 * checked chunk by chunk with the same result as the whole answer.
 *
 * <p>For each fingerprint of the answer, every document position holding it is a point on a
 * diagonal (document position minus answer position). Consecutive points on one diagonal at most
 * {@code w} shingles apart belong to one copied run: with {@code k >= w}, a changed word would
 * open a gap of more than {@code k} shingles. The run's length in words is estimated as
 * {@code last - first + k}, a lower bound. Containment is the share of the answer's fingerprints
 * found in a document, judged at {@link #finish()}.
 *
 * <p>Not thread-safe: one scanner per answer. Feed text in order; a word cut between two feeds is
 * held back until the next one.
 */
public final class EchoScanner {
    private final ProtectedDocumentIndex index;
    private final Fingerprinter fingerprinter;
    private final EchoPolicy policy;
    private final Winnower winnower;
    private final int k;
    private final int w;
    /** (doc << 32 | diagonal) -> (first << 32 | last) answer shingle positions of the current chain. */
    private final LongLongMap chains = new LongLongMap(256);
    /** doc -> slot in the three per-document arrays below. */
    private final LongLongMap docSlot = new LongLongMap(64);
    private int[] slotDoc = new int[16];
    private int[] matched = new int[16];
    private int[] bestRun = new int[16];
    private int[] lastCounted = new int[16];
    private int slots;
    private final Map<Integer, EchoMatch> reported = new HashMap<>();
    private final StringBuilder partialWord = new StringBuilder();
    private final List<EchoMatch> fresh = new ArrayList<>();
    private int answerFingerprints;

    EchoScanner(ProtectedDocumentIndex index, Fingerprinter fingerprinter, EchoPolicy policy) {
        this.index = index;
        this.fingerprinter = fingerprinter;
        this.policy = policy;
        this.k = index.shingleWords();
        this.w = index.window();
        this.winnower = new Winnower(k, w, this::onFingerprint);
    }

    /** Feeds the next piece of the answer; returns documents whose run test fired just now. */
    public List<EchoMatch> feed(CharSequence text) {
        int end = text.length();
        while (end > 0 && Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            partialWord.append(text);
            return List.of();
        }
        CharSequence head = partialWord.isEmpty() ? text.subSequence(0, end)
                : new StringBuilder(partialWord).append(text, 0, end);
        partialWord.setLength(0);
        partialWord.append(text, end, text.length());
        fingerprinter.words(head, winnower::word);
        return drain();
    }

    /** Ends the answer; returns documents newly matched by run or by containment. */
    public List<EchoMatch> finish() {
        if (!partialWord.isEmpty()) {
            fingerprinter.words(partialWord, winnower::word);
            partialWord.setLength(0);
        }
        winnower.finish();
        if (answerFingerprints >= policy.minFingerprints()) {
            for (int slot = 0; slot < slots; slot++) {
                double c = (double) matched[slot] / answerFingerprints;
                if (c >= policy.containment() && !reported.containsKey(slotDoc[slot])) {
                    report(slotDoc[slot], bestRun[slot], false);
                }
            }
        }
        return drain();
    }

    /** Every document matched so far, with its current figures (final after {@link #finish()}), by id. */
    public List<EchoMatch> matches() {
        List<EchoMatch> out = new ArrayList<>();
        for (Map.Entry<Integer, EchoMatch> e : reported.entrySet()) {
            int slot = (int) docSlot.get(e.getKey());
            double c = answerFingerprints == 0 ? 0 : (double) matched[slot] / answerFingerprints;
            out.add(new EchoMatch(e.getValue().documentId(), bestRun[slot], c, e.getValue().byRun()));
        }
        out.sort(java.util.Comparator.comparing(EchoMatch::documentId));
        return out;
    }

    private List<EchoMatch> drain() {
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<EchoMatch> out = List.copyOf(fresh);
        fresh.clear();
        return out;
    }

    private void onFingerprint(long hash, int pos) {
        answerFingerprints++;
        index.postings(hash, policy.maxPostings(), (doc, docPos) -> {
            int slot = slotFor(doc);
            if (lastCounted[slot] != pos) {
                matched[slot]++;
                lastCounted[slot] = pos;
            }
            long key = ((long) doc << 32) | ((docPos - pos) & 0xFFFFFFFFL);
            long chain = chains.get(key);
            int first = pos;
            if (chain != LongLongMap.MISSING && pos - (int) (chain & 0xFFFFFFFFL) <= w) {
                first = (int) (chain >>> 32);
            }
            chains.put(key, ((long) first << 32) | (pos & 0xFFFFFFFFL));
            int run = pos - first + k;
            if (run > bestRun[slot]) {
                bestRun[slot] = run;
            }
            if (run >= policy.minRunWords() && !reported.containsKey(doc)) {
                report(doc, run, true);
            }
        });
    }

    private int slotFor(int doc) {
        long s = docSlot.get(doc);
        if (s != LongLongMap.MISSING) {
            return (int) s;
        }
        if (slots == slotDoc.length) {
            int n = slots * 2;
            slotDoc = java.util.Arrays.copyOf(slotDoc, n);
            matched = java.util.Arrays.copyOf(matched, n);
            bestRun = java.util.Arrays.copyOf(bestRun, n);
            lastCounted = java.util.Arrays.copyOf(lastCounted, n);
        }
        slotDoc[slots] = doc;
        lastCounted[slots] = -1;
        docSlot.put(doc, slots);
        return slots++;
    }

    private void report(int doc, int run, boolean byRun) {
        double c = answerFingerprints == 0 ? 0 : (double) matched[(int) docSlot.get(doc)] / answerFingerprints;
        EchoMatch m = new EchoMatch(index.docId(doc), run, c, byRun);
        reported.put(doc, m);
        fresh.add(m);
    }

    @Override
    public String toString() {
        return "EchoScanner[" + answerFingerprints + " fingerprints, " + reported.size() + " matches]";
    }
}
