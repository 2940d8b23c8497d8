package dev.veil.detect.recognizers.ids;

import dev.veil.detect.Recognizer;
import java.util.List;

/**
 * Built-in recognizers for government identifiers (US, UK and EU national IDs, passports, driving
 * licences) and vehicle/device identifiers.
 */
public final class IdRecognizers {
    private IdRecognizers() {
    }

    /** One instance of each recognizer of this family, in run order. */
    public static List<Recognizer> all() {
        return List.of(new SsnRecognizer(), new ItinRecognizer(), new EinRecognizer(), new PassportRecognizer(),
                new DriverLicenseRecognizer(), new UkNinoRecognizer(), new UkNhsRecognizer(),
                new GermanTaxIdRecognizer(), new FrenchNirRecognizer(), new SpanishNifRecognizer(),
                new ItalianFiscalCodeRecognizer(),
                new DutchBsnRecognizer(), new VinRecognizer(), new LicensePlateRecognizer(), new DeviceIdRecognizer());
    }
}
