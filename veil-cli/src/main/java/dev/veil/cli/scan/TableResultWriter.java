package dev.veil.cli.scan;

import dev.veil.core.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The human-readable default on a terminal. Values are masked (letters and digits become '*',
 * punctuation keeps the shape) unless {@code --show-values} was given.
 */
final class TableResultWriter implements ResultWriter {
    private static final int VALUE_WIDTH = 48;
    private final PrintStream out;
    private final boolean showValues;
    private Object id;
    private int spans;
    private long docs;

    TableResultWriter(PrintStream out, boolean showValues) {
        this.out = out;
        this.showValues = showValues;
        out.printf(Locale.ROOT, "%-24s %-13s %-22s %5s  %-22s %s%n", "DOCUMENT", "SPAN", "TYPE", "SCORE",
                "RECOGNIZER", showValues ? "VALUE" : "VALUE (masked)");
    }

    @Override
    public void begin(Object id, String text) {
        this.id = id;
        this.spans = 0;
        docs++;
    }

    @Override
    public void span(Finding f, String text) {
        spans++;
        String value = text == null ? "(streamed)" : render(f.textIn(text));
        out.printf(Locale.ROOT, "%-24s %-13s %-22s %5.2f  %-22s %s%n", clip(String.valueOf(id), 24),
                f.start() + "-" + f.end(), f.type().name(), f.score(), clip(f.recognizer(), 22), value);
    }

    private String render(String v) {
        String oneLine = v.replace('\n', '⏎').replace('\r', ' ').replace('\t', ' ');
        if (!showValues) {
            StringBuilder sb = new StringBuilder(oneLine.length());
            for (int i = 0; i < oneLine.length(); i++) {
                char c = oneLine.charAt(i);
                sb.append(Character.isLetterOrDigit(c) ? '*' : c);
            }
            oneLine = sb.toString();
        }
        return clip(oneLine, VALUE_WIDTH);
    }

    private static String clip(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "…";
    }

    @Override
    public void end() {
        // rows are printed as they come
    }

    @Override
    public void error(Object id, String message) {
        out.printf(Locale.ROOT, "%-24s %s%n", clip(String.valueOf(id), 24), "ERROR: " + message);
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }

    long documents() {
        return docs;
    }
}
