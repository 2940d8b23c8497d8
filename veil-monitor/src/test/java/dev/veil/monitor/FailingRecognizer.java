package dev.veil.monitor;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Recognizer;
import dev.veil.detect.Text;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A detector that is down: every call throws (and is counted), for the fail-closed tests. */
public final class FailingRecognizer implements Recognizer {
    private final EntityType type;
    private final AtomicInteger calls = new AtomicInteger();

    public FailingRecognizer(EntityType type) {
        this.type = type;
    }

    /** How many times {@link #recognize} was called. */
    public int calls() {
        return calls.get();
    }

    @Override
    public String name() {
        return "boom";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(type);
    }

    @Override
    public void recognize(Text text, List<Finding> out) {
        calls.incrementAndGet();
        throw new IllegalStateException("down");
    }
}
