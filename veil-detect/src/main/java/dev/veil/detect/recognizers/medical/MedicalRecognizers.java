package dev.veil.detect.recognizers.medical;

import dev.veil.detect.Recognizer;
import java.util.List;

/** Built-in recognizers for medical and health-plan identifiers. */
public final class MedicalRecognizers {
    private MedicalRecognizers() {
    }

    /** One instance of each recognizer of this family, in run order. */
    public static List<Recognizer> all() {
        return List.of(new MedicalRecordNumberRecognizer(), new ReferenceNumberRecognizer(), new HealthPlanIdRecognizer(),
                new NpiRecognizer(),
                new DeaNumberRecognizer(), new MedicareMbiRecognizer());
    }
}
