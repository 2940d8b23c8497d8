package dev.veil.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Invariants of the vault over random values, orders and batch sizes, on the SQLite and in-memory vaults. */
class VaultProperties {
    private static final AtomicInteger SCOPES = new AtomicInteger();
    private static Path dir;
    private static TokenVault sqlite;
    private static TokenVault ephemeral;
    private static VaultStore rawStore;
    private static KeyManager keys;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("vault-properties");
        sqlite = Vaults.sqlite(dir.resolve("vault")).keyProvider(TestKeys.ring("k1", 5)).open();
        ephemeral = Vaults.ephemeral().open();
        rawStore = SqliteDialect.open(dir.resolve("keys-only"));
        keys = new KeyManager(TestKeys.ring("k1", 5), rawStore, 100);
    }

    @AfterContainer
    static void close() throws IOException {
        sqlite.close();
        ephemeral.close();
        rawStore.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Scope freshScope() {
        return Scope.of("prop", "s" + SCOPES.incrementAndGet());
    }

    @Provide
    Arbitrary<List<TokenRequest>> requests() {
        Arbitrary<EntityType> types = Arbitraries.of(EntityType.PERSON, EntityType.EMAIL, EntityType.SSN, EntityType.IBAN);
        // A small alphabet and short strings make repeats (and near-repeats differing in case) likely.
        Arbitrary<String> values = Arbitraries.strings().withChars("abcAB -@.").withCharRange('à', 'ä')
                .ofMinLength(1).ofMaxLength(6);
        return Combinators.combine(types, values).as(TokenRequest::of).list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<TokenVault> vaults() {
        return Arbitraries.of(sqlite, ephemeral);
    }

    private static List<String> tokenizeInBatches(TokenVault v, Scope scope, List<TokenRequest> reqs, int batch) {
        List<String> out = new ArrayList<>();
        for (int from = 0; from < reqs.size(); from += batch) {
            out.addAll(v.tokenize(scope, reqs.subList(from, Math.min(reqs.size(), from + batch))));
        }
        return out;
    }

    @Property(tries = 40, seed = "20261129")
    void oneValueOneTokenAndOneTokenOneValue(@ForAll("vaults") TokenVault v, @ForAll("requests") List<TokenRequest> reqs,
                                              @ForAll("batchSizes") int batch) {
        Scope scope = freshScope();
        List<String> tokens = tokenizeInBatches(v, scope, reqs, batch);
        Map<TokenRequest, String> byRequest = new HashMap<>();
        Map<String, TokenRequest> byToken = new HashMap<>();
        for (int i = 0; i < reqs.size(); i++) {
            String prev = byRequest.putIfAbsent(reqs.get(i), tokens.get(i));
            assertThat(prev == null || prev.equals(tokens.get(i))).as("same value, same token").isTrue();
            TokenRequest owner = byToken.putIfAbsent(tokens.get(i), reqs.get(i));
            assertThat(owner == null || owner.equals(reqs.get(i))).as("same token, same value").isTrue();
        }
        assertThat(tokenizeInBatches(v, scope, reqs, reqs.size())).as("stable on repeat").isEqualTo(tokens);
    }

    @Provide
    Arbitrary<Integer> batchSizes() {
        return Arbitraries.integers().between(1, 25);
    }

    @Property(tries = 40, seed = "20261129")
    void tokenToValueToTokenRoundTrips(@ForAll("vaults") TokenVault v, @ForAll("requests") List<TokenRequest> reqs) {
        Scope scope = freshScope();
        List<String> tokens = v.tokenize(scope, reqs);
        Map<String, SecretValue> all = v.revealAll(scope, TokenVaultContract.ADMIN);
        for (int i = 0; i < reqs.size(); i++) {
            SecretValue value = v.reveal(scope, tokens.get(i), TokenVaultContract.ADMIN).orElseThrow();
            assertThat(value).isEqualTo(reqs.get(i).value()).isEqualTo(all.get(tokens.get(i)));
            assertThat(v.tokenize(scope, reqs.get(i).type(), value)).isEqualTo(tokens.get(i));
        }
    }

    /**
     * Across scopes, a value's token depends only on the order in which values arrived in that scope,
     * never on the other scope; and the lookup digests of the same value differ between scopes.
     */
    @Property(tries = 25, seed = "20261129")
    void scopesAreUnlinkable(@ForAll("vaults") TokenVault v, @ForAll("requests") List<TokenRequest> first,
                             @ForAll("requests") List<TokenRequest> second) {
        Scope a = freshScope();
        Scope b = freshScope();
        v.tokenize(a, first);
        v.tokenize(a, second);
        List<String> inB = v.tokenize(b, second);
        try (TokenVault alone = Vaults.ephemeral().open()) {
            assertThat(inB).as("B's tokens are what B's own order yields").isEqualTo(alone.tokenize(b, second));
        }
        ScopeCrypto ka = keys.forWrite(a, null);
        ScopeCrypto kb = keys.forWrite(b, null);
        for (TokenRequest r : second) {
            assertThat(ka.lookup(r.type(), r.value())).isNotEqualTo(kb.lookup(r.type(), r.value()));
        }
    }

    /** Found by the property below: a mark between two jamo is dropped, and NFKC then composes them. */
    @net.jqwik.api.Example
    void normalizationComposesWhatFilteringBroughtTogether() {
        String once = SubjectIndex.normalize("\u1100\u0301\u1161");
        assertThat(once).isEqualTo("\uac00");
        assertThat(SubjectIndex.normalize(once)).isEqualTo(once);
    }

    @Property(seed = "20261129")
    void subjectNormalizationIsIdempotent(@ForAll String value) {
        String once = SubjectIndex.normalize(value);
        assertThat(SubjectIndex.normalize(once)).isEqualTo(once);
    }
}
