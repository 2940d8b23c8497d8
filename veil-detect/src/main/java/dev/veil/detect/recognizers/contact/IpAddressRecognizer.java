package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.DigitGroups;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * IPv4 addresses (four dot-separated octets 0-255, no leading zeros) and IPv6 addresses in every
 * RFC 4291 text form: full, '::'-compressed, with an embedded IPv4 tail ({@code ::ffff:192.0.2.1})
 * and with a zone id ({@code fe80::1%eth0}). IPv4 candidates come from {@link DigitGroups};
 * IPv6 candidates are the maximal runs of hex digits, ':' and '.' around each ':'.
 *
 * <p>Short compressed forms with fewer than three groups ({@code 1::2}) also occur in code (slices,
 * scopes), so they score below the threshold and need a word such as "ip" nearby. Four-part
 * version numbers look like IPv4 addresses; the word "version" nearby suppresses them.
 */
public final class IpAddressRecognizer implements Recognizer {
    private static final int MAX_V6 = 64;

    @Override
    public String name() {
        return "ip_address";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.IP_ADDRESS);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(
                ContextRule.boost(EntityType.IP_ADDRESS, 0.3, "ip", "ipv4", "ipv6", "address", "host", "server",
                        "gateway", "inet", "addr", "client", "from", "via"),
                ContextRule.suppress(EntityType.IP_ADDRESS, 0.5, "version", "ver", "v", "release", "build",
                        "oid", "section", "chapter").window(2, 0));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        if (text.mayContain('.')) {
            DigitGroups.scan(text, 4, 12, ".", (start, end, d, len, groups) -> {
                if (groups == 4 && validV4(text.string(), start, end)) {
                    out.add(new Finding(EntityType.IP_ADDRESS, start, end, 0.95, name()));
                }
            });
        }
        if (text.mayContain(':')) {
            ipv6(text, out);
        }
    }

    private void ipv6(Text text, List<Finding> out) {
        String s = text.string();
        int n = s.length();
        int colon = s.indexOf(':');
        while (colon >= 0) {
            int a = colon;
            while (a > 0 && isV6Char(s.charAt(a - 1))) {
                a--;
            }
            int b = colon + 1;
            while (b < n && isV6Char(s.charAt(b))) {
                b++;
            }
            int next = b;
            // a single ':' at either end is punctuation ("IP:fe80::1", "at fe80::1:"), not part of the address
            if (a + 1 < b && s.charAt(a) == ':' && s.charAt(a + 1) != ':') {
                a++;
            }
            if (b - 1 > a && s.charAt(b - 1) == ':' && s.charAt(b - 2) != ':') {
                b--;
            }
            while (b > a && s.charAt(b - 1) == '.') {
                b--;
            }
            if (b - a <= MAX_V6 && !text.isWordCharAt(a - 1) && s.charAt(Math.max(0, a - 1)) != '_') {
                int groups = v6Groups(s, a, b);
                int end = b;
                if (groups > 0 && end < n && s.charAt(end) == '%') {
                    end = zoneEnd(s, end + 1);
                }
                if (groups > 0 && !text.isWordCharAt(end)) {
                    double score = groups >= 3 || s.startsWith("::", a) ? 0.9 : 0.4;
                    out.add(new Finding(EntityType.IP_ADDRESS, a, end, score, name()));
                }
            }
            colon = next < n ? s.indexOf(':', next) : -1;
        }
    }

    /**
     * Number of explicit 16-bit groups if {@code s[a, b)} is a valid IPv6 address (an IPv4 tail
     * counts as two), else 0. Requires at least one decimal digit: "abc::def" is code, not an address.
     */
    static int v6Groups(String s, int a, int b) {
        int groups = 0;
        boolean compressed = false;
        boolean digit = false;
        int i = a;
        if (s.startsWith("::", i)) {
            compressed = true;
            i += 2;
        }
        while (i < b) {
            int g = i;
            while (i < b && isHex(s.charAt(i))) {
                digit |= s.charAt(i) <= '9';
                i++;
            }
            if (i < b && s.charAt(i) == '.') {
                // an IPv4 tail: must be last and a valid dotted quad
                if (!validV4(s, g, b)) {
                    return 0;
                }
                groups += 2;
                digit = true;
                i = b;
                break;
            }
            int len = i - g;
            if (len == 0 || len > 4) {
                return 0;
            }
            groups++;
            if (i == b) {
                break;
            }
            // s[i] == ':'
            if (i + 1 < b && s.charAt(i + 1) == ':') {
                if (compressed) {
                    return 0;
                }
                compressed = true;
                i += 2;
            } else if (i + 1 == b) {
                return 0;
            } else {
                i++;
            }
        }
        boolean ok = compressed ? groups <= 7 : groups == 8;
        return ok && digit ? groups : 0;
    }

    /** Four decimal octets 0-255 without leading zeros, separated by single dots. */
    static boolean validV4(String s, int a, int b) {
        int parts = 0;
        int i = a;
        while (i <= b) {
            int g = i;
            int v = 0;
            while (i < b && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - g < 4) {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            int len = i - g;
            if (len == 0 || len > 3 || v > 255 || (len > 1 && s.charAt(g) == '0')) {
                return false;
            }
            parts++;
            if (i == b) {
                break;
            }
            if (s.charAt(i) != '.') {
                return false;
            }
            i++;
        }
        return parts == 4;
    }

    private static int zoneEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 32) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                i++;
            } else {
                break;
            }
        }
        return i == from ? from - 1 : i;
    }

    private static boolean isV6Char(char c) {
        return isHex(c) || c == ':' || c == '.';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
