package dev.veil.cli.redact;

import dev.veil.anonymize.Restorer;
import dev.veil.anonymize.RestoredText;
import java.util.ArrayList;
import java.util.List;

/** {@code veil restore}'s transform: every known token of the scope back to its value. */
final class RestoreTransform implements FieldTransform {
    private final Restorer restorer;

    RestoreTransform(Restorer restorer) {
        this.restorer = restorer;
    }

    @Override
    public List<Outcome> apply(List<Field> fields) {
        List<Outcome> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            RestoredText r = restorer.restore(f.text());
            out.add(new Outcome(r.text(), null, List.of(), r.restored(), r.unknown()));
        }
        return out;
    }
}
