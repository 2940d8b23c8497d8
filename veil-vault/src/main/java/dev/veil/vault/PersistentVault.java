package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link TokenVault} over a {@link VaultStore}: encrypts values with the scope's data key, indexes
 * them by the scope's lookup MAC and the vault-wide subject MAC, and caches hot tokens in memory.
 *
 * <p>Tokenize path: (1) digest each distinct value; (2) answer from the bounded token cache; (3) one
 * unlocked batch lookup for the rest; (4) only values still unknown take the scope's write lock, are
 * looked up again under it (another replica may have just added them), get sequence numbers and
 * tokens, and are inserted in one transaction. Token collisions (the factory returned a token of
 * another value) are detected by the store's unique index and retried with the next attempt.
 *
 * <p>Cache coherence across replicas: erase, destroy and purge bump a store-wide epoch; every
 * operation reads it first and drops both caches when it moved, so a replica never answers from a
 * cache entry that another replica erased before the operation began.
 */
final class PersistentVault implements TokenVault {
    private static final int MAX_FACTORY_ATTEMPTS = 64;
    private static final int MAX_SCOPE_RETRIES = 5;

    private final VaultStore store;
    private final KeyManager keys;
    private final TokenFactory defaultFactory;
    private final RetentionPolicy retention;
    private final Clock clock;
    private final BoundedCache<CacheKey, VaultStore.Hit> tokens;
    private final AtomicLong seenEpoch = new AtomicLong(Long.MIN_VALUE);
    private volatile boolean closed;

    private record CacheKey(long ref, Lookup lookup) {
    }

    PersistentVault(VaultStore store, KeyManager keys, TokenFactory defaultFactory, RetentionPolicy retention,
                    Clock clock, int tokenCacheSize) {
        this.store = store;
        this.keys = keys;
        this.defaultFactory = defaultFactory;
        this.retention = retention;
        this.clock = clock;
        this.tokens = new BoundedCache<>(tokenCacheSize);
    }

    @Override
    public TokenFactory defaultTokenFactory() {
        return defaultFactory;
    }

