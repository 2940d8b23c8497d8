package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * URLs with a password in their user-info part (RFC 3986 {@code scheme://user:password@host}):
 * database URLs ({@code postgres://}, {@code mysql://}, {@code mongodb+srv://}, {@code redis://:pw@},
 * {@code jdbc:mysql://}, {@code amqp://}) and basic-auth web URLs ({@code https://user:pw@host}).
 * The whole URL is the span: user name, host and database identify the account the password
 * opens, and masking only the password would leave the rest for a model to repeat.
 *
 * <p>Candidates come from {@code indexOf("://")}; URLs whose password is a template or
 * placeholder ({@code ${DB_PASS}}, {@code <password>}, {@code ****}) are not reported.
 */
public final class CredentialUrlRecognizer implements Recognizer {
    private static final int MAX_AUTHORITY = 512;
    private static final int MAX_URL = 2048;

    @Override
    public String name() {
        return "credential_url";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.CONNECTION_STRING);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.mayContain('@') || !text.mayContain(':')) {
            return;
        }
        String s = text.string();
        int i = s.indexOf("://");
        while (i >= 0) {
            int next = i + 3;
            int schemeStart = schemeStart(s, i);
            if (schemeStart < i) {
                int end = match(s, schemeStart, i + 3);
                if (end > 0) {
                    out.add(new Finding(EntityType.CONNECTION_STRING, schemeStart, end, score(s, schemeStart, i), name()));
                    next = end;
                }
            }
            i = s.indexOf("://", next);
        }
    }

    /** Start of the scheme before "://", including "jdbc:" style sub-schemes; == colon if none. */
    private static int schemeStart(String s, int colon) {
        int j = colon;
        while (j > 0 && colon - j < 40) {
            char c = s.charAt(j - 1);
            if (CharClass.isAsciiLetterOrDigit(c) || c == '+' || c == '.' || c == '-' || c == ':') {
                j--;
            } else {
                break;
            }
        }
        while (j < colon && !Character.isLetter(s.charAt(j))) {
            j++; // a scheme starts with a letter
        }
        return j;
    }

    /**
     * End of the URL if its authority holds {@code user:password@host} with a real password,
     * else -1.
     */
    private static int match(String s, int schemeStart, int authStart) {
        int n = s.length();
        int limit = Math.min(n, authStart + MAX_AUTHORITY);
        int at = -1;
        int colon = -1;
        int i = authStart;
        for (; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '@') {
                at = i; // the last '@' before the path ends the user-info
            } else if (c == ':' && at < 0 && colon < 0) {
                colon = i;
            } else if ((c == '?' || c == '#') && colon >= 0 && at < 0 && !allDigits(s, colon + 1, i)
                    && atAhead(s, i, limit)) {
                continue; // a raw '?' or '#' inside the password ("user:Spring1982?@db"), not a query
            } else if (c == '/' || c == '?' || c == '#' || Character.isWhitespace(c) || c == '"' || c == '\''
                    || c == '<' || c == '>' || c == '`') {
                break;
            }
        }
        if (at < 0 || colon < 0 || colon > at) {
            return -1;
        }
        if (colon + 1 == at || SecretValues.isPlaceholder(s, colon + 1, at) || isPlaceholderPair(s, authStart, colon, at)) {
            return -1;
        }
        int hostLen = 0;
        int h = at + 1;
        while (h < n && (CharClass.isAsciiLetterOrDigit(s.charAt(h)) || s.charAt(h) == '.' || s.charAt(h) == '-'
                || s.charAt(h) == '[' || s.charAt(h) == ']' || s.charAt(h) == ':' || s.charAt(h) == '_')) {
            h++;
            hostLen++;
        }
        if (hostLen == 0) {
            return -1;
        }
        return urlEnd(s, h, Math.min(n, schemeStart + MAX_URL));
    }

    /** An '@' before the next blank, quote or '/' (the user-info goes on after a '?' or '#'). */
    private static boolean atAhead(String s, int from, int limit) {
        for (int i = from + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '@') {
                return true;
            }
            if (c == '/' || Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`') {
                return false;
            }
        }
        return false;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code user:password@}, {@code username:password@}: documentation, not a credential. */
    private static boolean isPlaceholderPair(String s, int userStart, int colon, int at) {
        String user = s.substring(userStart, colon).toLowerCase(java.util.Locale.ROOT);
        String pass = s.substring(colon + 1, at).toLowerCase(java.util.Locale.ROOT);
        return (user.equals("user") || user.equals("username") || user.equals("usr"))
                && (pass.equals("pass") || pass.equals("password") || pass.equals("pwd"));
    }

    private static int urlEnd(String s, int from, int limit) {
        int i = from;
        while (i < limit) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`'
                    || c == '\\' || c == ')' && !hasOpenParen(s, from, i)) {
                break;
            }
            i++;
        }
        // trailing sentence punctuation is not part of the URL
        while (i > from && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == ',' || s.charAt(i - 1) == ';')) {
            i--;
        }
        return i;
    }

    private static boolean hasOpenParen(String s, int from, int to) {
        return s.lastIndexOf('(', to) >= from;
    }

    private static double score(String s, int schemeStart, int colon) {
        String scheme = s.substring(schemeStart, colon).toLowerCase(java.util.Locale.ROOT);
        return scheme.startsWith("http") || scheme.startsWith("ftp") || scheme.startsWith("ws") ? 0.85 : 0.95;
    }
}
