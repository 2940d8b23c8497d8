package dev.veil.detect.recognizers.names;

import dev.veil.detect.Recognizer;
import java.util.List;

/** Built-in recognizers for names of people, places and organizations, titles and NRP. */
public final class NameRecognizers {
    private NameRecognizers() {
    }

    /** One instance of each recognizer of this family, in run order. */
    public static List<Recognizer> all() {
        return List.of(new NamedEntityRecognizer());
    }
}
