package dev.veil.gateway.mask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnalysisCacheTest {
    @Test
    void repeatedTextIsAnalyzedOnceAndShortTextsAlways() {
        AtomicInteger calls = new AtomicInteger();
        Recognizer counting = new Recognizer() {
            @Override public String name() { return "count"; }
            @Override public Set<EntityType> types() { return Set.of(EntityType.PERSON); }
            @Override public void recognize(Text text, List<Finding> out) {
                calls.incrementAndGet();
                int i = text.string().indexOf("Maria");
                if (i >= 0) {
                    out.add(new Finding(EntityType.PERSON, i, i + 5, 0.9, "count"));
                }
            }
        };
        AnalysisCache cache = new AnalysisCache(Analyzer.builder().clearRecognizers().addRecognizer(counting).build(), 100);
        String longText = "System prompt: you are a helpful assistant for Maria and her team. ".repeat(3);
        List<Finding> first = cache.apply(longText);
        List<Finding> second = cache.apply(longText);
        assertThat(second).isEqualTo(first).hasSize(1);
        assertThat(calls).hasValue(1);
        assertThat(cache.apply(longText + " ")).hasSize(1);
        assertThat(calls).hasValue(2);
        cache.apply("Maria");
        cache.apply("Maria");
        assertThat(calls).hasValue(4);
    }
}
