package dev.veil.detect.recognizers.secrets;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Passwords given a name: in assignments ({@code password=...}, {@code "pwd": "..."},
 * {@code DB_PASSWORD: ...}, {@code PW:=...}), command-line flags ({@code --password x},
 * {@code -Password 'x'}, {@code mysql -pX}, {@code curl -u user:x}), SQL
 * ({@code IDENTIFIED BY 'x'}, {@code WITH PASSWORD 'x'}) and prose ({@code my password is x}).
 * The span is the value only, never the key name, so a masked text still says that a password
 * was there.
 *
 * <p>A key counts when its last word is a password word (password, passwd, pwd, pw, pass,
 * passphrase, passcode and common misspellings such as pswd); {@code password_id},
 * {@code passengers} or {@code bypass_mask} do not. Values that are templates, variable
 * references, function calls, numeric literals or ordinary words after "is" are not reported.
 */
public final class PasswordRecognizer implements Recognizer {
    private static final AssignmentScanner SCANNER = new AssignmentScanner("pass", "pw", "psw", "pssw", "pasw");
    private static final String[] LONG_SUFFIXES = {
        "password", "passwort", "passwords", "passwd", "passphrase", "passcode", "pswd", "psswd", "pswrd",
        "psword", "psswrd", "pssword", "paswd", "paswrd", "pasword"
    };
    private static final String[] SHORT_SUFFIXES = {"pass", "pwd", "pw"};
    /** Longer values are keys, hashes or blobs, which the other recognizers judge. */
    private static final int MAX_PASSWORD = 256;