    @Override
    public List<String> tokenize(Scope scope, List<TokenRequest> requests, TokenFactory factory) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(factory, "factory");
        List<TokenRequest> reqs = List.copyOf(Objects.requireNonNull(requests, "requests"));
        checkOpen();
        if (reqs.isEmpty()) {
            return List.of();
        }
        syncEpoch();
        for (int i = 0; i < MAX_SCOPE_RETRIES; i++) {
            try {
                return tokenizeOnce(scope, reqs, factory);
            } catch (VaultStore.ScopeChangedException e) {
                keys.forget(scope);
            }
        }
        throw new VaultException("vault: scope " + scope + " kept changing during tokenize");
    }

    private List<String> tokenizeOnce(Scope scope, List<TokenRequest> reqs, TokenFactory factory) {
        long now = clock.millis();
        Duration ttl = retention.ttl(scope).orElse(null);
        Long expiresAt = ttl == null ? null : now + ttl.toMillis();
        ScopeCrypto sc = keys.forWrite(scope, expiresAt);

        Lookup[] lookups = new Lookup[reqs.size()];
        Map<Lookup, TokenRequest> distinct = new LinkedHashMap<>();
        for (int i = 0; i < lookups.length; i++) {
            lookups[i] = sc.lookup(reqs.get(i).type(), reqs.get(i).value());
            distinct.putIfAbsent(lookups[i], reqs.get(i));
        }
        Map<Lookup, String> resolved = new HashMap<>();
        List<Lookup> unknown = new ArrayList<>();
        for (Lookup l : distinct.keySet()) {
            VaultStore.Hit hit = tokens.get(new CacheKey(sc.ref(), l));
            if (hit != null && !needsRefresh(hit, now, ttl)) {
                resolved.put(l, hit.token());
            } else {
                unknown.add(l);
            }
        }
        if (!unknown.isEmpty()) {
            List<Lookup> missing = new ArrayList<>();
            Map<Lookup, VaultStore.Hit> found = store.find(sc.ref(), unknown);
            for (Lookup l : unknown) {
                VaultStore.Hit hit = found.get(l);
                if (hit != null && !needsRefresh(hit, now, ttl)) {
                    resolved.put(l, hit.token());
                    tokens.put(new CacheKey(sc.ref(), l), hit);
                } else {
                    missing.add(l);
                }
            }
            if (!missing.isEmpty()) {
                Map<Lookup, String> written = store.writeScope(sc.ref(), sc.keyVersion(), expiresAt,
                        w -> write(w, sc, missing, distinct, factory, expiresAt));
                written.forEach((l, t) -> tokens.put(new CacheKey(sc.ref(), l), new VaultStore.Hit(t, expiresAt)));
                resolved.putAll(written);
            }
        }
        List<String> out = new ArrayList<>(lookups.length);
        for (Lookup l : lookups) {
            out.add(resolved.get(l));
        }
        return Collections.unmodifiableList(out);
    }

    /** An entry is refreshed when less than half its TTL is left, or when the policy no longer expires it. */
    private static boolean needsRefresh(VaultStore.Hit hit, long now, Duration ttl) {
        if (hit.expiresAt() == null) {
            return false;
        }
        return ttl == null || hit.expiresAt() - now < ttl.toMillis() / 2;
    }

    /** Runs under the scope's write lock. */
    private Map<Lookup, String> write(VaultStore.ScopeWriter w, ScopeCrypto sc, List<Lookup> missing,
                                      Map<Lookup, TokenRequest> requests, TokenFactory factory, Long expiresAt) {
        Map<Lookup, String> out = new HashMap<>();
        Map<Lookup, VaultStore.Hit> existing = w.find(missing);
        existing.forEach((l, hit) -> out.put(l, hit.token()));
        w.refresh(existing.keySet(), expiresAt);

        Map<EntityType, List<Lookup>> freshByType = new LinkedHashMap<>();
        for (Lookup l : missing) {
            if (!existing.containsKey(l)) {
                freshByType.computeIfAbsent(requests.get(l).type(), t -> new ArrayList<>()).add(l);
            }
        }
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        freshByType.forEach((type, ls) -> counts.put(type, ls.size()));
        Map<EntityType, Long> firstSeq = w.reserve(counts);
        List<Candidate> pending = new ArrayList<>();
        freshByType.forEach((type, ls) -> {
            long seq = firstSeq.get(type);
            for (Lookup l : ls) {
                SecretValue value = requests.get(l).value();
                pending.add(new Candidate(l, type, value, seq++, keys.subjects().of(value)));
            }
        });
        for (int round = 0; !pending.isEmpty(); round++) {
            if (round >= MAX_FACTORY_ATTEMPTS) {
                throw new VaultException("vault: the token factory produced colliding tokens " + MAX_FACTORY_ATTEMPTS
                        + " times for type " + pending.get(0).type + " in scope " + sc.scope());
            }
            List<VaultStore.NewEntry> batch = new ArrayList<>(pending.size());
            for (Candidate c : pending) {
                String token = c.nextToken(factory);
                batch.add(new VaultStore.NewEntry(c.lookup, token, sc.seal(c.value, token), c.subject, expiresAt));
            }
            boolean[] inserted = w.insert(batch);
            List<Candidate> collided = new ArrayList<>();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i]) {
                    out.put(pending.get(i).lookup, batch.get(i).token());
                } else {
                    collided.add(pending.get(i));
                }
            }
            pending.clear();
            pending.addAll(collided);
        }
        return out;
    }

    /** A new value waiting for a token that is not taken yet. */
    private static final class Candidate {
        final Lookup lookup;
        final EntityType type;
        final SecretValue value;
        final long sequence;
        final Lookup subject;
        private int attempt;

        Candidate(Lookup lookup, EntityType type, SecretValue value, long sequence, Lookup subject) {
            this.lookup = lookup;
            this.type = type;
            this.value = value;
            this.sequence = sequence;
            this.subject = subject;
        }

        /** The next attempt's token; a token equal to the original value counts as a collision. */
        String nextToken(TokenFactory factory) {
            for (int guard = 0; guard < MAX_FACTORY_ATTEMPTS; guard++) {
                String token = Tokens.check(factory.token(type, sequence, value, attempt++), type);
                if (!token.equals(value.reveal())) {
                    return token;
                }
            }
            throw new VaultException("vault: the token factory keeps returning the original value for type " + type);
        }

        @Override
        public String toString() {
            return "Candidate[" + type + " #" + sequence + "]";
        }
    }

    @Override
    public Optional<SecretValue> reveal(Scope scope, String token, RevealCapability capability) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(capability, "capability").check(scope);
        checkOpen();
        syncEpoch();
        Optional<ScopeCrypto> sc = keys.forRead(scope);
        if (sc.isEmpty()) {
            return Optional.empty();
        }
        Optional<VaultStore.SealedEntry> e = store.findByToken(sc.get().ref(), token);
        if (e.isEmpty() || expired(e.get(), clock.millis())) {
            return Optional.empty();
        }
        return Optional.of(open(scope, List.of(e.get())).get(token));
    }

    @Override
    public Map<String, SecretValue> revealAll(Scope scope, RevealCapability capability) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(capability, "capability").check(scope);
        checkOpen();
        syncEpoch();
        Optional<ScopeCrypto> sc = keys.forRead(scope);
        if (sc.isEmpty()) {
            return Map.of();
        }
        long now = clock.millis();
        List<VaultStore.SealedEntry> live = store.findAll(sc.get().ref()).stream().filter(e -> !expired(e, now)).toList();
        return Collections.unmodifiableMap(open(scope, live));
    }

    private static boolean expired(VaultStore.SealedEntry e, long now) {
        return e.expiresAt() != null && e.expiresAt() <= now;
    }

    /**
     * Decrypts all or nothing. A failure may mean another replica rotated the scope's data key after we
     * cached it, so the keys are reloaded once before the failure is reported.
     */
    private Map<String, SecretValue> open(Scope scope, List<VaultStore.SealedEntry> entries) {
        for (int pass = 0; ; pass++) {
            ScopeCrypto sc = keys.forRead(scope).orElseThrow(
                    () -> new VaultException("vault: scope " + scope + " was destroyed while revealing"));
            try {
                Map<String, SecretValue> out = new LinkedHashMap<>();
                for (VaultStore.SealedEntry e : entries) {
                    out.put(e.token(), sc.open(e.ciphertext(), e.token()));
                }
                return out;
            } catch (GeneralSecurityException e) {
                keys.forget(scope);
                if (pass > 0) {
                    throw new VaultException("vault: an entry of scope " + scope
                            + " failed authentication (corrupted or moved row, or data key lost)");
                }
            }
        }
    }

    @Override
    public int purgeExpired() {
        checkOpen();
        return store.purgeExpired(clock.millis());
    }

    @Override
    public ErasureReport eraseSubject(SecretValue value, ErasureCapability capability) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(capability, "capability");
        checkOpen();
        Map<Scope, Integer> perScope = store.eraseSubject(keys.subjects().of(value));
        return new ErasureReport(perScope.values().stream().mapToInt(Integer::intValue).sum(), perScope.keySet());
    }

    @Override
    public void destroyScope(Scope scope, ErasureCapability capability) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(capability, "capability");
        checkOpen();
        store.destroyScope(scope);
        keys.forget(scope);
    }

    @Override
    public int rotateKeys() {
        checkOpen();
        return keys.rotateAll();
    }

    /** Drops both caches if another operation (here or in another replica) erased anything since. */
    private void syncEpoch() {
        long epoch = store.epoch();
        long before = seenEpoch.getAndSet(epoch);
        if (before != epoch) {
            tokens.clear();
            keys.forgetAll();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("vault: closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            tokens.clear();
            keys.forgetAll();
            store.close();
        }
    }

    @Override
    public String toString() {
        return "PersistentVault[" + store + ", factory=" + defaultFactory + ", " + retention + "]";
    }
}
