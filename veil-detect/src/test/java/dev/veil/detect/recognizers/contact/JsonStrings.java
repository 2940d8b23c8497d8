package dev.veil.detect.recognizers.contact;

/** Just enough JSON for the evaluation tools: read one string field of a flat object, escape a string. */
final class JsonStrings {
    private JsonStrings() {
    }

    /** The value of string field {@code name} in the flat JSON object {@code json}. */
    static String field(String json, String name) {
        String key = "\"" + name + "\"";
        int i = json.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("missing field " + name);
        }
        i = json.indexOf('"', json.indexOf(':', i + key.length()) + 1);
        StringBuilder sb = new StringBuilder();
        for (int j = i + 1; j < json.length(); j++) {
            char c = json.charAt(j);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = json.charAt(++j);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(json.substring(j + 1, j + 5), 16));
                    j += 4;
                }
                default -> sb.append(e);
            }
        }
        throw new IllegalArgumentException("unterminated string for field " + name);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
