package dev.veil.monitor.alert;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Formats an alert as an RFC 5424 syslog message:
 * {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD-ID param="v" ...] MSG}, with the
 * alert's fields as structured data and its JSON as the message. All fields come from the
 * validated alert, so the message is printable US-ASCII.
 */
final class Rfc5424 {
    /** RFC 3339 with at most 6 fractional digits, as RFC 5424 section 6.2.3 requires. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

    private final int facility;
    private final String hostname;
    private final String appName;
    private final String procId;
    private final String sdId;

    Rfc5424(int facility, String hostname, String appName, String procId, String sdId) {
        if (facility < 0 || facility > 23) {
            throw new IllegalArgumentException("syslog facility must be 0..23");
        }
        this.facility = facility;
        this.hostname = header(hostname, 255);
        this.appName = header(appName, 48);
        this.procId = header(procId, 128);
        this.sdId = sdId;
    }

    String format(Alert a) {
        StringBuilder sb = new StringBuilder(384);
        sb.append('<').append(facility * 8 + a.severity().syslogCode()).append(">1 ")
                .append(TIME.format(a.time())).append(' ')
                .append(hostname).append(' ').append(appName).append(' ').append(procId).append(' ')
                .append("ALERT ")
                .append('[').append(sdId);
        param(sb, "rule", a.rule());
        param(sb, "severity", a.severity().name());
        if (a.keyId() != null) {
            param(sb, "keyId", a.keyId());
        }
        if (a.requestId() != null) {
            param(sb, "requestId", a.requestId());
        }
        if (a.model() != null) {
            param(sb, "model", a.model());
        }
        for (Map.Entry<String, Integer> e : a.counts().entrySet()) {
            param(sb, "count", e.getKey() + "=" + e.getValue());
        }
        sb.append("] ").append(a.toJson());
        return sb.toString();
    }

    /** Section 6.3.3: '"', '\' and ']' are escaped with a backslash inside PARAM-VALUE. */
    private static void param(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** Header fields are PRINTUSASCII without spaces, bounded; anything else becomes the NILVALUE '-'. */
    private static String header(String s, int max) {
        if (s == null || s.isEmpty() || s.length() > max) {
            return "-";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 33 || c > 126) {
                return "-";
            }
        }
        return s;
    }
}
