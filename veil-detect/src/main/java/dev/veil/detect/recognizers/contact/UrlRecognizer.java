package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * Web addresses and domain names, in two cheap passes instead of a whole-text regex:
 * <ol>
 *   <li>each {@code "://"} with a scheme before it ({@code https://host/path?q});
 *   <li>each '.' whose host name ends in a known top-level domain ({@code www.example.org/a},
 *       {@code example.com}). Common generic TLDs score high; country codes score lower and need
 *       a lower-case host, and codes that are also file extensions ({@code .py}, {@code .sh},
 *       {@code .md}, {@code .pl}, ...) are not listed, so file names are not reported.
 * </ol>
 * Trailing sentence punctuation and unbalanced closing brackets are not part of a URL. A URL with
 * a password in its user-info ({@code scheme://user:pw@host}) is a connection string, reported by
 * the secrets recognizers, so it is skipped here. Hosts after '@' (e-mail) or '/' (paths) are
 * skipped too.
 */
public final class UrlRecognizer implements Recognizer {
    /** Generic TLDs and two-part public suffixes that are rarely anything but a domain. */
    private static final WordList STRONG_TLDS = WordList.of(
            "com", "org", "net", "edu", "gov", "mil", "int", "biz", "info");
    /** Country codes and newer TLDs that are domains mostly, but also words in code or prose. */
    private static final WordList WEAK_TLDS = WordList.of(
            "io", "ai", "co", "us", "uk", "ca", "de", "fr", "nl", "be", "ch", "at", "es", "it", "se", "no", "dk",
            "fi", "pt", "ie", "ru", "cn", "jp", "kr", "in", "au", "nz", "za", "br", "mx", "ar", "cl", "eu", "me",
            "tv", "ly", "cz", "gr", "hu", "ro", "tr", "il", "sg", "hk", "tw", "ua", "sk", "si", "hr", "rs", "lt",
            "lv", "ee", "is", "lu", "app", "dev", "xyz", "online", "site", "tech", "cloud", "shop", "blog",
            "health", "clinic", "ac", "gg", "nyc", "london", "berlin", "paris");
    private static final WordList WEB_SCHEMES = WordList.of(
            "http", "https", "ftp", "ftps", "sftp", "ws", "wss", "file");
    static final int MAX_URL = 2048;

    @Override
    public String name() {
        return "url";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.URL);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.URL, 0.3, "website", "site", "domain", "visit", "url",
                "link", "web", "homepage", "browse", "go to", "portal"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.mayContain('.') && !text.mayContain(':')) {
            return;
        }
        int firstOwn = out.size();
        if (text.mayContain(':') && text.mayContain('/')) {
            schemeUrls(text, out);
        }
        int schemeEnd = out.size();
        if (text.mayContain('.')) {
            bareDomains(text, out, firstOwn, schemeEnd);
        }
    }

    private void schemeUrls(Text text, List<Finding> out) {
        String s = text.string();
        int sep = s.indexOf("://");
        while (sep >= 0) {
            int start = sep;
            while (start > 0 && isSchemeChar(s.charAt(start - 1)) && sep - start < 32) {
                start--;
            }
            while (start < sep && !isLetter(s.charAt(start))) {
                start++;
            }
            int hostStart = sep + 3;
            int end = hostStart < s.length() ? urlEnd(s, hostStart) : hostStart;
            if (start < sep && sep - start >= 2 && text.isBoundary(start) && end > hostStart
                    && (EmailRecognizer.isHostChar(s.charAt(hostStart)) || s.charAt(hostStart) == '[')
                    && !hasPassword(s, hostStart, end)) {
                double score = WEB_SCHEMES.contains(text, start, sep) ? 0.9 : 0.8;
                out.add(new Finding(EntityType.URL, start, end, score, name()));
                sep = s.indexOf("://", end);
            } else {
                sep = s.indexOf("://", sep + 3);
            }
        }
    }

    private void bareDomains(Text text, List<Finding> out, int schemeFrom, int schemeTo) {
        String s = text.string();
        int n = s.length();
        int dot = s.indexOf('.');
        while (dot >= 0) {
            int next = dot + 1;
            if (dot > 0 && next < n && EmailRecognizer.isHostChar(s.charAt(dot - 1))
                    && isLetter(s.charAt(next)) && !insideAny(out, schemeFrom, schemeTo, dot)) {
                int hostStart = dot;
                while (hostStart > 0 && dot - hostStart < 256
                        && (EmailRecognizer.isHostChar(s.charAt(hostStart - 1)) || s.charAt(hostStart - 1) == '.')) {
                    hostStart--;
                }
                int hostEnd = next;
                int lastLabel = next;
                while (hostEnd < n && hostEnd - dot < 256) {
                    char c = s.charAt(hostEnd);
                    if (EmailRecognizer.isHostChar(c)) {
                        hostEnd++;
                    } else if (c == '.' && hostEnd + 1 < n && EmailRecognizer.isHostChar(s.charAt(hostEnd + 1))) {
                        lastLabel = ++hostEnd;
                    } else {
                        break; // a trailing dot ends the sentence, not the host
                    }
                }
                double score = hostScore(text, hostStart, hostEnd, lastLabel);
                if (score > 0) {
                    int end = hostEnd < n && (s.charAt(hostEnd) == '/' || s.charAt(hostEnd) == ':'
                            || s.charAt(hostEnd) == '?' || s.charAt(hostEnd) == '#') ? urlEnd(s, hostEnd) : hostEnd;
                    out.add(new Finding(EntityType.URL, hostStart, Math.max(end, hostEnd), score, name()));
                }
                next = Math.max(next, hostEnd);
            }
            dot = next < n ? s.indexOf('.', next) : -1;
        }
    }

    /** Score of a bare host name, or 0 if it is not one we report. */
    private static double hostScore(Text text, int start, int end, int lastLabel) {
        String s = text.string();
        if (s.charAt(start) == '.' || s.charAt(start) == '-' || lastLabel >= end) {
            return 0;
        }
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        char after = end < s.length() ? s.charAt(end) : ' ';
        // after '@' it is an e-mail's host; after '/', '\' or '_' a path or identifier; '(' a call
        if (before == '@' || before == '/' || before == '\\' || before == '_' || before == '$'
                || after == '@' || after == '(' || after == '_') {
            return 0;
        }
        if (!EmailRecognizer.isTopLevel(s, lastLabel, end)) {
            return 0;
        }
        boolean www = end - start > 4 && s.regionMatches(true, start, "www.", 0, 4);
        if (STRONG_TLDS.contains(text, lastLabel, end)) {
            return www ? 0.9 : 0.75;
        }
        if (WEAK_TLDS.contains(text, lastLabel, end)) {
            if (www) {
                return 0.85;
            }
            for (int i = start; i < end; i++) {
                if (Character.isUpperCase(s.charAt(i))) {
                    return 0; // "Hello.It" is a missing space, not a domain
                }
            }
            return lastLabel - start >= 3 ? 0.55 : 0;
        }
        return 0;
    }

    private static boolean insideAny(List<Finding> out, int from, int to, int pos) {
        for (int i = from; i < to; i++) {
            Finding f = out.get(i);
            if (f.start() <= pos && pos < f.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * End of a URL continuing at {@code from}: URL characters up to whitespace or a delimiter,
     * without trailing sentence punctuation or an unbalanced closing bracket.
     */
    static int urlEnd(String s, int from) {
        int n = Math.min(s.length(), from + MAX_URL);
        int i = from;
        int parens = 0;
        int brackets = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}'
                    || c == '|' || c == '\\' || c == '^' || Character.isWhitespace(c)) {
                break;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                if (parens == 0) {
                    break;
                }
                parens--;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                if (brackets == 0) {
                    break;
                }
                brackets--;
            }
            i++;
        }
        while (i > from && ".,;:!?'*".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /** True if the authority between {@code hostStart} and {@code end} has {@code user:password@}. */
    private static boolean hasPassword(String s, int hostStart, int end) {
        int colon = -1;
        for (int i = hostStart; i < end; i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
            if (c == ':' && colon < 0) {
                colon = i;
            } else if (c == '@') {
                return colon >= 0;
            }
        }
        return false;
    }

    private static boolean isSchemeChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
