package dev.veil.gateway.mask;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.core.Finding;
import java.util.List;

/**
 * One string inside a request body that is scanned and rewritten: where it lives (object field or
 * array element) and, after analysis, its findings.
 */
final class TextSlot {
    private final ObjectNode object;
    private final String field;
    private final ArrayNode array;
    private final int index;
    final String text;
    List<Finding> findings = List.of();

    private TextSlot(ObjectNode object, String field, ArrayNode array, int index, String text) {
        this.object = object;
        this.field = field;
        this.array = array;
        this.index = index;
        this.text = text;
    }

    static TextSlot field(ObjectNode object, String field, String text) {
        return new TextSlot(object, field, null, -1, text);
    }

    static TextSlot element(ArrayNode array, int index, String text) {
        return new TextSlot(null, null, array, index, text);
    }

    void set(String value) {
        if (object != null) {
            object.put(field, value);
        } else {
            array.set(index, array.textNode(value));
        }
    }

    @Override
    public String toString() {
        return "TextSlot[" + (field != null ? field : "#" + index) + ", " + text.length() + " chars]";
    }
}
