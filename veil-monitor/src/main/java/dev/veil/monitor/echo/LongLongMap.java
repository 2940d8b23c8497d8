package dev.veil.monitor.echo;

/**
 * A minimal open-addressing map from long to long (linear probing, power-of-two capacity), used
 * on the echo scanner's hot path where boxed {@code HashMap<Long, Long>} lookups dominated the
 * cost. {@link #MISSING} is returned for absent keys. Not thread-safe.
 */
final class LongLongMap {
    static final long MISSING = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private boolean[] used;
    private int size;

    LongLongMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        values = new long[cap];
        used = new boolean[cap];
    }

    long get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (!used[i]) {
                return MISSING;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    void put(long key, long value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        return (int) (Winnower.mix(key) & mask);
    }

    private void grow() {
        long[] k = keys;
        long[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new long[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (u[i]) {
                put(k[i], v[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "LongLongMap[" + size + "]";
    }
}
