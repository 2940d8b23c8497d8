package dev.veil.detect.recognizers.names.build;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated document and its gold spans; {@code type} indexes
 * {@link dev.veil.detect.recognizers.names.SequenceModel#TYPES}.
 */
public record LabeledDoc(String text, List<Span> spans) {

    public record Span(int start, int end, int type) {
    }

    /** Assembles a document piece by piece, recording where each entity lands. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();

        public Builder append(String literal) {
            text.append(literal);
            return this;
        }

        public Builder entity(String value, int type) {
            int s = text.length();
            text.append(value);
            spans.add(new Span(s, text.length(), type));
            return this;
        }

        public int length() {
            return text.length();
        }

        /** Applies a whole-document case change; indices are preserved char by char. */
        public LabeledDoc build(int caseMode) {
            String s = text.toString();
            if (caseMode != 0) {
                char[] cs = s.toCharArray();
                for (int i = 0; i < cs.length; i++) {
                    cs[i] = caseMode == 1 ? Character.toLowerCase(cs[i]) : Character.toUpperCase(cs[i]);
                }
                s = new String(cs);
            }
            return new LabeledDoc(s, List.copyOf(spans));
        }
    }
}
