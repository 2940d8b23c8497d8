package dev.veil.gateway.limit;

import java.time.LocalDate;

/**
 * Where rate-limit state lives: in this process ({@link MemoryLimitStore}), or in a store that all
 * gateway replicas share ({@link RedisLimitStore}), so that a key's limit holds across replicas
 * instead of multiplying by their number.
 *
 * <p>Guarantees: thread-safe; keyed by API key id only (never a value, prompt or secret); if the
 * store cannot be reached it throws {@link LimitStoreException} and the gateway refuses the request
 * (fail closed) rather than letting it through unmetered.
 */
public interface LimitStore extends AutoCloseable {

    /**
     * Takes one request from the bucket of {@code keyId}: capacity {@code perMinute}, refilled
     * continuously at {@code perMinute} per minute. False if the bucket is empty.
     */
    boolean tryTake(String keyId, int perMinute);

    /** Adds {@code tokens} to the model tokens {@code keyId} used on {@code day} (UTC). */
    void addTokens(String keyId, LocalDate day, long tokens);

    /** Model tokens {@code keyId} used on {@code day} (UTC). */
    long used(String keyId, LocalDate day);

    @Override
    default void close() {
    }
}
