package dev.veil.detect.recognizers.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.detect.Analyzer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the contact recognizers over generated inputs. */
class ContactPropertiesTest {
    private static final Analyzer ALL = all();

    private static Analyzer all() {
        Analyzer.Builder b = Analyzer.builder().clearRecognizers();
        ContactRecognizers.all().forEach(b::addRecognizer);
        return b.build();
    }

    @Property(tries = 300, seed = "20261129")
    void anyTextGivesSortedInBoundsSpans(@ForAll String text) {
        List<Finding> fs = ALL.analyze(text);
        int prevEnd = 0;
        for (Finding f : fs) {
            assertThat(f.start()).isGreaterThanOrEqualTo(prevEnd);
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
            prevEnd = f.end();
        }
    }

    @Property(tries = 300, seed = "20261129")
    void everyWellFormedEmailIsFoundExactly(@ForAll("emails") String email, @ForAll("words") String before,
            @ForAll("words") String after) {
        String text = before + " " + email + " " + after;
        assertThat(ALL.analyze(text)).filteredOn(f -> f.type() == EntityType.EMAIL)
                .extracting(f -> f.textIn(text)).containsExactly(email);
    }

    @Property(tries = 300, seed = "20261129")
    void everyIpv4IsFoundExactly(@ForAll @IntRange(max = 255) int a, @ForAll @IntRange(max = 255) int b,
            @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
        String ip = a + "." + b + "." + c + "." + d;
        String text = "client " + ip + " connected";
        assertThat(ALL.analyze(text)).extracting(f -> f.textIn(text)).containsExactly(ip);
    }

    @Property(tries = 300, seed = "20261129")
    void everyValidIsoDateIsFoundAndInvalidMonthsAreNot(@ForAll @IntRange(min = 1900, max = 2100) int y,
            @ForAll @IntRange(min = 1, max = 14) int m, @ForAll @IntRange(min = 1, max = 28) int d) {
        String date = String.format("%04d-%02d-%02d", y, m, d);
        String text = "seen on " + date + " by";
        List<String> found = ALL.analyze(text).stream().map(f -> f.textIn(text)).toList();
        if (m <= 12) {
            assertThat(found).containsExactly(date);
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> local = Arbitraries.strings().withChars("abcxyz0189").ofMinLength(1).ofMaxLength(12)
                .flatMap(s -> Arbitraries.of("", ".", "_", "-", "+").map(sep -> s + (s.length() > 1 ? sep + s : "")));
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghij0123").ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> tld = Arbitraries.of("com", "org", "net", "io", "de", "info");
        return Combinators.combine(local, label, label, tld, Arbitraries.of(true, false))
                .as((l, d1, d2, t, sub) -> l + "@" + (sub ? d1 + "." : "") + d2 + "." + t);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("hello", "please write to", "contact", "thanks", "", "mail:", "(see", "or");
    }
}
