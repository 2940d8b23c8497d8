package dev.veil.vault;

import static dev.veil.core.EntityType.EMAIL;
import static dev.veil.core.EntityType.ORGANIZATION;
import static dev.veil.core.EntityType.PERSON;
import static dev.veil.core.EntityType.SSN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@link TokenVault} contract, run against every implementation by the subclasses
 * ({@link EphemeralVaultTest}, {@link SqliteVaultTest}, {@link PostgresVaultTest}).
 */
abstract class TokenVaultContract {
    static final Scope S1 = Scope.of("acme", "conv-1");
    static final Scope S2 = Scope.of("acme", "conv-2");
    static final Scope OTHER_TENANT = Scope.of("globex", "conv-1");
    static final RevealCapability ADMIN = RevealCapability.grant("test-admin", "contract test");
    static final ErasureCapability ERASE = ErasureCapability.grant("test-dpo", "GDPR Art. 17 request 42");

    private final List<TokenVault> opened = new ArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

    /** A fresh, empty vault. */
    abstract TokenVault create(TokenFactory factory, RetentionPolicy retention, Clock clock);

    TokenVault vault() {
        return vault(PlaceholderTokens.brackets(), RetentionPolicy.keepForever());
    }

    TokenVault vault(TokenFactory factory, RetentionPolicy retention) {
        TokenVault v = create(factory, retention, clock);
        opened.add(v);
        return v;
    }

    @AfterEach
    void closeVaults() {
        opened.forEach(TokenVault::close);
    }

    static TokenRequest req(EntityType type, String value) {
        return TokenRequest.of(type, value);
    }

    @Test
    void sameValueGetsSameTokenWithinScope() {
        TokenVault v = vault();
        List<String> first = v.tokenize(S1, List.of(req(PERSON, "Maria Garcia"), req(PERSON, "John Smith"),
                req(PERSON, "Maria Garcia")));
        assertThat(first).containsExactly("[PERSON_1]", "[PERSON_2]", "[PERSON_1]");
        assertThat(v.tokenize(S1, List.of(req(PERSON, "John Smith"), req(PERSON, "Ada Lovelace"))))
                .containsExactly("[PERSON_2]", "[PERSON_3]");
        assertThat(v.tokenize(S1, PERSON, SecretValue.of("Maria Garcia"))).isEqualTo("[PERSON_1]");
    }

    @Test
    void sequencesArePerTypeAndTypeIsPartOfTheKey() {
        TokenVault v = vault();
        assertThat(v.tokenize(S1, List.of(req(PERSON, "Jordan"), req(EMAIL, "j@example.org"), req(ORGANIZATION, "Jordan"),
                req(PERSON, "Kim")))).containsExactly("[PERSON_1]", "[EMAIL_1]", "[ORGANIZATION_1]", "[PERSON_2]");
    }

