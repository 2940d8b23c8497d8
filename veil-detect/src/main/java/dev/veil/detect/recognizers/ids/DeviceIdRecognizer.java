package dev.veil.detect.recognizers.ids;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.ContextRule;
import dev.veil.detect.Cues;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import dev.veil.detect.TokenRuns;
import dev.veil.detect.checksum.Gs1;
import dev.veil.detect.checksum.Luhn;
import java.util.List;
import java.util.Set;

/**
 * Device identifiers and serial numbers (HIPAA identifiers L and M):
 * <ul>
 *   <li>values after a device label ({@code serial number SN-4471-AX9}, {@code IMEI 490154203237518},
 *       {@code device ID ...}): 5-30 letters and digits, dash-joined groups allowed, at least four
 *       digits ("serial 12-lead ECGs" is a clinical phrase, not a serial number), except after an
 *       unambiguous label ("S/N", "serial number"), where 8+ capitals with few or no digits also
 *       count. A 15-digit IMEI with a valid Luhn digit after "IMEI" scores highest;
 *   <li>UDI device identifiers in GS1 form anywhere: {@code (01)} + a GTIN-14 with a valid check
 *       digit, with the production identifiers that follow ({@code (17)141120(10)A123(21)...}).
 * </ul>
 */
public final class DeviceIdRecognizer implements Recognizer {
    static final double LABELLED = 0.75;
    static final double IMEI = 0.9;
    static final double UDI = 0.8;
    /** A bare "serial" or "sn" is also an adjective or an abbreviation: its values need four digits. */
    static final double WEAK_LABEL = 0.7;
    private static final Cues CUES = Cues.builder()
            .cue(LABELLED, "serial number", "serial no", "s/n", "device id", "device identifier",
                    "device serial", "udi", "meid", "esn", "asset tag", "equipment id", "hardware id", "imei",
                    "serial #", "serial #s", "serial#", "serial numbers", "serial nos")
            .cue(WEAK_LABEL, "serial", "sn")
            .fillers("id")
            .build();

    @Override
    public String name() {
        return "device_id";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DEVICE_ID);
    }

    @Override
    public List<ContextRule> context() {
        return List.of(ContextRule.boost(EntityType.DEVICE_ID, 0.15, "udi", "device", "implant"),
                // an IMEI is Luhn-valid and 15 digits long, like some card numbers
                ContextRule.suppress(EntityType.CREDIT_CARD, 0.4, "imei", "meid").window(3, 0),
                ContextRule.suppress(EntityType.PHONE, 0.4,
                        "imei", "meid", "serial number", "serial no", "s/n", "device id").window(3, 0));
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        if (!text.hasDigit()) {
            return;
        }
        char[] buf = new char[30];
        CUES.forEachValue(text, (t, score) -> {
            int last = TokenRuns.runEnd(text, t, "-", 30);
            int n = TokenRuns.copyUpper(text, t, last, buf);
            int digits = TokenRuns.digitCount(buf, n);
            // after an unambiguous label ("S/N", "serial number") a serial may be mostly or all
            // letters ("S/N NRZJ6GLMGE"), if written in capitals as serials are; else four digits
            boolean strongValue = score >= LABELLED && n >= 8 && (digits > 0 || allUpper(text, t, last));
            if (n < 5 || (digits < 4 && !strongValue) || TokenRuns.looksLikeDate(text, t, last)) {
                return;
            }
            boolean imei = n == 15 && TokenRuns.digitCount(buf, n) == 15 && Luhn.isValid(buf, n);
            out.add(new Finding(EntityType.DEVICE_ID, text.tokenStart(t), text.tokenEnd(last), imei ? IMEI : score,
                    name()));
        });
        if (text.mayContain('(')) {
            findUdis(text, out);
        }
    }

    private static boolean allUpper(Text text, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (text.tokenHas(k, Text.FLAG_HAS_LETTER) && !text.tokenHas(k, Text.FLAG_ALL_UPPER)) {
                return false;
            }
        }
        return true;
    }

    /** GS1 element strings starting with AI (01) and a valid GTIN-14. */
    private void findUdis(Text text, List<Finding> out) {
        String s = text.string();
        char[] gtin = new char[14];
        for (int i = s.indexOf("(01)"); i >= 0; i = s.indexOf("(01)", i + 1)) {
            int p = i + 4;
            if (p + 14 > s.length()) {
                return;
            }
            s.getChars(p, p + 14, gtin, 0);
            if (!Gs1.isValid(gtin, 14) || (p + 14 < s.length() && Character.isLetterOrDigit(s.charAt(p + 14)))) {
                continue;
            }
            int end = p + 14;
            // production identifiers: (11)/(17) dates, (10) lot, (21) serial, each "(NN)value"
            while (end + 4 < s.length() && s.charAt(end) == '(' && isDigit(s.charAt(end + 1))
                    && isDigit(s.charAt(end + 2)) && s.charAt(end + 3) == ')') {
                int v = end + 4;
                while (v < s.length() && v - end < 24 && Character.isLetterOrDigit(s.charAt(v))) {
                    v++;
                }
                if (v == end + 4) {
                    break;
                }
                end = v;
            }
            out.add(new Finding(EntityType.DEVICE_ID, i, end, UDI, name()));
            i = end - 1;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
