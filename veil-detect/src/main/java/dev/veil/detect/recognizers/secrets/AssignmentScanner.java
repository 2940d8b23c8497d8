package dev.veil.detect.recognizers.secrets;

import dev.veil.detect.Text;
import java.util.function.Consumer;

/**
 * Finds {@link Assignment}s whose key name contains one of a few needles ({@code pass},
 * {@code secret}, {@code token}, ...). The needles are found with {@code String.indexOf} on the
 * lower-cased text (a vectorised scan), so a text without them costs a few microseconds per
 * megabyte; each hit is then parsed by hand, left to right, with bounded look-ahead. Shared by
 * the password and keyword-secret recognizers, which decide what a key and a value must look
 * like.
 */
final class AssignmentScanner {
    /** Longest value considered, in chars (a long credential blob under a secret key still counts). */
    static final int MAX_VALUE = 8000;
    private static final int MAX_KEY = 64;

    private static final String[] VALUE_SUFFIXES = {"_value", "-value", ".value", "value", "_val"};

    private final String[] needles;

    AssignmentScanner(String... needles) {
        this.needles = needles.clone();
    }

    /** Reports every assignment whose key contains a needle; {@code keys} filters key names. */
    void scan(Text text, KeyFilter keys, Consumer<Assignment> out) {
        String lower = text.lower();
        String s = text.string();
        int lastKeyEnd = -1;
        // [start, end) of the last unquoted run scanned: a run is scanned once however many keys
        // point into it ("key=key=key=..."), which keeps the whole scan linear.
        int[] run = {-1, -1};
        for (String needle : needles) {
            int i = lower.indexOf(needle);
            while (i >= 0) {
                int keyEnd = identEnd(s, i + needle.length());
                int resume = keyEnd;
                if (keyEnd != lastKeyEnd || needles.length == 1) {
                    int keyStart = identStart(s, i);
                    if (keyEnd - keyStart <= MAX_KEY && keys.accepts(s, lower, keyStart, nameEnd(lower, keyStart, keyEnd))) {
                        Assignment a = parseAfterKey(s, keyStart, keyEnd, run);
                        if (a != null) {
                            out.accept(a);
                            lastKeyEnd = keyEnd;
                            resume = a.valueEnd(); // a value holds no further keys: each char is parsed once
                        }
                    }
                }
                i = lower.indexOf(needle, Math.max(i + needle.length(), resume));
            }
        }
    }

    /** Decides whether an identifier {@code s[start, end)} names a credential of the caller's kind. */
    @FunctionalInterface
    interface KeyFilter {
        boolean accepts(String s, String lower, int start, int end);
    }

    /**
     * End of the key's name without a trailing "value" word: {@code tp_token_value} names a token
     * as much as {@code tp_token} does.
     */
    static int nameEnd(String lower, int start, int end) {
        for (String suffix : VALUE_SUFFIXES) {
            int at = end - suffix.length();
            if (at > start + 2 && lower.startsWith(suffix, at)) {
                return at;
            }
        }
        return end;
    }

