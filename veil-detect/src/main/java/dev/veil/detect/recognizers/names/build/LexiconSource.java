package dev.veil.detect.recognizers.names.build;

import dev.veil.detect.recognizers.names.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;

/**
 * Compiles the {@link Lexicon}: Datafaker's name, place, job and vocabulary lists, the hand lists,
 * the vocabulary of OpenNLP's English (UD EWT) POS model and WordNet's lower-case lemmas (weak
 * evidence: they never make a listed name or place common). The POS model is used only here, at
 * build time: for each word it knows, its weights say whether the word is mostly a proper noun
 * ("John", "Paris": {@link Lexicon#PROPER}), a function word ({@link Lexicon#STOP}) or an ordinary
 * word ("brown", "will", "reading": {@link Lexicon#COMMON}). That is what lets the tagger tell the
 * name "Will" from the verb without running a POS tagger at runtime.
 */
final class LexiconSource {
    private static final int NAME_OR_PLACE = Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.CITY | Lexicon.REGION
            | Lexicon.COUNTRY | Lexicon.NATIONALITY;

    private final Map<String, Integer> words = new HashMap<>();

    Map<String, Integer> build(ValuePools v) throws IOException {
        DatafakerLists df = v.lists;
        addTokens(v.firstNames, Lexicon.FIRST_NAME);
        addTokens(v.lastNames, Lexicon.LAST_NAME);
        addTokens(v.cities, Lexicon.CITY);
        addTokens(v.regions, Lexicon.REGION);
        addTokens(v.countries, Lexicon.COUNTRY);
        addTokens(v.demonyms, Lexicon.NATIONALITY);
        addTokens(v.nationalities, Lexicon.NATIONALITY);
        addTokens(v.hospitals, Lexicon.HOSPITAL_PART);
        addTokens(v.jobPositions, Lexicon.JOB);
        addTokens(v.professions, Lexicon.JOB);
        addTokens(v.ranks, Lexicon.JOB);
        addWords(HandLists.JOB_WORDS, Lexicon.JOB);
        addWords(HandLists.BELIEFS, Lexicon.BELIEF);
        addWords(HandLists.ORG_SUFFIXES, Lexicon.ORG_SUFFIX);
        addWords(HandLists.ORG_WORDS, Lexicon.ORG_WORD);
        addWords(df.list("en/university.yml", "university.suffix"), Lexicon.ORG_WORD);
        addWords(HandLists.FACILITY_WORDS, Lexicon.FACILITY);
        addWords(HandLists.HONORIFICS, Lexicon.HONORIFIC);
        addWords(HandLists.NAME_SUFFIXES, Lexicon.NAME_SUFFIX);
        addWords(HandLists.CALENDAR, Lexicon.CALENDAR);
        addWords(HandLists.PARTICLES, Lexicon.PARTICLE);
        addWords(HandLists.PLACE_WORDS, Lexicon.PLACE_WORD);
        addWords(v.cityPrefixes, Lexicon.PLACE_WORD);
        addWords(HandLists.STOP, Lexicon.STOP);
        addWords(HandLists.CLINICAL, Lexicon.CLINICAL);
        addWords(HandLists.RELATIVES, Lexicon.CLINICAL);
        addWords(HandLists.PERSON_NOUNS, Lexicon.PERSON_NOUN);
        for (String w : HandLists.FIELD_LABELS) {
            addWord(w, Lexicon.CLINICAL);
        }
        for (String d : v.drugs) {
            if (d.indexOf(' ') < 0) {
                addWord(d, Lexicon.CLINICAL);
            }
        }
        for (String section : List.of("noun", "adjective", "verb", "adverb", "preposition", "conjunction", "interjection")) {
            addWords(df.list("en/words.yml", "words." + section), Lexicon.COMMON);
        }
        addWords(df.list("en/verbs.yml", "verbs"), Lexicon.COMMON);
        addWords(df.list("en/adjective.yml", "adjective"), Lexicon.COMMON);
        addPosVocabulary();
        // harvested and derived words are weaker evidence than the dictionaries above: they never
        // make a listed name or place "common" ("john" and "smith" do occur in lower case somewhere)
        Map<String, Integer> derived = new HashMap<>();
        for (String w : df.lowerCaseWords("en/")) {
            derived.put(w, Lexicon.COMMON);
        }
        for (String w : WordNetWords.lowerCaseLemmas()) {
            // the lemma and its plural ("cataracts", "specimens"); the other inflections would
            // triple the table, and a bigger table costs cache misses on every look-up
            derived.put(w, Lexicon.COMMON);
            derived.put(Inflections.of(w).get(0), Lexicon.COMMON);
        }
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            if ((e.getValue() & Lexicon.COMMON) != 0 && e.getKey().length() >= 3) {
                for (String f : Inflections.of(e.getKey())) {
                    derived.put(f, Lexicon.COMMON);
                }
            }
        }
        for (String w : derived.keySet()) {
            int c = words.getOrDefault(w, 0);
            if ((c & NAME_OR_PLACE) == 0) {
                addWord(w, Lexicon.COMMON);
            }
        }
        return words;
    }

    /** Adds every word of the multi-word values, except lower-case connectors ("of", "la"). */
    private void addTokens(Collection<String> values, int cls) {
        for (String v : values) {
            String[] parts = v.split("[^\\p{L}\\p{M}']+");
            for (String p : parts) {
                if (p.isEmpty() || (parts.length > 1 && Character.isLowerCase(p.charAt(0)))) {
                    continue;
                }
                for (String q : p.split("'")) {
                    if (q.length() > 1 || parts.length == 1) {
                        addWord(q, cls);
                    }
                }
            }
        }
    }

    private void addWords(Collection<String> values, int cls) {
        for (String v : values) {
            for (String p : v.split("[^\\p{L}\\p{M}\\p{N}]+")) {
                if (!p.isEmpty()) {
                    addWord(p, cls);
                }
            }
        }
    }

    private void addWord(String w, int cls) {
        if (w.isEmpty()) {
            return;
        }
        words.merge(w.toLowerCase(Locale.ROOT), cls, (a, b) -> a | b);
    }

    /** Reads the word predicates ("w=...") of the POS model and classifies each word by its best tag. */
    private void addPosVocabulary() throws IOException {
        Properties props = new Properties();
        try (InputStream in = POSModel.class.getClassLoader().getResourceAsStream("model.properties")) {
            if (in == null) {
                throw new IOException("OpenNLP POS model properties not on the build classpath");
            }
            props.load(in);
        }
        String name = props.getProperty("model.name");
        POSModel model;
        try (InputStream in = POSModel.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("OpenNLP POS model not on the build classpath");
            }
            model = new POSModel(in);
        }
        AbstractModel am = (AbstractModel) model.getArtifact("pos.model");
        Object[] ds = am.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) ds[1];
        String[] outcomes = (String[]) ds[2];
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("w=")) {
                continue;
            }
            String w = key.substring(2);
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            Context ctx = e.getValue();
            double proper = Double.NEGATIVE_INFINITY;
            double other = Double.NEGATIVE_INFINITY;
            String otherTag = "";
            for (int k = 0; k < ctx.getOutcomes().length; k++) {
                String tag = outcomes[ctx.getOutcomes()[k]];
                double p = ctx.getParameters()[k];
                if (tag.startsWith("PROPN")) {
                    proper = Math.max(proper, p);
                } else if (p > other) {
                    other = p;
                    otherTag = tag;
                }
            }
            if (proper > other) {
                addWord(w, Lexicon.PROPER);
            } else if (isFunctionTag(otherTag)) {
                addWord(w, Lexicon.STOP | Lexicon.COMMON);
            } else {
                addWord(w, Lexicon.COMMON);
            }
        }
    }

    private static boolean isFunctionTag(String tag) {
        return tag.startsWith("DET") || tag.startsWith("ADP") || tag.startsWith("PRON") || tag.startsWith("AUX")
                || tag.startsWith("CCONJ") || tag.startsWith("SCONJ") || tag.startsWith("PART");
    }
}
