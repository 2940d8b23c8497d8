package dev.veil.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Finding;
import dev.veil.core.Scope;
import dev.veil.detect.checksum.Luhn;
import dev.veil.vault.TokenVault;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Invariants over random texts with random entities: reversible operators round-trip, irreversible
 * ones never emit an original value, pseudonyms are consistent within a scope and unlinkable across
 * scopes, and surrogates pass their checksums.
 */
class AnonymizerProperties {
    private static final java.util.concurrent.atomic.AtomicLong FRESH = new java.util.concurrent.atomic.AtomicLong();
    private static OperatorKeys keys;
    private static TokenVault vault;

    @BeforeContainer
    static void open() {
        keys = OperatorKeys.generate();
        vault = Fixtures.vault();
    }

    @AfterContainer
    static void close() {
        vault.close();
    }

    /** An entity value and its type. */
    record Entity(EntityType type, String value) {
    }

    /** A text assembled from filler and entities, with the findings marking the entities. */
    record Doc(String text, List<Finding> findings, List<Entity> entities) {
        @Override
        public String toString() {
            return text; // test data only: fabricated values
        }
    }

    // ---- generators -------------------------------------------------------------------------

    static Arbitrary<String> filler() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ,.;:!?()\n\t").ofMinLength(1).ofMaxLength(30)
                .map(s -> " " + s + " ");
    }

    static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9)
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    static Arbitrary<Entity> person() {
        return Combinators.combine(word(), word()).as((a, b) -> new Entity(EntityType.PERSON, a + " " + b));
    }

    static Arbitrary<Entity> email() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .map(s -> new Entity(EntityType.EMAIL, s + "@corp-mail.com"));
    }

    static Arbitrary<Entity> card() {
        Arbitrary<String> prefix = Arbitraries.of("4", "51", "52", "55", "6011", "34", "37");
        return Combinators.combine(prefix, Arbitraries.strings().numeric().ofLength(18), Arbitraries.of(true, false))
                .as((p, digits, spaced) -> {
                    int len = p.startsWith("3") ? 15 : 16;
                    String payload = (p + digits).substring(0, len - 1);
                    String number = payload + Luhn.checkDigit(payload);
                    if (spaced && len == 16) {
                        number = number.replaceAll("(\\d{4})(?=\\d)", "$1 ");
                    }
                    return new Entity(EntityType.CREDIT_CARD, number);
                });
    }

    static Arbitrary<Entity> ssn() {
        return Combinators.combine(Arbitraries.integers().between(1, 899).filter(a -> a != 666),
                        Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 9999))
                .as((a, g, s) -> new Entity(EntityType.SSN, String.format("%03d-%02d-%04d", a, g, s)));
    }

    static Arbitrary<Entity> iban() {
        Map<String, String> layouts = Map.of("DE", "99999999999999999999", "GB", "AAAA99999999999999",
                "FR", "99999999999999999999999", "NL", "AAAA9999999999", "ES", "99999999999999999999");
        return Combinators.combine(Arbitraries.of(layouts.keySet().stream().sorted().toList()),
                        Arbitraries.strings().numeric().ofLength(30), Arbitraries.strings().withCharRange('A', 'Z').ofLength(30))
                .as((country, digits, letters) -> {
                    String layout = layouts.get(country);
                    StringBuilder bban = new StringBuilder();
                    for (int i = 0; i < layout.length(); i++) {
                        bban.append(layout.charAt(i) == '9' ? digits.charAt(i) : letters.charAt(i));
                    }
                    return new Entity(EntityType.IBAN, country + NumberSurrogates.ibanCheckDigits(country, bban) + bban);
                });
    }

    static Arbitrary<Entity> anyEntity() {
        return Arbitraries.oneOf(person(), email(), card(), ssn(), iban());
    }

    static Arbitrary<Doc> docs(Arbitrary<Entity> entities) {
        return Combinators.combine(filler().list().ofMinSize(1).ofMaxSize(8), entities.list().ofMinSize(0).ofMaxSize(7))
                .as((fill, ents) -> {
                    StringBuilder sb = new StringBuilder(fill.get(0));
                    List<Finding> findings = new ArrayList<>();
                    for (int i = 0; i < ents.size(); i++) {
                        Entity e = ents.get(i);
                        findings.add(new Finding(e.type(), sb.length(), sb.length() + e.value().length(), 0.9, "gen"));
                        sb.append(e.value()).append(fill.get((i + 1) % fill.size()));
                    }
                    return new Doc(sb.toString(), findings, ents);
                });
    }

    @Provide
    Arbitrary<Doc> texts() {
        return docs(anyEntity());
    }

    @Provide
    Arbitrary<Doc> numericTexts() {
        return docs(Arbitraries.oneOf(card(), ssn()));
    }

    @Provide
    Arbitrary<OperatorConfig> reversible() {
        return Arbitraries.of(OperatorConfig.Pseudonymize.brackets(), new OperatorConfig.Pseudonymize("angle"),
                new OperatorConfig.Pseudonymize("braces"), new OperatorConfig.Pseudonymize("<<{TYPE}:{N}>>"),
                new OperatorConfig.Surrogate(), new OperatorConfig.Encrypt(OperatorConfig.Encrypt.Algorithm.AES_SIV));
    }

    @Provide
    Arbitrary<OperatorConfig> irreversible() {
        return Arbitraries.oneOf(
                Arbitraries.of(new OperatorConfig.Redact(), OperatorConfig.Replace.withTypeName(), new OperatorConfig.Replace("[x]")),
                Combinators.combine(Arbitraries.of('*', '#', '-'), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 4)).as(OperatorConfig.Mask::new),
                Combinators.combine(Arbitraries.integers().between(8, 32), Arbitraries.of(OperatorConfig.Hash.Encoding.class))
                        .as(OperatorConfig.Hash::new));
    }

    @Provide
    Arbitrary<Scope> scopes() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20).map(s -> Scope.of("t", s));
    }

    // ---- properties -------------------------------------------------------------------------

    @Property(tries = 300, seed = "20261129")
    void reversibleOperatorsRestoreExactly(@ForAll("texts") Doc doc, @ForAll("reversible") OperatorConfig op,
                                           @ForAll("scopes") Scope scope) {
        Anonymizer a = Fixtures.anonymizer(op, vault, keys);
        AnonymizedText out = a.anonymize(doc.text(), doc.findings(), scope);
        for (Entity e : doc.entities()) {
            assertThat(out.text()).doesNotContain(e.value());
        }
        assertThat(a.restore(out, scope, Fixtures.REVEAL).text()).isEqualTo(doc.text());
        RestoredText free = a.restore(out.text(), scope, Fixtures.REVEAL);
        assertThat(free.text()).isEqualTo(doc.text());
        assertThat(free.restored()).isEqualTo(doc.findings().size());
    }

    @Property(tries = 200, seed = "20261129")
    void formatPreservingEncryptionRestoresByPosition(@ForAll("numericTexts") Doc doc, @ForAll("scopes") Scope scope) {
        OperatorConfig ff1 = new OperatorConfig.Encrypt(OperatorConfig.Encrypt.Algorithm.FF1);
        Anonymizer a = Anonymizer.builder(Policy.of("ff1", dev.veil.core.Preset.ALL, false, Rule.of(new OperatorConfig.Redact()),
                Map.of(EntityType.CREDIT_CARD, Rule.of(ff1), EntityType.SSN, Rule.of(ff1)))).vault(vault).keys(keys).build();
        AnonymizedText out = a.anonymize(doc.text(), doc.findings(), scope);
        assertThat(out.text()).hasSameSizeAs(doc.text());
        assertThat(a.restore(out, scope, Fixtures.REVEAL).text()).isEqualTo(doc.text());
    }

    @Property(tries = 300, seed = "20261129")
    void irreversibleOperatorsNeverEmitAnOriginalValue(@ForAll("texts") Doc doc, @ForAll("irreversible") OperatorConfig op,
                                                       @ForAll("scopes") Scope scope) {
        Anonymizer a = Fixtures.anonymizer(op, vault, keys);
        AnonymizedText out = a.anonymize(doc.text(), doc.findings(), scope);
        for (Entity e : doc.entities()) {
            assertThat(out.text()).doesNotContain(e.value());
            assertThat(out.toString()).doesNotContain(e.value());
        }
        assertThat(out.replacements()).hasSameSizeAs(doc.findings());
    }

    @Property(tries = 100, seed = "20261129")
    void consistentWithinAScopeUnlinkableAcross(@ForAll("valuesForLinking") List<Entity> values,
                                                @ForAll("linkable") OperatorConfig op) {
        Anonymizer a = Fixtures.anonymizer(op, vault, keys);
        // fresh scopes per try: the vault is shared by all tries
        long n = FRESH.incrementAndGet();
        Scope one = Scope.of("t", "one-" + n);
        Scope two = Scope.of("t", "two-" + n);
        List<String> first = tokens(a, values, one);
        assertThat(tokens(a, values, one)).isEqualTo(first);
        List<String> second = tokens(a, values, two);
        for (int i = 0; i < values.size(); i++) {
            if (op instanceof OperatorConfig.Pseudonymize) {
                // numbering restarts per scope: tokens carry no information from the other scope
                assertThat(second.get(i)).isEqualTo(first.get(i));
            } else {
                assertThat(second.get(i)).isNotEqualTo(first.get(i));
            }
        }
        // within a scope, distinct values never share a token
        assertThat(new LinkedHashSet<>(first)).hasSameSizeAs(values);
    }

    @Provide
    Arbitrary<List<Entity>> valuesForLinking() {
        return Arbitraries.oneOf(card(), email(), ssn()).list().ofMinSize(1).ofMaxSize(6).uniqueElements();
    }

    @Provide
    Arbitrary<OperatorConfig> linkable() {
        return Arbitraries.of(OperatorConfig.Pseudonymize.brackets(), new OperatorConfig.Surrogate(),
                new OperatorConfig.Encrypt(null), new OperatorConfig.Hash(0, null));
    }

    private static List<String> tokens(Anonymizer a, List<Entity> values, Scope scope) {
        List<String> out = new ArrayList<>();
        for (Entity e : values) {
            out.add(a.anonymize(e.value(), List.of(new Finding(e.type(), 0, e.value().length(), 1, "t")), scope).text());
        }
        return out;
    }

    @Property(tries = 300, seed = "20261129")
    void everySurrogatePassesItsChecksum(@ForAll("checksummed") Entity e, @ForAll("scopes") Scope scope) {
        Anonymizer a = Fixtures.anonymizer(new OperatorConfig.Surrogate(), vault, keys);
        String fake = a.anonymize(e.value(), List.of(new Finding(e.type(), 0, e.value().length(), 1, "t")), scope).text();
        assertThat(fake).isNotEqualTo(e.value());
        switch (e.type()) {
            case CREDIT_CARD -> {
                String d = fake.replaceAll("\\D", "");
                assertThat(Luhn.isValid(d)).isTrue();
                assertThat(d).hasSize(e.value().replaceAll("\\D", "").length()).startsWith(e.value().replaceAll("\\D", "").substring(0, 6));
            }
            case IBAN -> assertThat(SurrogateTokensTest.ibanValid(fake)).isTrue();
            case SSN -> assertThat(SurrogateTokensTest.ssnValid(fake.replaceAll("\\D", ""))).isTrue();
            case EMAIL -> assertThat(fake).matches(".+@example\\.(org|com|net)");
            default -> throw new AssertionError("unexpected type");
        }
    }

    @Provide
    Arbitrary<Entity> checksummed() {
        return Arbitraries.oneOf(card(), iban(), ssn(), email());
    }
}
