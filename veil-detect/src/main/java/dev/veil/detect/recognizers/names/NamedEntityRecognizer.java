package dev.veil.detect.recognizers.names;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.DetectionException;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Names of people, places and organizations, nationalities/religions/political groups (NRP) and
 * job titles or honorifics (TITLE), found by a sequence tagger over the whole text.
 *
 * <p>How: {@link NameTokens} splits the text into words and marks; {@link Lexicon} gives each word
 * its classes (first name, surname, city, common English word, ...); {@link TokenFeatures} decides
 * which tokens may be names and describes them; {@link SequenceModel} labels the candidates with
 * BIO tags; {@link NameSpans} turns the labels into findings. The lexicon and model are compiled
 * and trained by the build (see {@code build.NameModelBuilder}) and loaded once per JVM.
 *
 * <p>Conventions: an honorific belongs to the PERSON it precedes ("Mr. Ford" is one span), a
 * stand-alone honorific or job title is TITLE; healthcare facilities ("St. Mary's Hospital") are
 * LOCATION, following the HIPAA/i2b2 de-identification convention that a facility locates a
 * patient; other institutions and companies are ORGANIZATION.
 *
 * <p>Scores: 0.5-0.95, growing with the tagger's margin for the label over "outside".
 */
public final class NamedEntityRecognizer implements Recognizer {
    static final String LEXICON_RESOURCE = "names.lexicon";
    static final String MODEL_RESOURCE = "names.model";

    private static final Set<EntityType> TYPES = Set.of(SequenceModel.TYPES);

    /** A thread's scratch space that grew past this many tokens is not kept (a huge text is rare). */
    private static final int KEEP_TOKENS = 1 << 14;

    private static final char[] EMPTY = new char[0];

    private final Lexicon lexicon;
    private final SequenceModel model;
    /**
     * Per-thread scratch space (tokens, gates, labels, Viterbi arrays), reused from text to text so
     * that tagging allocates nothing per text; it holds no text once a call returns.
     */
    private final ThreadLocal<Scratch> scratch;

    /** A recognizer over the built-in lexicon and model (loaded once per JVM, on first use). */
    public NamedEntityRecognizer() {
        this(Resources.INSTANCE.lexicon, Resources.INSTANCE.model);
    }

    NamedEntityRecognizer(Lexicon lexicon, SequenceModel model) {
        this.lexicon = lexicon;
        this.model = model;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(lexicon));
    }

    /** The built-in lexicon (loaded on first use). */
    static Lexicon builtInLexicon() {
        return Resources.INSTANCE.lexicon;
    }

    /** The built-in model (loaded on first use). */
    static SequenceModel builtInModel() {
        return Resources.INSTANCE.model;
    }

    @Override
    public String name() {
        return "names";
    }

    @Override
    public Set<EntityType> types() {
        return TYPES;
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        String s = text.string();
        if (s.isEmpty()) {
            return;
        }
        Scratch w = scratch.get();
        try {
            NameTokens tokens = w.tokens.reset(s, text.chars());
            int n = tokens.size();
            if (n == 0) {
                return;
            }
            TokenFeatures tf = w.features.reset(tokens);
            if (w.labels.length < n) {
                w.labels = new int[Math.max(n, w.labels.length * 2)];
                w.margins = new float[w.labels.length];
            }
            model.tag(tf, w.labels, w.margins, w.work);
            int from = out.size();
            int kind = NameSpans.emit(tf, w.labels, w.margins, name(), out);
            Signatures.apply(tf, name(), out, from);
            PersonFields.apply(tf, name(), out, from);
            Places.apply(tf, name(), out, from);
            Places.afterPlaces(tf, name(), out, from);
            Retypes.apply(tf, name(), out, from);
            CityStates.apply(tf, name(), out, from);
            StreetNames.apply(tf, name(), out, from);
            PersonCues.apply(tf, name(), out, from);
            HyphenatedNames.apply(tf, out, from);
            PairedNames.apply(tf, name(), out, from);
            Nicknames.apply(tf, name(), out, from);
            Practices.apply(tf, name(), out, from, kind);
            kind = CareCompanies.apply(tf, name(), out, from, kind);
            kind = PlaceFields.apply(tf, name(), out, from, kind);
            Letterheads.apply(tf, name(), out, from, kind);
            CredentialTails.apply(tf, name(), out, from);
            Wards.apply(tf, name(), out, from, kind);
            DictationMarks.apply(tf, name(), out, from);
        } finally {
            w.tokens.reset("", EMPTY);
            if (w.tokens.capacity() > KEEP_TOKENS || w.labels.length > KEEP_TOKENS) {
                scratch.remove();
            }
        }
    }

    /** One thread's reusable arrays. */
    private static final class Scratch {
        final NameTokens tokens = new NameTokens();
        final TokenFeatures features;
        final SequenceModel.Work work = new SequenceModel.Work();
        int[] labels = new int[256];
        float[] margins = new float[256];

        Scratch(Lexicon lexicon) {
            features = new TokenFeatures(lexicon);
        }
    }

    @Override
    public String toString() {
        return "NamedEntityRecognizer[" + model + ", " + lexicon + "]";
    }

    /** The built-in lexicon and model, read from the classpath once. */
    private static final class Resources {
        static final Resources INSTANCE = new Resources();

        final Lexicon lexicon;
        final SequenceModel model;

        private Resources() {
            try (InputStream lx = open(LEXICON_RESOURCE); InputStream md = open(MODEL_RESOURCE)) {
                lexicon = Lexicon.read(lx);
                model = SequenceModel.read(md);
            } catch (IOException e) {
                throw new UncheckedIOException("names recognizer: cannot load its lexicon or model", e);
            }
        }

        private static InputStream open(String name) {
            InputStream in = NamedEntityRecognizer.class.getResourceAsStream(name);
            if (in == null) {
                throw new DetectionException("names recognizer: resource '" + name
                        + "' missing (it is generated by the build at process-classes)");
            }
            return new BufferedInputStream(in, 1 << 16);
        }
    }
}
