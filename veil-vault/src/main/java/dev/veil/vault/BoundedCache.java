package dev.veil.vault;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small thread-safe LRU map. The vault caches tokens and scope keys in memory so that the hot path
 * (a value seen before) costs no database round trip and no key unwrapping; the bound keeps a
 * million-value dataset run from growing the heap without limit.
 */
final class BoundedCache<K, V> {
    private final int capacity;
    private final LinkedHashMap<K, V> map;

    BoundedCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity < 0");
        }
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedCache.this.capacity;
            }
        };
    }

    synchronized V get(K key) {
        return map.get(key);
    }

    synchronized void put(K key, V value) {
        if (capacity > 0) {
            map.put(key, value);
        }
    }

    synchronized void remove(K key) {
        map.remove(key);
    }

    synchronized void clear() {
        map.clear();
    }

    synchronized int size() {
        return map.size();
    }

    @Override
    public String toString() {
        return "BoundedCache[" + size() + "/" + capacity + "]";
    }
}
