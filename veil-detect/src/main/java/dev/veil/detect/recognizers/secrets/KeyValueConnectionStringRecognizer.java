package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Semicolon-separated connection strings that carry a credential: ADO.NET / ODBC
 * ({@code Server=db;User Id=sa;Password=...;}), JDBC properties
 * ({@code jdbc:sqlserver://h;user=u;password=...}) and Azure Storage / Service Bus / Event Hubs
 * ({@code DefaultEndpointsProtocol=https;AccountName=a;AccountKey=...;} and
 * {@code SharedAccessKey=...}). The whole string is the span.
 *
 * <p>Candidates are the credential keys ({@code password=}, {@code pwd=}, {@code accountkey=},
 * {@code sharedaccesskey=}, {@code sharedaccesssignature=}) found by {@code indexOf} on the
 * lower-cased text; a candidate counts only when it sits among at least two {@code key=value;}
 * pairs, which is what separates a connection string from a lone assignment (left to the
 * password recognizer).
 */
public final class KeyValueConnectionStringRecognizer implements Recognizer {
    private static final String[] CREDENTIAL_KEYS = {
        "password=", "pwd=", "accountkey=", "sharedaccesskey=", "sharedaccesssignature="
    };
    private static final int MAX_LEN = 1024;

    @Override
    public String name() {
        return "kv_connection_string";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CONNECTION_STRING);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.mayContain(';') || !text.mayContain('=')) {
            return;
        }
        String lower = text.lower();
        String s = text.string();
        // One left-to-right pass over the hits of all credential keys, so that a string with
        // several of them ("AccountKey=...;SharedAccessSignature=...") is reported once.
        int[] next = new int[CREDENTIAL_KEYS.length];
        for (int k = 0; k < next.length; k++) {
            next[k] = lower.indexOf(CREDENTIAL_KEYS[k]);
        }
        int coveredUntil = 0;
        while (true) {
            int best = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] >= 0 && (best < 0 || next[k] < next[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                return;
            }
            int i = next[best];
            String key = CREDENTIAL_KEYS[best];
            next[best] = lower.indexOf(key, i + key.length());
            if (i < coveredUntil) {
                continue;
            }
            int[] span = span(s, i, i + key.length());
            if (span != null) {
                out.add(new Finding(EntityType.CONNECTION_STRING, span[0], span[1], 0.9, name()));
                coveredUntil = span[1];
            }
        }
    }

    /** The span of the connection string around the credential key at {@code keyStart}, or null. */
    private static int[] span(String s, int keyStart, int valueStart) {
        if (keyStart > 0 && CharClass.isAsciiLetterOrDigit(s.charAt(keyStart - 1))) {
            return null; // "dbpassword=" is an assignment, not a connection-string key
        }
        int valueEnd = valueStart;
        int n = s.length();
        while (valueEnd < n && !isStop(s.charAt(valueEnd)) && s.charAt(valueEnd) != ';') {
            valueEnd++;
        }
        if (valueEnd == valueStart || SecretValues.isPlaceholder(s, valueStart, valueEnd)) {
            return null;
        }
        int start = keyStart;
        int floor = Math.max(0, keyStart - MAX_LEN);
        while (start > floor && !isStop(s.charAt(start - 1))) {
            start--;
        }
        start = firstKeyStart(s, start, keyStart);
        int end = valueEnd;
        int ceil = Math.min(n, valueEnd + MAX_LEN);
        while (end < ceil && !isStop(s.charAt(end))) {
            end++;
        }
        while (end > valueEnd && (s.charAt(end - 1) == ';' || s.charAt(end - 1) == '.' || s.charAt(end - 1) == ',')) {
            end--;
        }
        return pairs(s, start, end) >= 2 ? new int[] {start, end} : null;
    }

    /**
     * The string starts at the first key, which has at most two words ("Data Source", "User Id"):
     * prose before it ("connect with Server=...") is not part of it.
     */
    private static int firstKeyStart(String s, int from, int keyStart) {
        int eq = s.indexOf('=', from);
        if (eq < 0 || eq > keyStart) {
            return keyStart;
        }
        int j = eq;
        int words = 1;
        while (j > from) {
            char c = s.charAt(j - 1);
            if (c == ' ') {
                if (words == 2 || j - 1 == from || s.charAt(j - 2) == ' ') {
                    break;
                }
                words++;
            } else if (!(CharClass.isAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                break;
            }
            j--;
        }
        while (j < eq && s.charAt(j) == ' ') {
            j++;
        }
        int space = s.indexOf(' ', j);
        if (space > 0 && space < eq && !Character.isUpperCase(s.charAt(j))) {
            j = space + 1; // "with Server=": only capitalised two-word keys such as "Data Source"
        }
        return j;
    }

    /** Ends a connection string: line breaks, quotes and markup; spaces are allowed inside ("User Id"). */
    private static boolean isStop(char c) {
        return c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' || c == '\t';
    }

    /** Number of {@code key=value} pairs separated by ';' in {@code s[from, to)}. */
    private static int pairs(String s, int from, int to) {
        int count = 0;
        int segStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == ';') {
                int eq = s.indexOf('=', segStart);
                if (eq > segStart && eq < i) {
                    count++;
                }
                segStart = i + 1;
            }
        }
        return count;
    }
}
