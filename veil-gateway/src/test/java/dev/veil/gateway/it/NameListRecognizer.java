package dev.veil.gateway.it;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test recognizer: finds a fixed list of values, so gateway tests do not depend on name models. */
record NameListRecognizer(Map<String, EntityType> values) implements Recognizer {
    @Override
    public String name() {
        return "test_list";
    }

    @Override
    public Set<EntityType> types() {
        return Set.copyOf(values.values());
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        String s = text.string();
        for (Map.Entry<String, EntityType> e : values.entrySet()) {
            int i = s.indexOf(e.getKey());
            while (i >= 0) {
                out.add(new Finding(e.getValue(), i, i + e.getKey().length(), 0.95, name()));
                i = s.indexOf(e.getKey(), i + 1);
            }
        }
    }
}
