package dev.veil.monitor.screen;

import static dev.veil.monitor.screen.ScreenCategory.HIDDEN_TEXT;

import dev.veil.detect.GuardedPattern;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;

/**
 * Finds base64 and hex blobs whose decoded content is text that the phrase rules flag, the classic
 * way to smuggle "ignore previous instructions" past a filter. A blob that decodes to binary (a
 * key, a hash, an image) or to harmless text is not reported, which keeps code and data pastes
 * clean. Nested encodings are followed to a fixed depth.
 */
final class EncodedBlobScanner {
    static final String RULE = "hidden.encoded_instructions";

    static final GuardedPattern BASE64 = GuardedPattern.compile("base64_blob", "[A-Za-z0-9+/_-]{16,}+={0,2}");
    static final GuardedPattern HEX = GuardedPattern.compile("hex_blob",
            "(?:\\\\x[0-9a-fA-F]{2}){8,}|(?:[0-9a-fA-F]{2}[ :,-]){8,}[0-9a-fA-F]{2}|(?:[0-9a-fA-F]{2}){12,}");
    /** Bounds the work an adversarial prompt full of blobs can cause. */
    static final int MAX_BLOBS = 64;
    static final int MAX_BLOB_CHARS = 1 << 16;

    private EncodedBlobScanner() {
    }

    /**
     * Adds one detection per blob whose decoded text scores at least {@code threshold} under
     * {@code judge} (the phrase rules' combined injection and exfiltration score).
     */
    static void scan(String s, double threshold, ToDoubleFunction<String> judge, List<Detection> out) {
        int budget = MAX_BLOBS;
        int b64 = firstRun(s, 0, EncodedBlobScanner::isBase64Char, 16);
        if (b64 >= 0) {
            budget = scan(s, b64, BASE64, true, threshold, judge, out, budget);
        }
        int escape = s.indexOf("\\x");
        int hex = firstRun(s, 0, EncodedBlobScanner::isHexOrSeparator, 24);
        if (escape >= 0 || hex >= 0) {
            scan(s, escape < 0 ? hex : hex < 0 ? escape : Math.min(escape, hex), HEX, false, threshold, judge, out, budget);
        }
    }

    /*
     * Exact pre-checks, so ordinary prose skips the regex scans (which try every position) and the
     * scans start where a match first becomes possible: a BASE64 match is 16 or more consecutive
     * base64 chars; a HEX match either starts with "\x" or is at least 24 consecutive chars of hex
     * digits and separators ([0-9a-fA-F]{2} twelve times, or eight pairs each followed by a
     * separator). Neither pattern looks behind, so starting the search later finds the same matches.
     */
    private static int firstRun(String s, int from, CharPredicate p, int min) {
        int run = 0;
        for (int i = from; i < s.length(); i++) {
            if (p.test(s.charAt(i))) {
                if (++run >= min) {
                    return i + 1 - run;
                }
            } else {
                run = 0;
            }
        }
        return -1;
    }

    private interface CharPredicate {
        boolean test(char c);
    }

    private static boolean isBase64Char(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '_' || c == '-';
    }

    private static boolean isHexOrSeparator(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ' ' || c == ':'
                || c == ',' || c == '-';
    }

    private static int scan(String s, int from, GuardedPattern p, boolean base64, double threshold,
                            ToDoubleFunction<String> judge, List<Detection> out, int budget) {
        Matcher m = p.matcher(s);
        m.region(from, s.length());
        while (budget > 0 && m.find()) {
            int start = m.start();
            int end = m.end();
            int len = end - start;
            if (base64) {
                // Matches are exactly the maximal runs of 16+ base64 chars (the quantifier is
                // possessive), so the search can jump to the next such run instead of trying every
                // position in between; a match ends at a run's end or after its '=' padding.
                int next = firstRun(s, end, EncodedBlobScanner::isBase64Char, 16);
                m.region(next < 0 ? s.length() : next, s.length());
            }
            if (len > MAX_BLOB_CHARS) {
                continue;
            }
            budget--;
            String blob = s.substring(start, end);
            String decoded = base64 ? decodeBase64(blob) : decodeHex(blob);
            if (decoded == null) {
                continue;
            }
            double score = judge.applyAsDouble(decoded);
            if (score >= threshold) {
                out.add(new Detection(HIDDEN_TEXT, RULE, Math.max(0.9, score), start, end));
            }
        }
        return budget;
    }

    static String decodeBase64(String blob) {
        String b = blob;
        int pad = b.indexOf('=');
        String core = pad >= 0 ? b.substring(0, pad) : b;
        if (core.length() % 4 == 1) {
            return null;
        }
        boolean url = core.indexOf('-') >= 0 || core.indexOf('_') >= 0;
        if (url && (core.indexOf('+') >= 0 || core.indexOf('/') >= 0)) {
            return null;
        }
        try {
            byte[] bytes = (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(core);
            return asText(bytes);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String decodeHex(String blob) {
        StringBuilder digits = new StringBuilder(blob.length());
        for (int i = 0; i < blob.length(); i++) {
            char c = blob.charAt(i);
            if (c == '\\' && i + 1 < blob.length() && blob.charAt(i + 1) == 'x') {
                i++;
                continue;
            }
            if (Character.digit(c, 16) >= 0) {
                digits.append(c);
            }
        }
        if (digits.length() % 2 != 0) {
            return null;
        }
        return asText(HexFormat.of().parseHex(digits));
    }

    /** Strict UTF-8 text that is mostly letters and spaces, or null. */
    private static String asText(byte[] bytes) {
        if (bytes.length < 8) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int letters = 0;
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == ' ') {
                letters++;
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return control == 0 && letters * 10 >= text.length() * 6 ? text : null;
    }
}
