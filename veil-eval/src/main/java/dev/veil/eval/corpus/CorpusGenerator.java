package dev.veil.eval.corpus;

import dev.veil.eval.LabeledDoc;
import java.util.List;

/**
 * The synthetic labelled corpus: a seeded mix of clinical notes, bank letters, support chats, HR
 * e-mails, source/config files and short sentences, each document with exhaustive gold spans.
 * The same seed always yields the same documents, in the same order.
 *
 * <pre>{@code
 * CorpusGenerator g = CorpusGenerator.withSeed(42);
 * LabeledDoc d = g.next();          // a document of 150-1500 chars, any genre
 * LabeledDoc b = g.nextOfSize(500); // about 500 chars (benchmark corpus)
 * }</pre>
 *
 * <p>Not thread-safe: one generator per thread.
 */
public final class CorpusGenerator {
    private final Values values;
    private final List<Genre> genres;
    private final double[] weights;
    private final ShortSentences sentences;
    private long count;

    private CorpusGenerator(long seed) {
        this.values = new Values(seed);
        this.sentences = new ShortSentences(values);
        this.genres = List.of(new ClinicalNotes(values), new BankLetters(values), new SupportChats(values),
                new HrEmails(values), new SourceAndConfig(values), sentences);
        this.weights = new double[] {0.30, 0.15, 0.15, 0.15, 0.10, 0.15};
    }

    public static CorpusGenerator withSeed(long seed) {
        return new CorpusGenerator(seed);
    }

    /** Names of the genres, in the order of the mix. */
    public List<String> genres() {
        return genres.stream().map(Genre::name).toList();
    }

    /** A document of a random genre; long genres aim at 150-1500 chars, sentences are single. */
    public LabeledDoc next() {
        Genre g = pickGenre();
        int target = g == sentences ? 0 : values.rng.between(150, 1500);
        return g.write(nextId(), target);
    }

    /** A document of a random genre, about {@code chars} long (it stops at the first sentence past it). */
    public LabeledDoc nextOfSize(int chars) {
        return pickGenre().write(nextId(), chars - 60);
    }

    /** A short Presidio-style record (one or two sentences, about {@code chars} long). */
    public LabeledDoc nextRecord(int chars) {
        return sentences.write(nextId(), chars - 40);
    }

    private Genre pickGenre() {
        double r = values.rng.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return genres.get(i);
            }
        }
        return genres.get(genres.size() - 1);
    }

    private String nextId() {
        return "s" + (count++);
    }
}
