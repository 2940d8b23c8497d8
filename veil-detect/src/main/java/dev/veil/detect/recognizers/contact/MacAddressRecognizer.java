package dev.veil.detect.recognizers.contact;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;

/**
 * MAC (EUI-48) addresses: six hex pairs joined by ':' or '-' ({@code 00:1A:2B:3C:4D:5E},
 * {@code 00-1A-2B-3C-4D-5E}), one separator throughout, or three dot-joined quads in Cisco
 * notation ({@code 001a.2b3c.4d5e}). The address must stand alone: a seventh pair or a glued
 * letter means it is part of something longer (an IPv6 address, a fingerprint, a hash).
 * Cisco quads with no hex letter are often other numbers, so they need a cue word nearby.
 */
public final class MacAddressRecognizer implements Recognizer {

    @Override
    public String name() {
        return "mac_address";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.MAC_ADDRESS);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.MAC_ADDRESS, 0.3, "mac", "hardware", "ethernet",
                "wifi", "bssid", "ether", "hwaddr", "device", "adapter", "nic"));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        boolean pairs = text.mayContain(':') || text.mayContain('-');
        if (!pairs && !text.mayContain('.')) {
            return;
        }
        String s = text.string();
        int n = s.length();
        // the separators first: a start needs ':' or '-' two chars on, or '.' four chars on, so
        // the scan jumps from one separator to the next (String.indexOf) instead of reading every char
        int colon = pairs ? s.indexOf(':', 2) : -1;
        int dash = pairs ? s.indexOf('-', 2) : -1;
        int dot = s.indexOf('.', 4);
        int i = 0;
        while (true) {
            while (colon >= 0 && colon - 2 < i) {
                colon = s.indexOf(':', colon + 1);
            }
            while (dash >= 0 && dash - 2 < i) {
                dash = s.indexOf('-', dash + 1);
            }
            while (dot >= 0 && dot - 4 < i) {
                dot = s.indexOf('.', dot + 1);
            }
            int next = Integer.MAX_VALUE;
            if (colon >= 0) {
                next = colon - 2;
            }
            if (dash >= 0) {
                next = Math.min(next, dash - 2);
            }
            if (dot >= 0) {
                next = Math.min(next, dot - 4);
            }
            if (next == Integer.MAX_VALUE || next + 14 > n) {
                return;
            }
            i = next;
            if (!isHex(s.charAt(i)) || (i > 0 && isAddressChar(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = pairs ? pairedEnd(s, i) : -1;
            double score = 0.9;
            if (end < 0) {
                end = ciscoEnd(s, i);
                score = hasHexLetter(s, i, end) ? 0.75 : 0.35;
            }
            if (end > 0 && (end == n || !isAddressChar(s.charAt(end)) && !followedBySeparatorHex(s, end))) {
                out.add(new Finding(EntityType.MAC_ADDRESS, i, end, score, name()));
                i = end;
            } else {
                i++;
            }
        }
    }

    /** End of {@code hh:hh:hh:hh:hh:hh} (or with '-') starting at {@code i}, else -1. */
    private static int pairedEnd(String s, int i) {
        if (i + 17 > s.length()) {
            return -1;
        }
        char sep = s.charAt(i + 2);
        if (sep != ':' && sep != '-') {
            return -1;
        }
        for (int k = 0; k < 6; k++) {
            int p = i + 3 * k;
            if (!isHex(s.charAt(p)) || !isHex(s.charAt(p + 1)) || (k < 5 && s.charAt(p + 2) != sep)) {
                return -1;
            }
        }
        return i + 17;
    }

    /** End of {@code hhhh.hhhh.hhhh} starting at {@code i}, else -1. */
    private static int ciscoEnd(String s, int i) {
        if (s.charAt(i + 4) != '.') {
            return -1; // the cheap test first: most hex-looking word starts are plain words
        }
        for (int k = 0; k < 3; k++) {
            int p = i + 5 * k;
            for (int j = 0; j < 4; j++) {
                if (!isHex(s.charAt(p + j))) {
                    return -1;
                }
            }
            if (k < 2 && s.charAt(p + 4) != '.') {
                return -1;
            }
        }
        return i + 14;
    }

    private static boolean followedBySeparatorHex(String s, int end) {
        return end + 1 < s.length() && ":-.".indexOf(s.charAt(end)) >= 0 && isHex(s.charAt(end + 1));
    }

    private static boolean hasHexLetter(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.charAt(i) > '9' && s.charAt(i) != '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
