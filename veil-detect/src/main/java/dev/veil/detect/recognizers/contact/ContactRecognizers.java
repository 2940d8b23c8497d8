package dev.veil.detect.recognizers.contact;

import dev.veil.detect.Recognizer;
import java.util.List;

/**
 * Built-in recognizers for e-mail, phone, URL, IP and MAC addresses, dates, ages, street addresses
 * and postal codes. Immutable; the instances are stateless and shared by all threads.
 */
public final class ContactRecognizers {
    private ContactRecognizers() {
    }

    /** One instance of each recognizer of this family, in run order. */
    public static List<Recognizer> all() {
        return List.of(
                new EmailRecognizer(),
                new UrlRecognizer(),
                new IpAddressRecognizer(),
                new MacAddressRecognizer(),
                new PhoneRecognizer(),
                new PagerRecognizer(),
                new NumericDateRecognizer(),
                new WrittenDateRecognizer(),
                new YearRecognizer(),
                new HolidayRecognizer(),
                new OrdinalDayRecognizer(),
                new LoneMonthRecognizer(),
                new AgeRecognizer(),
                new ZipRecognizer(),
                new StreetAddressRecognizer());
    }
}
