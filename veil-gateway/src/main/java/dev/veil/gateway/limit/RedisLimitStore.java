package dev.veil.gateway.limit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Rate-limit state in Redis, shared by every gateway replica that points at the same server.
 *
 * <p>The token bucket is one Lua script per request, run atomically by Redis on its own clock
 * ({@code TIME}), so replicas with skewed clocks still share one bucket and two replicas taking the
 * last request at once cannot both get it. Keys: {@code <prefix>rl:<keyId>} (a hash, expires after
 * two idle minutes) and {@code <prefix>tok:<keyId>:<yyyy-mm-dd>} (a counter, expires after two days).
 * Key ids are not secrets; no value, prompt or token is stored. A Redis failure is a
 * {@link LimitStoreException}: the request is refused (fail closed).
 */
public final class RedisLimitStore implements LimitStore {
    /** Continuous refill on Redis's clock; returns 1 if a request was taken, else 0. */
    private static final String BUCKET = """
            local rate = tonumber(ARGV[1])
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
            local tokens = tonumber(b[1])
            local ts = tonumber(b[2])
            if tokens == nil or ts == nil then
              tokens = rate
              ts = now
            end
            tokens = math.min(rate, tokens + (now - ts) * rate / 60000000)
            local ok = 0
            if tokens >= 1 then
              tokens = tokens - 1
              ok = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
            redis.call('PEXPIRE', KEYS[1], 120000)
            return ok
            """;
    private static final long DAY_KEY_TTL_SECONDS = 2 * 24 * 3600;

    private final JedisPooled redis;
    private final String prefix;

    private RedisLimitStore(JedisPooled redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    /**
     * Connects to {@code uri} ({@code redis://host:port[/db]}, or {@code rediss://} for TLS) and
     * checks that the server answers.
     *
     * @param prefix prepended to every key (several deployments can share one server)
     * @throws LimitStoreException if the server does not answer
     */
    public static RedisLimitStore open(URI uri, String prefix) {
        JedisPooled redis;
        try {
            redis = new JedisPooled(uri, 2000);
            redis.ping();
        } catch (JedisException | IllegalArgumentException e) {
            throw new LimitStoreException("rate-limit store: Redis at " + uri.getHost() + ":" + uri.getPort()
                    + " does not answer (" + e.getClass().getSimpleName() + ")", e);
        }
        return new RedisLimitStore(redis, prefix);
    }

    @Override
    public boolean tryTake(String keyId, int perMinute) {
        try {
            Object r = redis.eval(BUCKET, List.of(prefix + "rl:" + keyId), List.of(Integer.toString(perMinute)));
            return r instanceof Long l && l == 1L;
        } catch (JedisException e) {
            throw failure(e);
        }
    }

    @Override
    public void addTokens(String keyId, LocalDate day, long tokens) {
        String key = dayKey(keyId, day);
        try {
            redis.incrBy(key, tokens);
            redis.expire(key, DAY_KEY_TTL_SECONDS);
        } catch (JedisException e) {
            throw failure(e);
        }
    }

    @Override
    public long used(String keyId, LocalDate day) {
        try {
            String v = redis.get(dayKey(keyId, day));
            return v == null ? 0 : Long.parseLong(v);
        } catch (JedisException | NumberFormatException e) {
            throw failure(e);
        }
    }

    private String dayKey(String keyId, LocalDate day) {
        return prefix + "tok:" + keyId + ":" + day;
    }

    private static LimitStoreException failure(Exception e) {
        return new LimitStoreException("rate-limit store: Redis request failed (" + e.getClass().getSimpleName() + ")", e);
    }

    @Override
    public void close() {
        redis.close();
    }

    @Override
    public String toString() {
        return "RedisLimitStore[prefix " + prefix + "]";
    }
}
