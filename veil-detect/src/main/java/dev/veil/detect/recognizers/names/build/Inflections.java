package dev.veil.detect.recognizers.names.build;

import java.util.ArrayList;
import java.util.List;

/** Regular English inflections of a base word, for widening the common-word list. */
final class Inflections {
    private Inflections() {
    }

    static List<String> of(String w) {
        List<String> out = new ArrayList<>(8);
        int n = w.length();
        char last = w.charAt(n - 1);
        boolean vowelY = n >= 2 && isVowel(w.charAt(n - 2));
        if (last == 's' || last == 'x' || last == 'z' || w.endsWith("ch") || w.endsWith("sh")) {
            out.add(w + "es");
        } else if (last == 'y' && !vowelY) {
            out.add(w.substring(0, n - 1) + "ies");
            out.add(w.substring(0, n - 1) + "ied");
        } else {
            out.add(w + "s");
        }
        if (last == 'e') {
            out.add(w + "d");
            out.add(w.substring(0, n - 1) + "ing");
            out.add(w + "r");
            out.add(w + "rs");
        } else {
            out.add(w + "ed");
            out.add(w + "ing");
            out.add(w + "er");
            out.add(w + "ers");
            if (n >= 3 && !isVowel(last) && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3))
                    && last != 'w' && last != 'x' && last != 'y') {
                out.add(w + last + "ed");
                out.add(w + last + "ing");
                out.add(w + last + "er");
            }
        }
        if (last == 'y' && !vowelY) {
            out.add(w.substring(0, n - 1) + "ily");
        } else if (!w.endsWith("ly")) {
            out.add(w + "ly");
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
