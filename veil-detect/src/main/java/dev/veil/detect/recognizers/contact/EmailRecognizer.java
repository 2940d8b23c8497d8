package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * E-mail addresses, found from each '@' outwards rather than by a whole-text regex: the local part
 * (RFC 5322 dot-atom characters, or a quoted string) to the left, a host name of at least two
 * labels to the right. Internationalized addresses (non-ASCII letters, punycode) are accepted.
 * A trailing dot or hyphen is not part of the address. Credentials inside a URL
 * ({@code scheme://user:pw@host}) are left to the connection-string recognizer.
 */
public final class EmailRecognizer implements Recognizer {
    static final int MAX_LOCAL = 64;
    static final int MAX_DOMAIN = 253;
    static final int MAX_LABEL = 63;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.EMAIL);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.mayContain('@')) {
            return;
        }
        String s = text.string();
        int at = s.indexOf('@');
        while (at >= 0) {
            int start = localStart(s, at);
            int end = start >= 0 ? domainEnd(s, at + 1) : -1;
            if (end > 0 && !insideUrlAuthority(s, start)) {
                out.add(new Finding(EntityType.EMAIL, start, end, 0.95, name()));
            }
            at = s.indexOf('@', at + 1);
        }
    }

    /** Start of the local part ending just before {@code at}, or -1 if there is none. */
    private static int localStart(String s, int at) {
        if (at == 0) {
            return -1;
        }
        if (s.charAt(at - 1) == '"') {
            return quotedStart(s, at - 1);
        }
        int i = at;
        while (i > 0 && at - i < MAX_LOCAL + 1 && isLocalChar(s.charAt(i - 1))) {
            i--;
        }
        if (i == at || at - i > MAX_LOCAL) {
            return -1;
        }
        // dots may not lead, trail or repeat in a dot-atom: trim leading ones, reject the rest
        while (i < at && s.charAt(i) == '.') {
            i++;
        }
        if (i == at || s.charAt(at - 1) == '.') {
            return -1;
        }
        for (int j = i + 1; j < at; j++) {
            if (s.charAt(j) == '.' && s.charAt(j - 1) == '.') {
                return -1;
            }
        }
        return i;
    }

    /** Start of a quoted local part whose closing quote is at {@code close}; -1 if unbalanced. */
    private static int quotedStart(String s, int close) {
        for (int i = close - 1; i >= 0 && close - i <= MAX_LOCAL; i--) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                return close - i > 1 ? i : -1;
            }
        }
        return -1;
    }

    /** End (exclusive) of a valid host name starting at {@code from}, or -1. */
    private static int domainEnd(String s, int from) {
        int n = s.length();
        int i = from;
        int labels = 0;
        int lastLabelStart = from;
        int end = -1;
        while (i < n && i - from <= MAX_DOMAIN) {
            int labelStart = i;
            while (i < n && isHostChar(s.charAt(i)) && i - labelStart <= MAX_LABEL) {
                i++;
            }
            if (i == labelStart || i - labelStart > MAX_LABEL
                    || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                break;
            }
            labels++;
            lastLabelStart = labelStart;
            end = i;
            if (i + 1 < n && s.charAt(i) == '.' && isHostChar(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (labels < 2 || end < 0 || !isTopLevel(s, lastLabelStart, end)) {
            return -1;
        }
        // the host must end at a boundary: "a@b.com_x" or "a@b.com@c" is not an address
        if (end < n && (s.charAt(end) == '_' || s.charAt(end) == '@')) {
            return -1;
        }
        return end;
    }

    /** A top-level label: two or more letters, or punycode ({@code xn--...}). */
    static boolean isTopLevel(String s, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        if (s.regionMatches(true, start, "xn--", 0, 4)) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True if the local part is the user-info of a URL such as {@code https://user:pw@host}. */
    private static boolean insideUrlAuthority(String s, int localStart) {
        int i = localStart - 1;
        while (i >= 0 && !Character.isWhitespace(s.charAt(i)) && localStart - i < 512) {
            if (s.charAt(i) == '/' && i > 0 && s.charAt(i - 1) == '/') {
                return true;
            }
            i--;
        }
        return false;
    }

    private static boolean isLocalChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ".!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isHostChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        }
        return Character.isLetterOrDigit(c);
    }
}
