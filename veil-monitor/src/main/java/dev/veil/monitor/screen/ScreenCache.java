package dev.veil.monitor.screen;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.veil.core.EntityType;
import dev.veil.core.TextDigest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers what screening found in texts seen recently. Chat clients re-send the whole
 * conversation on every turn, so most user and tool messages of a request were screened by an
 * earlier one; their detections are a function of the text alone (rules, analyzer and threshold
 * are fixed per screener), so they are reused. Policy, alerts and the optional judge still run on
 * every request.
 *
 * <p>Privacy: no text is kept. Keys are SHA-256 digests of the text (a crafted text cannot borrow
 * another's result without a second preimage), values hold rule ids, scores, offsets and entity
 * types. Failures (detector or rule budget) are never cached: they are recomputed and fail closed
 * each time. Bounded (Caffeine's W-TinyLFU); thread-safe.
 */
final class ScreenCache {
    /** Texts shorter than this are screened directly: hashing them saves little. */
    static final int MIN_CHARS = 64;

    private final Cache<TextDigest, Found> cache;

    ScreenCache(long maxEntries) {
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    /**
     * The detections of one text before policy, and for each credential detection (by index) its
     * entity type. Immutable.
     */
    record Found(List<Detection> detections, Map<Integer, EntityType> credentialTypes) {
        Found {
            detections = List.copyOf(detections);
            credentialTypes = Map.copyOf(credentialTypes);
        }

        boolean failed() {
            return detections.stream().anyMatch(d -> d.rule().equals(InputScreener.DETECTOR_FAILED)
                    || d.rule().equals(InputScreener.RULES_FAILED));
        }
    }

    Found get(String text, Function<String, Found> screen) {
        if (text.length() < MIN_CHARS) {
            return screen.apply(text);
        }
        TextDigest k = TextDigest.of(text);
        Found hit = cache.getIfPresent(k);
        if (hit != null) {
            return hit;
        }
        Found f = screen.apply(text);
        if (!f.failed()) {
            cache.put(k, f);
        }
        return f;
    }
}
