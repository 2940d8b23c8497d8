package dev.veil.cli.redact;

import dev.veil.anonymize.AnonymizeException;
import dev.veil.anonymize.AnonymizedText;
import dev.veil.anonymize.Anonymizer;
import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Scope;
import dev.veil.detect.Analyzer;
import dev.veil.detect.DetectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code veil redact}'s transform: detect (or take the CSV column's declared type), refuse texts
 * holding a blocked type, and anonymize the rest of the batch in one call, so each batch costs one
 * vault transaction per token operator. A field that fails alone (a detection error, a value an
 * operator cannot take) drops only its record.
 */
final class RedactTransform implements FieldTransform {
    private final Analyzer analyzer;
    private final Anonymizer anonymizer;
    private final Scope scope;

    RedactTransform(Analyzer analyzer, Anonymizer anonymizer, Scope scope) {
        this.analyzer = analyzer;
        this.anonymizer = anonymizer;
        this.scope = scope;
    }

    @Override
    public List<Outcome> apply(List<Field> fields) {
        Outcome[] out = new Outcome[fields.size()];
        List<Anonymizer.Input> inputs = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        List<List<Finding>> detected = detectAll(fields);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            List<Finding> findings;
            try {
                findings = detected != null ? detected.get(i) : findingsOf(f);
            } catch (DetectionException e) {
                out[i] = Outcome.refused(e.getMessage());
                continue;
            }
            Set<EntityType> blocked = anonymizer.blockedTypes(findings);
            if (!blocked.isEmpty()) {
                out[i] = Outcome.refused("blocked by policy (" + blocked + ")");
                continue;
            }
            inputs.add(new Anonymizer.Input(f.text(), findings));
            at.add(i);
        }
        List<AnonymizedText> done;
        try {
            done = anonymizer.anonymizeAll(inputs, scope);
        } catch (AnonymizeException | IllegalArgumentException e) {
            done = oneByOne(inputs, at, out);
        }
        for (int k = 0; k < at.size(); k++) {
            AnonymizedText a = done.get(k);
            if (a != null) {
                out[at.get(k)] = new Outcome(a.text(), null, a.replacements(), 0, 0);
            }
        }
        return List.of(out);
    }

    /** After a batch failure: anonymize each text alone, so only the failing ones are dropped. */
    private List<AnonymizedText> oneByOne(List<Anonymizer.Input> inputs, List<Integer> at, Outcome[] out) {
        List<AnonymizedText> done = new ArrayList<>(inputs.size());
        for (int k = 0; k < inputs.size(); k++) {
            try {
                done.add(anonymizer.anonymizeAll(List.of(inputs.get(k)), scope).get(0));
            } catch (AnonymizeException | IllegalArgumentException e) {
                done.add(null);
                out[at.get(k)] = Outcome.refused(e.getMessage());
            }
        }
        return done;
    }

    /**
     * The findings of every field in one {@link Analyzer#analyzeAll} call (faster than one call per
     * field), or null if detection failed somewhere in the batch: then each field is analyzed alone
     * and only the failing ones are refused.
     */
    private List<List<Finding>> detectAll(List<Field> fields) {
        List<String> texts = new ArrayList<>();
        for (Field f : fields) {
            if (f.knownType() == null) {
                texts.add(f.text());
            }
        }
        List<List<Finding>> found;
        try {
            found = analyzer.analyzeAll(texts);
        } catch (DetectionException e) {
            return null;
        }
        List<List<Finding>> all = new ArrayList<>(fields.size());
        int k = 0;
        for (Field f : fields) {
            all.add(f.knownType() == null ? found.get(k++) : findingsOf(f));
        }
        return all;
    }

    private List<Finding> findingsOf(Field f) {
        if (f.knownType() == null) {
            return analyzer.analyze(f.text());
        }
        return f.text().isEmpty() ? List.of() : List.of(new Finding(f.knownType(), 0, f.text().length(), 1.0, "column"));
    }
}
