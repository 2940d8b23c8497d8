package dev.veil.gateway.restore;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts token-shaped strings in a model's answer that were never issued for this request (the
 * model invented or garbled them, e.g. {@code [PERSON_7]}). They are left as they are; the count
 * goes to metrics and the audit record. Works on streamed text: a short tail of the previous piece
 * is kept so a token split across pieces is counted once.
 */
public final class InventedTokenCounter {
    /** Matches the placeholder styles the vault issues: [TYPE_1], <TYPE_1>, {{TYPE_1}}. */
    private static final Pattern SHAPE = Pattern.compile("\\[[A-Z][A-Z_]{1,40}_\\d{1,9}]|<[A-Z][A-Z_]{1,40}_\\d{1,9}>"
            + "|\\{\\{[A-Z][A-Z_]{1,40}_\\d{1,9}}}");
    private static final int TAIL = 64;

    private final Set<String> issued;
    private String tail = "";
    private long count;

    public InventedTokenCounter(Set<String> issued) {
        this.issued = issued;
    }

    /** Looks at the next piece of the (masked) answer. */
    public void accept(String piece) {
        if (piece.isEmpty()) {
            return;
        }
        String window = tail + piece;
        Matcher m = SHAPE.matcher(window);
        while (m.find()) {
            if (m.end() > tail.length() && !issued.contains(m.group())) {
                count++;
            }
        }
        tail = window.length() <= TAIL ? window : window.substring(window.length() - TAIL);
    }

    public long count() {
        return count;
    }
}
