package dev.veil.vault;

import dev.veil.core.EntityType;
import dev.veil.core.Scope;
import dev.veil.core.SecretValue;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TokenVault} in process memory only, for request-scoped use: a scope lives as long as one
 * HTTP request and never touches disk. Same contract as the persistent vaults, minus durability
 * (nothing survives the process, which is the point) and minus keys ({@link #rotateKeys()} is a
 * no-op). Values are held as {@link SecretValue}s in the heap, as the request itself is.
 */
final class EphemeralVault implements TokenVault {
    private static final int MAX_FACTORY_ATTEMPTS = 64;

    private final TokenFactory defaultFactory;
    private final RetentionPolicy retention;
    private final Clock clock;
    private final Map<Scope, ScopeState> scopes = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private record ValueKey(EntityType type, SecretValue value) {
    }

    private static final class Entry {
        final SecretValue value;
        final String token;
        Long expiresAt;

        Entry(SecretValue value, String token, Long expiresAt) {
            this.value = value;
            this.token = token;
            this.expiresAt = expiresAt;
        }
    }

    /** One scope's maps; all access synchronizes on the instance. */
    private static final class ScopeState {
        final Map<ValueKey, Entry> byValue = new HashMap<>();
        final Map<String, Entry> byToken = new HashMap<>();
        final Map<EntityType, Long> counters = new EnumMap<>(EntityType.class);
    }

    EphemeralVault(TokenFactory defaultFactory, RetentionPolicy retention, Clock clock) {
        this.defaultFactory = defaultFactory;
        this.retention = retention;
        this.clock = clock;
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
        Duration ttl = retention.ttl(scope).orElse(null);
        Long expiresAt = ttl == null ? null : clock.millis() + ttl.toMillis();
        ScopeState s = scopes.computeIfAbsent(scope, k -> new ScopeState());
        List<String> out = new ArrayList<>(reqs.size());
        synchronized (s) {
            // All or nothing, like the persistent vaults' transaction: undo on a factory failure.
            Map<EntityType, Long> countersBefore = new EnumMap<>(s.counters);
            List<ValueKey> added = new ArrayList<>();
            try {
                for (TokenRequest r : reqs) {
                    ValueKey key = new ValueKey(r.type(), r.value());
                    Entry e = s.byValue.get(key);
                    if (e == null) {
                        e = newEntry(s, r, factory, expiresAt);
                        added.add(key);
                    } else {
                        e.expiresAt = e.expiresAt == null ? null : expiresAt;
                    }
                    out.add(e.token);
                }
            } catch (RuntimeException failure) {
                for (ValueKey k : added) {
                    s.byToken.remove(s.byValue.remove(k).token);
                }
                s.counters.clear();
                s.counters.putAll(countersBefore);
                throw failure;
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Entry newEntry(ScopeState s, TokenRequest r, TokenFactory factory, Long expiresAt) {
        long seq = s.counters.merge(r.type(), 1L, Long::sum);
        for (int attempt = 0; attempt < MAX_FACTORY_ATTEMPTS; attempt++) {
            String token = Tokens.check(factory.token(r.type(), seq, r.value(), attempt), r.type());
            if (!s.byToken.containsKey(token) && !token.equals(r.value().reveal())) {
                Entry e = new Entry(r.value(), token, expiresAt);
                s.byValue.put(new ValueKey(r.type(), r.value()), e);
                s.byToken.put(token, e);
                return e;
            }
        }
        throw new VaultException("vault: the token factory produced colliding tokens " + MAX_FACTORY_ATTEMPTS
                + " times for type " + r.type());
    }

    @Override
    public Optional<SecretValue> reveal(Scope scope, String token, RevealCapability capability) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(capability, "capability").check(Objects.requireNonNull(scope, "scope"));
        checkOpen();
        ScopeState s = scopes.get(scope);
        if (s == null) {
            return Optional.empty();
        }
        long now = clock.millis();
        synchronized (s) {
            Entry e = s.byToken.get(token);
            return e == null || expired(e, now) ? Optional.empty() : Optional.of(e.value);
        }
    }

    @Override
    public Map<String, SecretValue> revealAll(Scope scope, RevealCapability capability) {
        Objects.requireNonNull(capability, "capability").check(Objects.requireNonNull(scope, "scope"));
        checkOpen();
        ScopeState s = scopes.get(scope);
        if (s == null) {
            return Map.of();
        }
        long now = clock.millis();
        Map<String, SecretValue> out = new LinkedHashMap<>();
        synchronized (s) {
            s.byToken.forEach((t, e) -> {
                if (!expired(e, now)) {
                    out.put(t, e.value);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    private static boolean expired(Entry e, long now) {
        return e.expiresAt != null && e.expiresAt <= now;
    }

    @Override
    public int purgeExpired() {
        checkOpen();
        long now = clock.millis();
        int removed = 0;
        for (Map.Entry<Scope, ScopeState> se : scopes.entrySet()) {
            ScopeState s = se.getValue();
            synchronized (s) {
                List<ValueKey> dead = s.byValue.entrySet().stream().filter(e -> expired(e.getValue(), now))
                        .map(Map.Entry::getKey).toList();
                for (ValueKey k : dead) {
                    s.byToken.remove(s.byValue.remove(k).token);
                }
                removed += dead.size();
                if (s.byValue.isEmpty() && !dead.isEmpty()) {
                    scopes.remove(se.getKey(), s);
                }
            }
        }
        return removed;
    }

    @Override
    public ErasureReport eraseSubject(SecretValue value, ErasureCapability capability) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(capability, "capability");
        checkOpen();
        String subject = SubjectIndex.normalize(value.reveal());
        int erased = 0;
        Set<Scope> touched = new java.util.HashSet<>();
        for (Map.Entry<Scope, ScopeState> se : scopes.entrySet()) {
            ScopeState s = se.getValue();
            synchronized (s) {
                List<ValueKey> hits = s.byValue.keySet().stream()
                        .filter(k -> SubjectIndex.normalize(k.value().reveal()).equals(subject)).toList();
                for (ValueKey k : hits) {
                    s.byToken.remove(s.byValue.remove(k).token);
                }
                if (!hits.isEmpty()) {
                    erased += hits.size();
                    touched.add(se.getKey());
                }
            }
        }
        return new ErasureReport(erased, touched);
    }

    @Override
    public void destroyScope(Scope scope, ErasureCapability capability) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(capability, "capability");
        checkOpen();
        scopes.remove(scope);
    }

    @Override
    public int rotateKeys() {
        checkOpen();
        return 0;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("vault: closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        scopes.clear();
    }

    @Override
    public String toString() {
        return "EphemeralVault[" + scopes.size() + " scopes, factory=" + defaultFactory + "]";
    }
}
