package dev.veil.cli.redact;

import dev.veil.core.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one batch or of a whole run: records, problems (value-free: source, line, reason),
 * replacements per entity type and per operator, restored and unknown tokens. Not thread-safe: each
 * batch fills its own, and the writer merges them in order.
 */
final class RunStats {
    static final int MAX_PROBLEMS_KEPT = 1000;

    long records;
    long dropped;
    long restored;
    long unknown;
    long problemCount;
    final Map<EntityType, Long> byType = new EnumMap<>(EntityType.class);
    final Map<String, Long> byOperator = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    void replaced(EntityType type, String operator) {
        byType.merge(type, 1L, Long::sum);
        byOperator.merge(operator, 1L, Long::sum);
    }

    /** A record that could not be processed and is not in the output. */
    void problem(String message) {
        dropped++;
        problemCount++;
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(message);
        }
    }

    void merge(RunStats o) {
        records += o.records;
        dropped += o.dropped;
        restored += o.restored;
        unknown += o.unknown;
        problemCount += o.problemCount;
        o.byType.forEach((k, v) -> byType.merge(k, v, Long::sum));
        o.byOperator.forEach((k, v) -> byOperator.merge(k, v, Long::sum));
        for (String p : o.problems) {
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(p);
            }
        }
    }

    List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    long replacements() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }
}
