package dev.veil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Label mapping of the peer harness ({@code shared/peers/pii/types.json}): {@code peers[adapter][label]},
 * falling back to {@code peers[adapter]["*"]}, then to the label itself.
 */
final class PeerTypes {
    private PeerTypes() {
    }

    /** Loads {@code spec} = {@code path/to/types.json:adapter}. */
    static UnaryOperator<String> load(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new IllegalArgumentException("--peer-types wants TYPES.json:ADAPTER");
        }
        Path file = Path.of(spec.substring(0, colon));
        String adapter = spec.substring(colon + 1);
        JsonNode table;
        try {
            table = Jsonl.JSON.readTree(file.toFile()).path("peers").path(adapter);
        } catch (IOException e) {
            throw new UncheckedIOException("peer types " + file + ": cannot read", e);
        }
        if (!table.isObject()) {
            throw new IllegalArgumentException("peer types " + file + ": no adapter named " + adapter);
        }
        Map<String, String> map = new HashMap<>();
        table.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        String fallback = map.get("*");
        return label -> map.getOrDefault(label, fallback == null ? label : fallback);
    }
}
