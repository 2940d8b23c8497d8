package dev.veil.gateway.mask;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.veil.core.TextDigest;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import java.util.function.Function;

/**
 * Remembers the analyzer's findings for texts seen recently. Chat clients re-send the whole
 * conversation (and the same system prompt) on every turn, so most of a request's text was already
 * analyzed by an earlier request.
 *
 * <p>Privacy: the cache holds no text. Keys are SHA-256 digests of the text (a collision would need
 * a second preimage of SHA-256, so a crafted text cannot borrow another text's findings), values are
 * {@link Finding} lists, which hold offsets and types only. Bounded in size (LRU-ish, Caffeine's
 * W-TinyLFU); thread-safe.
 */
public final class AnalysisCache implements Function<String, List<Finding>> {
    /** Texts shorter than this are analyzed directly: hashing them saves nothing. */
    static final int MIN_CHARS = 64;

    private final Analyzer analyzer;
    private final Cache<TextDigest, List<Finding>> cache;

    public AnalysisCache(Analyzer analyzer, long maxEntries) {
        this.analyzer = analyzer;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    @Override
    public List<Finding> apply(String text) {
        if (text.length() < MIN_CHARS) {
            return analyzer.analyze(text);
        }
        TextDigest k = TextDigest.of(text);
        List<Finding> hit = cache.getIfPresent(k);
        if (hit != null) {
            return hit;
        }
        List<Finding> fs = analyzer.analyze(text);
        cache.put(k, fs);
        return fs;
    }
}