    static boolean isIdentChar(char c) {
        return CharClass.isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static int identStart(String s, int i) {
        int j = i;
        while (j > 0 && isIdentChar(s.charAt(j - 1)) && i - j < MAX_KEY) {
            j--;
        }
        while (j < i && (s.charAt(j) == '-' || s.charAt(j) == '.')) {
            j++; // leading dashes mark a flag, not part of the name
        }
        return j;
    }

    private static int identEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n && CharClass.isAsciiLetterOrDigit(s.charAt(j)) || j < n && s.charAt(j) == '_') {
            j++;
        }
        return j;
    }

    /** Parses separator and value after a key, or returns null if none follows. */
    static Assignment parseAfterKey(String s, int keyStart, int keyEnd, int[] run) {
        int n = s.length();
        boolean flag = keyStart > 0 && s.charAt(keyStart - 1) == '-'
                && (keyStart == 1 || !isIdentChar(s.charAt(keyStart - 2)) || s.charAt(keyStart - 2) == '-');
        int i = keyEnd;
        // a key written as a string or an index: "password": / ['password'] / &quot;password&quot;:
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '`')) {
            i++;
        } else if (s.startsWith("&quot;", i)) {
            i += 6;
        } else if (s.startsWith("\\\"", i)) {
            i += 2;
        }
        if (i < n && (s.charAt(i) == ']' || s.charAt(i) == ')')) {
            i++;
        }
        if (i < n && keyStart > 0 && s.charAt(keyStart - 1) == '<') {
            return xmlElement(s, keyStart, keyEnd, i);
        }
        int afterKey = i;
        i = skipBlanks(s, i);
        int op = operatorLength(s, i);
        if (op > 0) {
            return value(s, keyStart, keyEnd, skipBlanks(s, i + op), Assignment.Form.OPERATOR, run);
        }
        if (i == afterKey) {
            return null; // glued to something that is not a separator
        }
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == '`' || s.startsWith("\\\"", i))) {
            return value(s, keyStart, keyEnd, i, flag ? Assignment.Form.FLAG : Assignment.Form.QUOTED_AFTER_SPACE, run);
        }
        if (flag) {
            return value(s, keyStart, keyEnd, i, Assignment.Form.FLAG, run);
        }
        if (s.regionMatches(true, i, "is ", 0, 3) || s.regionMatches(true, i, "was ", 0, 4)) {
            int v = skipBlanks(s, i + (s.charAt(i) == 'i' || s.charAt(i) == 'I' ? 3 : 4));
            if (v < n && s.charAt(v) == ':') {
                v = skipBlanks(s, v + 1);
            }
            return value(s, keyStart, keyEnd, v, Assignment.Form.PROSE, run);
        }
        // "changed the password to X", "reset the password for jane.doe to X"
        int to = i;
        if (s.regionMatches(true, i, "for ", 0, 4)) {
            int user = skipBlanks(s, i + 4);
            int userEnd = user;
            while (userEnd < n && userEnd - user <= 64 && !Character.isWhitespace(s.charAt(userEnd))) {
                userEnd++;
            }
            to = userEnd > user ? skipBlanks(s, userEnd) : i;
        }
        if (s.regionMatches(true, to, "to ", 0, 3)) {
            Assignment a = value(s, keyStart, keyEnd, skipBlanks(s, to + 3), Assignment.Form.PROSE, run);
            // "send the password to John": after "to" only a value with a digit or symbol is a password
            return a != null && SecretValues.hasDigitOrSymbol(s, a.valueStart(), a.valueEnd()) ? a : null;
        }
        return null;
    }


    /** {@code <password>x</password>} or {@code <password name="...">x</password>}: the element text. */
    private static Assignment xmlElement(String s, int keyStart, int keyEnd, int i) {
        int gt = s.indexOf('>', i);
        if (gt < 0 || gt - i > 120 || containsLineBreak(s, i, gt) || s.charAt(gt - 1) == '/') {
            return null;
        }
        int start = skipBlanks(s, gt + 1);
        int end = s.indexOf('<', start);
        if (end < 0 || end - start > MAX_VALUE || end == start || containsLineBreak(s, start, end)) {
            return null;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return new Assignment(keyStart, keyEnd, start, end, Assignment.Form.OPERATOR, true);
    }

    private static int skipBlanks(String s, int i) {
        int n = s.length();
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Length of an assignment operator at {@code i}: := => -> == != = : (0 if none). */
    private static int operatorLength(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        char c = s.charAt(i);
        char d = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if ((c == ':' && d == '=') || (c == '=' && d == '>') || (c == '-' && d == '>') || (c == '=' && d == '=')
                || (c == '!' && d == '=')) {
            return 2;
        }
        if (c == ':' && d == ':') {
            return 0; // C++/Ruby scope, not an assignment
        }
        return c == '=' || c == ':' ? 1 : 0;
    }

    private static Assignment value(String s, int keyStart, int keyEnd, int v, Assignment.Form form, int[] run) {
        int n = s.length();
        if (v >= n) {
            return null;
        }
        if (s.startsWith("!!binary ", v)) {
            v = skipBlanks(s, v + 9); // a YAML tag, then the value
            if (v >= n) {
                return null;
            }
        }
        String close = null;
        int start = v;
        char c = s.charAt(v);
        if (c == '"' || c == '\'' || c == '`') {
            close = String.valueOf(c);
            start = v + 1;
        } else if (s.startsWith("&quot;", v)) {
            close = "&quot;";
            start = v + 6;
        } else if (s.startsWith("\\\"", v)) {
            close = "\\\"";
            start = v + 2;
        }
        if (close != null) {
            int end = s.indexOf(close, start);
            if (end < 0 || end - start > MAX_VALUE || end == start || containsLineBreak(s, start, end)) {
                return null;
            }
            return new Assignment(keyStart, keyEnd, start, end, form, true);
        }
        int end;
        if (form == Assignment.Form.PROSE) {
            // "my password is iK3fS&S3y#tA lol": in prose only a blank ends the value ('&' and '|'
            // end values in query strings and shell lines, not in sentences)
            end = start;
            while (end < n && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"' && s.charAt(end) != '`') {
                end++;
            }
            while (end > start && ",;)]}'".indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
        } else if (start >= run[0] && start < run[1]) {
            end = run[1];
        } else {
            end = start;
            while (end < n && !endsUnquoted(s.charAt(end))) {
                end++;
            }
            run[0] = start;
            run[1] = end;
        }
        if (end - start > MAX_VALUE) {
            return null;
        }
        if (form == Assignment.Form.PROSE) {
            while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ':')) {
                end--;
            }
        }
        if (end == start) {
            return null;
        }
        Assignment typed = afterTypeAnnotation(s, keyStart, keyEnd, start, end, run);
        return typed != null ? typed : new Assignment(keyStart, keyEnd, start, end, form, false);
    }

    /** {@code passwd: str = "x"} (Python, Scala, Kotlin): the value follows the type. */
    private static Assignment afterTypeAnnotation(String s, int keyStart, int keyEnd, int start, int end, int[] run) {
        int len = end - start;
        if (len > 9 || !(s.startsWith("str", start) || s.startsWith("String", start) || s.startsWith("SecretStr", start)
                || s.startsWith("bytes", start))) {
            return null;
        }
        int i = skipBlanks(s, end);
        if (i < s.length() && s.charAt(i) == '=' && (i + 1 >= s.length() || s.charAt(i + 1) != '=')) {
            return value(s, keyStart, keyEnd, skipBlanks(s, i + 1), Assignment.Form.OPERATOR, run);
        }
        return null;
    }

    private static boolean endsUnquoted(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ')' || c == ']' || c == '}' || c == '<'
                || c == '>' || c == '"' || c == '\'' || c == '`' || c == '&' || c == '|';
    }

    private static boolean containsLineBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
