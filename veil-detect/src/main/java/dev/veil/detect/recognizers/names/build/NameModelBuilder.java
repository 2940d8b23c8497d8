package dev.veil.detect.recognizers.names.build;

import dev.veil.detect.recognizers.names.Lexicon;
import dev.veil.detect.recognizers.names.Places;
import dev.veil.detect.recognizers.names.SequenceModel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Build step (run by the exec plugin at process-classes): compiles the name lexicon and trains the
 * name tagger, writing {@code names.lexicon} and {@code names.model} next to the recognizer's
 * classes. Deterministic (fixed seed). Skipped when both files are newer than every class of the
 * names package, so repeated test runs do not retrain.
 *
 * <p>Usage: {@code NameModelBuilder <classes-dir> [--force]}
 */
public final class NameModelBuilder {
    static final long SEED = 20240917L;
    static final int DOCS = 40_000;
    static final int EPOCHS = 6;
    static final int BUCKET_BITS = dev.veil.detect.recognizers.names.TokenFeatures.BUCKET_BITS;
    /** Features whose averaged weights are all smaller than this are dropped (smaller, cache-friendly model). */
    static final float MIN_WEIGHT = 1.0f;

    private NameModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: NameModelBuilder <classes-dir> [--force]");
        }
        Path pkg = Path.of(args[0]).resolve("dev/veil/detect/recognizers/names");
        Path lexOut = pkg.resolve("names.lexicon");
        Path modelOut = pkg.resolve("names.model");
        boolean force = args.length > 1 && args[1].equals("--force");
        if (!force && upToDate(pkg, lexOut, modelOut) && Files.exists(pkg.resolve("names.places"))) {
            System.out.println("[names] lexicon and model are up to date");
            return;
        }
        long t0 = System.nanoTime();
        ValuePools pools = new ValuePools();
        Map<String, Integer> words = new LexiconSource().build(pools);
        Lexicon lexicon = Lexicon.of(words);
        long t1 = System.nanoTime();
        System.out.printf("[names] lexicon: %d words (%.1f s)%n", words.size(), (t1 - t0) / 1e9);

        SplittableRandom rnd = new SplittableRandom(SEED);
        CorpusEngine engine = new CorpusEngine(new Slots(pools, rnd, false), rnd, 0.07, 0.03, 0.04);
        List<LabeledDoc> docs = engine.generate(TrainingTemplates.ALL, DOCS);
        PerceptronTrainer trainer = new PerceptronTrainer(BUCKET_BITS, 0.4, 0.2);
        trainer.train(docs, lexicon, EPOCHS, rnd);
        SequenceModel model = trainer.model(MIN_WEIGHT);
        long t2 = System.nanoTime();
        System.out.printf("[names] model: %d features from %d documents, candidate recall of gold tokens %.4f (%.1f s)%n",
                model.features(), docs.size(),
                trainer.goldTokensCandidate / (double) Math.max(1, trainer.goldTokensCandidate + trainer.goldTokensGated),
                (t2 - t1) / 1e9);

        Files.createDirectories(pkg);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(lexOut))) {
            lexicon.write(os);
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(modelOut))) {
            model.write(os);
        }
        Path placesOut = pkg.resolve("names.places");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(placesOut))) {
            Places.write(Places.hashes(GeocoderPlaces.names()), os);
        }
        System.out.printf("[names] wrote %s (%d KB), %s (%d KB) and %s (%d KB)%n", lexOut.getFileName(),
                Files.size(lexOut) / 1024, modelOut.getFileName(), Files.size(modelOut) / 1024,
                placesOut.getFileName(), Files.size(placesOut) / 1024);
    }

    private static boolean upToDate(Path pkg, Path lexOut, Path modelOut) throws IOException {
        if (!Files.exists(lexOut) || !Files.exists(modelOut)) {
            return false;
        }
        FileTime built = Files.getLastModifiedTime(lexOut).compareTo(Files.getLastModifiedTime(modelOut)) < 0
                ? Files.getLastModifiedTime(lexOut) : Files.getLastModifiedTime(modelOut);
        try (Stream<Path> files = Files.walk(pkg)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .allMatch(p -> {
                        try {
                            return Files.getLastModifiedTime(p).compareTo(built) < 0;
                        } catch (IOException e) {
                            return false;
                        }
                    });
        }
    }
}