    @Override
    public String name() {
        return "password";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PASSWORD);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        String s = text.string();
        SCANNER.scan(text, PasswordRecognizer::isPasswordKey, a -> {
            double score = score(s, a);
            if (score > 0) {
                out.add(new Finding(EntityType.PASSWORD, a.valueStart(), a.valueEnd(), score, name()));
            }
        });
        if (text.mayContain('-') && text.mayContain(':')) {
            curlUserPasswords(s, out);
        }
        String lower = text.lower();
        if (lower.contains("identified ")) {
            sqlIdentifiedBy(s, lower, out);
        }
        if (lower.contains("mysql") && lower.contains(" -p")) {
            mysqlGluedPasswords(s, lower, out);
        }
    }

    /** The key's last word is a password word; see the class comment. */
    static boolean isPasswordKey(String s, String lower, int start, int end) {
        for (String suffix : LONG_SUFFIXES) {
            if (lower.startsWith(suffix, end - suffix.length()) && end - suffix.length() >= start) {
                return true;
            }
        }
        for (String suffix : SHORT_SUFFIXES) {
            int at = end - suffix.length();
            if (at >= start && lower.startsWith(suffix, at)) {
                if (at == start) {
                    return true;
                }
                char before = s.charAt(at - 1);
                if (!Character.isLetter(before)) {
                    return true; // DB_PASS, my_pw, user-pwd
                }
                if (Character.isLowerCase(before) && Character.isUpperCase(s.charAt(at))) {
                    return true; // userPass, dbPwd
                }
                if (isAllUpper(s, start, end) && end - start >= 6) {
                    return true; // MYSQLPASS, DBPWD
                }
            }
        }
        return false;
    }

    private static boolean isAllUpper(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Score for a password value, or 0 to drop it. */
    static double score(String s, Assignment a) {
        int from = a.valueStart();
        int to = a.valueEnd();
        int len = to - from;
        if (len < 4 || len > MAX_PASSWORD || SecretValues.isPlaceholder(s, from, to)) {
            return 0;
        }
        if (!a.quoted() && looksLikeCode(s, from, to)) {
            return 0;
        }
        if (a.form() == Assignment.Form.FLAG && s.charAt(from) == '-') {
            return 0; // the next flag, not a value
        }
        boolean complex = SecretValues.hasDigitOrSymbol(s, from, to) || hasMixedCase(s, from, to);
        if (!complex && SecretValues.isProseWord(s, from, to)) {
            return 0;
        }
        return switch (a.form()) {
            case OPERATOR, FLAG -> complex ? 0.85 : 0.65;
            case QUOTED_AFTER_SPACE -> complex ? 0.8 : 0.6;
            case PROSE -> complex ? 0.8 : 0.55;
        };
    }

    /**
     * Unquoted values that are code, not literals: calls ({@code getenv(}), attribute paths
     * ({@code self.password}, {@code config.db.pass}), and constant names ({@code DB_PASSWORD}).
     */
    static boolean looksLikeCode(String s, int from, int to) {
        if (to < s.length() && s.charAt(to) == '(') {
            return true;
        }
        boolean letters = true;
        boolean dot = false;
        boolean upperOrUnderscore = true;
        boolean underscore = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                return true; // a call inside the value
            }
            if (c == '.') {
                dot = true;
            } else if (!(Character.isLetter(c) || c == '_')) {
                letters = false;
            }
            if (c == '_') {
                underscore = true;
            }
            if (!(c >= 'A' && c <= 'Z' || c == '_')) {
                upperOrUnderscore = false;
            }
        }
        return letters && dot || upperOrUnderscore && underscore;
    }


    private static boolean hasMixedCase(String s, int from, int to) {
        boolean upper = false;
        boolean lower = false;
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return upper && lower;
    }

    /** {@code curl -u user:secret}, {@code --user user:secret}: the part after the colon. */
    private void curlUserPasswords(String s, List<Finding> out) {
        for (String flag : new String[] {" -u ", " --user ", " -u\"", " --user="}) {
            int i = s.indexOf(flag);
            while (i >= 0) {
                int v = i + flag.length();
                boolean quoted = false;
                if (v < s.length() && (s.charAt(v) == '"' || s.charAt(v) == '\'')) {
                    v++;
                    quoted = true;
                } else if (flag.endsWith("\"")) {
                    quoted = true;
                }
                int end = v;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"'
                        && s.charAt(end) != '\'') {
                    end++;
                }
                int colon = s.indexOf(':', v);
                if (colon > v && colon < end - 1 && (quoted || end - v < 200)) {
                    int from = colon + 1;
                    if (end - from >= 4 && !SecretValues.isPlaceholder(s, from, end)) {
                        out.add(new Finding(EntityType.PASSWORD, from, end, 0.85, name()));
                    }
                }
                i = s.indexOf(flag, v);
            }
        }
    }

    /** SQL {@code IDENTIFIED BY 'x'}, {@code IDENTIFIED BY x}, {@code IDENTIFIED WITH plugin BY 'x'}. */
    private void sqlIdentifiedBy(String s, String lower, List<Finding> out) {
        int i = lower.indexOf("identified ");
        while (i >= 0) {
            int v = skipSpaces(s, i + 11);
            if (lower.startsWith("with ", v)) {
                v = skipSpaces(s, v + 5);
                while (v < s.length() && !Character.isWhitespace(s.charAt(v))) {
                    v++; // the authentication plugin name
                }
                v = skipSpaces(s, v);
            }
            if (lower.startsWith("by ", v)) {
                v = skipSpaces(s, v + 3);
                int from = v;
                int end;
                if (v < s.length() && (s.charAt(v) == '\'' || s.charAt(v) == '"')) {
                    from = v + 1;
                    end = s.indexOf(s.charAt(v), from);
                } else {
                    end = v;
                    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ';'
                            && s.charAt(end) != '"' && s.charAt(end) != '\'') {
                        end++;
                    }
                }
                if (end > from && end - from <= MAX_PASSWORD && !SecretValues.isPlaceholder(s, from, end)) {
                    out.add(new Finding(EntityType.PASSWORD, from, end, 0.85, name()));
                }
            }
            i = lower.indexOf("identified ", i + 11);
        }
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@code mysql -u root -pS3cret}: the password glued to {@code -p}. */
    private void mysqlGluedPasswords(String s, String lower, List<Finding> out) {
        int i = lower.indexOf(" -p");
        while (i >= 0) {
            int from = i + 3;
            int end = from;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"'
                    && s.charAt(end) != '\'') {
                end++;
            }
            if (end - from >= 4 && s.charAt(from) != '-' && !SecretValues.isPlaceholder(s, from, end)) {
                out.add(new Finding(EntityType.PASSWORD, from, end, 0.8, name()));
            }
            i = lower.indexOf(" -p", from);
        }
    }
}
