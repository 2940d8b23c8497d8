package dev.veil.detect.recognizers;

import dev.veil.detect.Recognizer;
import dev.veil.detect.recognizers.contact.ContactRecognizers;
import dev.veil.detect.recognizers.finance.FinanceRecognizers;
import dev.veil.detect.recognizers.ids.IdRecognizers;
import dev.veil.detect.recognizers.medical.MedicalRecognizers;
import dev.veil.detect.recognizers.names.NameRecognizers;
import dev.veil.detect.recognizers.secrets.SecretRecognizers;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable registry of built-in recognizers, one list per family. Built once, on first use.
 */
public final class BuiltInRecognizers {
    private static final List<Recognizer> ALL;

    static {
        List<Recognizer> all = new ArrayList<>();
        all.addAll(ContactRecognizers.all());
        all.addAll(IdRecognizers.all());
        all.addAll(FinanceRecognizers.all());
        all.addAll(MedicalRecognizers.all());
        all.addAll(SecretRecognizers.all());
        all.addAll(NameRecognizers.all());
        ALL = List.copyOf(all);
    }

    private BuiltInRecognizers() {
    }

    public static List<Recognizer> all() {
        return ALL;
    }
}