    @Test
    void scopesNumberIndependently() {
        TokenVault v = vault();
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia"), req(PERSON, "John Smith")));
        assertThat(v.tokenize(S2, List.of(req(PERSON, "John Smith")))).containsExactly("[PERSON_1]");
        assertThat(v.reveal(S2, "[PERSON_1]", ADMIN)).contains(SecretValue.of("John Smith"));
        assertThat(v.reveal(S1, "[PERSON_1]", ADMIN)).contains(SecretValue.of("Maria Garcia"));
        assertThat(v.reveal(S2, "[PERSON_2]", ADMIN)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            [{TYPE}_{N}]     | [EMAIL_1]
            <{TYPE}_{N}>     | <EMAIL_1>
            {{{TYPE}_{N}}}   | {{EMAIL_1}}
            ⟦{TYPE}·{N}⟧     | ⟦EMAIL·1⟧
            """)
    void tokenStyleIsConfigurable(String template, String expected) {
        TokenVault v = vault(PlaceholderTokens.of(template), RetentionPolicy.keepForever());
        assertThat(v.tokenize(S1, List.of(req(EMAIL, "a@example.org")))).containsExactly(expected);
        assertThat(v.reveal(S1, expected, ADMIN)).contains(SecretValue.of("a@example.org"));
    }

    @Test
    void perCallFactoryMakesNewTokensButExistingOnesStay() {
        TokenVault v = vault();
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia")));
        TokenFactory angle = PlaceholderTokens.angleBrackets();
        assertThat(v.tokenize(S1, List.of(req(PERSON, "Maria Garcia"), req(PERSON, "Ada")), angle))
                .containsExactly("[PERSON_1]", "<PERSON_2>");
    }

    @Test
    void revealAllReturnsEveryLiveMapping() {
        TokenVault v = vault();
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia"), req(EMAIL, "maria@example.org"), req(SSN, "536-22-8726")));
        v.tokenize(S2, List.of(req(PERSON, "Somebody Else")));
        assertThat(v.revealAll(S1, ADMIN)).containsOnly(
                Map.entry("[PERSON_1]", SecretValue.of("Maria Garcia")),
                Map.entry("[EMAIL_1]", SecretValue.of("maria@example.org")),
                Map.entry("[SSN_1]", SecretValue.of("536-22-8726")));
        assertThat(v.revealAll(Scope.of("acme", "never-used"), ADMIN)).isEmpty();
    }

    @Test
    void unknownTokenOrScopeRevealsNothing() {
        TokenVault v = vault();
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia")));
        assertThat(v.reveal(S1, "[PERSON_9]", ADMIN)).isEmpty();
        assertThat(v.reveal(S1, "", ADMIN)).isEmpty();
        assertThat(v.reveal(Scope.of("acme", "nope"), "[PERSON_1]", ADMIN)).isEmpty();
    }

    @Test
    void tenantRestrictedCapabilityIsRefusedForOtherTenants() {
        TokenVault v = vault();
        v.tokenize(OTHER_TENANT, List.of(req(PERSON, "Maria Garcia")));
        RevealCapability acmeOnly = RevealCapability.grantForTenant("support-bot", "restore", "acme");
        assertThatThrownBy(() -> v.reveal(OTHER_TENANT, "[PERSON_1]", acmeOnly))
                .isInstanceOf(VaultException.class).hasMessageContaining("does not cover tenant 'globex'");
        assertThatThrownBy(() -> v.revealAll(OTHER_TENANT, acmeOnly)).isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> v.reveal(OTHER_TENANT, "[PERSON_1]", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void collidingFactoryOutputIsRetriedWithTheNextAttempt() {
        // A surrogate-like factory that ignores the sequence: every value first proposes the same fake.
        TokenFactory sameFake = (type, seq, original, attempt) -> "Alex Doe" + (attempt == 0 ? "" : " " + attempt);
        TokenVault v = vault(sameFake, RetentionPolicy.keepForever());
        List<String> tokens = v.tokenize(S1, List.of(req(PERSON, "Maria"), req(PERSON, "John"), req(PERSON, "Ada")));
        assertThat(tokens).containsExactly("Alex Doe", "Alex Doe 1", "Alex Doe 2");
        assertThat(v.tokenize(S1, List.of(req(PERSON, "Kim")))).containsExactly("Alex Doe 3");
        assertThat(v.reveal(S1, "Alex Doe 2", ADMIN)).contains(SecretValue.of("Ada"));
    }

    @Test
    void tokenEqualToTheOriginalCountsAsCollision() {
        TokenVault v = vault();
        assertThat(v.tokenize(S1, List.of(req(PERSON, "[PERSON_1]")))).containsExactly("[PERSON_1-1]");
    }

    @Test
    void brokenFactoryFailsClosedAndLeavesNoHalfWrittenMapping() {
        TokenVault v = vault((type, seq, original, attempt) -> "constant", RetentionPolicy.keepForever());
        v.tokenize(S1, List.of(req(PERSON, "first")));
        assertThatThrownBy(() -> v.tokenize(S1, List.of(req(PERSON, "second"), req(PERSON, "third"))))
                .isInstanceOf(VaultException.class).hasMessageContaining("colliding tokens")
                .hasMessageNotContaining("second");
        assertThat(v.revealAll(S1, ADMIN)).containsOnlyKeys("constant");
        assertThat(v.tokenize(S1, List.of(req(PERSON, "second")), PlaceholderTokens.brackets()))
                .as("the failed batch was rolled back, so sequence number 2 is free again").containsExactly("[PERSON_2]");
    }

    @ParameterizedTest(name = "[{index}] factory output {0}")
    @CsvSource({"EMPTY", "CONTROL", "TOO_LONG"})
    void invalidFactoryOutputIsRejected(String kind) {
        TokenFactory bad = (type, seq, original, attempt) -> switch (kind) {
            case "EMPTY" -> "";
            case "CONTROL" -> "tok\u0000en";
            default -> "x".repeat(TokenFactory.MAX_TOKEN_LENGTH + 1);
        };
        TokenVault v = vault(bad, RetentionPolicy.keepForever());
        assertThatThrownBy(() -> v.tokenize(S1, List.of(req(PERSON, "Maria Garcia"))))
                .isInstanceOf(VaultException.class).hasMessageContaining("PERSON").hasMessageNotContaining("Maria");
    }

    @Test
    void expiredEntriesAreNotRevealedAndArePurged() {
        TokenVault v = vault(PlaceholderTokens.brackets(), RetentionPolicy.expireAfter(Duration.ofHours(1)));
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia"), req(PERSON, "John Smith")));
        clock.advance(Duration.ofMinutes(59));
        assertThat(v.reveal(S1, "[PERSON_1]", ADMIN)).isPresent();
        assertThat(v.purgeExpired()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(v.reveal(S1, "[PERSON_1]", ADMIN)).isEmpty();
        assertThat(v.revealAll(S1, ADMIN)).isEmpty();
        assertThat(v.purgeExpired()).isEqualTo(2);
        assertThat(v.purgeExpired()).isZero();
        assertThat(v.tokenize(S1, List.of(req(PERSON, "John Smith")))).containsExactly("[PERSON_1]");
        assertThat(v.reveal(S1, "[PERSON_1]", ADMIN)).contains(SecretValue.of("John Smith"));
    }

    @Test
    void useExtendsRetention() {
        TokenVault v = vault(PlaceholderTokens.brackets(), RetentionPolicy.expireAfter(Duration.ofHours(1)));
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia"), req(PERSON, "John Smith")));
        clock.advance(Duration.ofMinutes(40));
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia")));
        clock.advance(Duration.ofMinutes(40));
        assertThat(v.purgeExpired()).isEqualTo(1);
        assertThat(v.revealAll(S1, ADMIN)).containsOnlyKeys("[PERSON_1]");
    }

    @Test
    void retentionIsPerScope() {
        RetentionPolicy policy = RetentionPolicy.builder().scope(S2, Duration.ofMinutes(5)).build();
        TokenVault v = vault(PlaceholderTokens.brackets(), policy);
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia")));
        v.tokenize(S2, List.of(req(PERSON, "Maria Garcia")));
        clock.advance(Duration.ofDays(400));
        assertThat(v.purgeExpired()).isEqualTo(1);
        assertThat(v.revealAll(S1, ADMIN)).hasSize(1);
        assertThat(v.revealAll(S2, ADMIN)).isEmpty();
    }

    @Test
    void eraseSubjectRemovesEveryMappingAcrossScopesAndTypes() {
        TokenVault v = vault();
        v.tokenize(S1, List.of(req(SSN, "536-22-8726"), req(PERSON, "Maria Garcia")));
        v.tokenize(S2, List.of(req(SSN, "536228726"), req(PERSON, "John Smith")));
        v.tokenize(OTHER_TENANT, List.of(req(EntityType.DE_TAX_ID, "536 22 8726")));
        ErasureReport report = v.eraseSubject(SecretValue.of("536-22-8726"), ERASE);
        assertThat(report.erased()).isEqualTo(3);
        assertThat(report.scopes()).containsExactly(S1, S2, OTHER_TENANT);
        assertThat(report.toString()).doesNotContain("536");
        assertThat(v.revealAll(S1, ADMIN)).containsOnlyKeys("[PERSON_1]");
        assertThat(v.revealAll(S2, ADMIN)).containsOnlyKeys("[PERSON_1]");
        assertThat(v.revealAll(OTHER_TENANT, ADMIN)).isEmpty();
        assertThat(v.eraseSubject(SecretValue.of("536-22-8726"), ERASE)).isEqualTo(new ErasureReport(0, java.util.Set.of()));
        assertThat(v.tokenize(S1, List.of(req(SSN, "536-22-8726")))).containsExactly("[SSN_2]");
    }

    @Test
    void destroyScopeDropsOnlyThatScope() {
        TokenVault v = vault();
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia"), req(PERSON, "John Smith")));
        v.tokenize(S2, List.of(req(PERSON, "Maria Garcia")));
        v.destroyScope(S1, ERASE);
        assertThat(v.revealAll(S1, ADMIN)).isEmpty();
        assertThat(v.reveal(S1, "[PERSON_1]", ADMIN)).isEmpty();
        assertThat(v.revealAll(S2, ADMIN)).containsOnlyKeys("[PERSON_1]");
        assertThat(v.tokenize(S1, List.of(req(PERSON, "John Smith")))).containsExactly("[PERSON_1]");
        v.destroyScope(Scope.of("acme", "never-existed"), ERASE);
    }

    @Test
    void batchesDeduplicateAndKeepOrder() {
        TokenVault v = vault();
        List<TokenRequest> reqs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            reqs.add(req(PERSON, "person-" + (i * 7919 % 100)));
        }
        List<String> tokens = v.tokenize(S1, reqs);
        assertThat(new HashSet<>(tokens)).hasSize(100);
        for (int i = 0; i < reqs.size(); i++) {
            assertThat(v.reveal(S1, tokens.get(i), ADMIN)).contains(reqs.get(i).value());
        }
        assertThat(v.tokenize(S1, reqs)).isEqualTo(tokens);
        assertThat(v.tokenize(S1, List.of())).isEmpty();
    }

    @Test
    void concurrentCallersAgreeOnTokens() throws Exception {
        TokenVault v = vault();
        List<TokenRequest> values = IntStream.range(0, 300).mapToObj(i -> req(PERSON, "name-" + i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<SecretValue, String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<TokenRequest> mine = new ArrayList<>(values);
                    Collections.shuffle(mine, new Random(seed));
                    Map<SecretValue, String> seen = new java.util.HashMap<>();
                    for (int from = 0; from < mine.size(); from += 25) {
                        List<TokenRequest> batch = mine.subList(from, Math.min(mine.size(), from + 25));
                        List<String> tokens = v.tokenize(S1, batch);
                        for (int i = 0; i < batch.size(); i++) {
                            seen.put(batch.get(i).value(), tokens.get(i));
                        }
                    }
                    return seen;
                }));
            }
            Map<SecretValue, String> first = results.get(0).get();
            assertThat(new HashSet<>(first.values())).hasSize(values.size());
            for (Future<Map<SecretValue, String>> f : results) {
                assertThat(f.get()).isEqualTo(first);
            }
            assertThat(v.revealAll(S1, ADMIN)).hasSize(values.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsRejectedWithoutEchoingIt() {
        TokenVault v = vault();
        assertThatThrownBy(() -> req(PERSON, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> req(PERSON, "x".repeat(TokenRequest.MAX_VALUE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> req(PERSON, "Maria \uD800 Garcia"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 6").hasMessageNotContaining("Maria");
        assertThatThrownBy(() -> v.tokenize(null, List.of(req(PERSON, "a")))).isInstanceOf(NullPointerException.class);
        List<TokenRequest> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> v.tokenize(S1, withNull)).isInstanceOf(NullPointerException.class);
        assertThat(v.tokenize(S1, List.of(req(PERSON, "emoji 👩‍⚕️ and Ünïcödé"), req(PERSON, "bin\u0000\u0001\uFFFFary"))))
                .containsExactly("[PERSON_1]", "[PERSON_2]");
        assertThat(v.reveal(S1, "[PERSON_1]", ADMIN)).contains(SecretValue.of("emoji 👩‍⚕️ and Ünïcödé"));
        assertThat(v.reveal(S1, "[PERSON_2]", ADMIN)).contains(SecretValue.of("bin\u0000\u0001\uFFFFary"));
    }

    @Test
    void closedVaultRefusesWork() {
        TokenVault v = vault();
        v.close();
        v.close();
        assertThatThrownBy(() -> v.tokenize(S1, List.of(req(PERSON, "a")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> v.reveal(S1, "[PERSON_1]", ADMIN)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toStringShowsNoValueOrToken() {
        TokenVault v = vault();
        v.tokenize(S1, List.of(req(PERSON, "Maria Garcia")));
        assertThat(v.toString()).doesNotContain("Maria").doesNotContain("PERSON_1");
        assertThat(req(PERSON, "Maria Garcia").toString()).doesNotContain("Maria");
    }
}
