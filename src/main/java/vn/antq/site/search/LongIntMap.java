package vn.antq.site.search;

import java.util.Arrays;

/**
 * An open-addressing hash map from long keys to int values, without boxing: the index
 * counts tens of millions of (term, page) pairs, and boxed maps made that the slowest part
 * of a national build. Not thread-safe.
 */
final class LongIntMap {
    private static final long FREE = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, FREE);
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or -1. Keys are never {@link Long#MIN_VALUE}. */
    int get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i];
            if (keys[i] == FREE) return -1;
        }
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent). */
    void add(long key, int delta) {
        int i = slot(key);
        for (; keys[i] != FREE; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] += delta;
                return;
            }
        }
        keys[i] = key;
        values[i] = delta;
        if (++size * 2 > keys.length) grow();
    }

    /** Sets {@code key} to {@code value}. */
    void put(long key, int value) {
        int i = slot(key);
        while (keys[i] != FREE && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == FREE) size++;
        keys[i] = key;
        values[i] = value;
        if (size * 2 > keys.length) grow();
    }

    /** Empties the map, keeping its capacity. */
    void clear() {
        if (size == 0) return;
        Arrays.fill(keys, FREE);
        size = 0;
    }

    /** What {@link #forEach} hands over: a key and its value. */
    @FunctionalInterface
    interface Entry {
        void accept(long key, int value);
    }

    /** Every key with its value, in no particular order. */
    void forEach(Entry entry) {
        long[] k = keys;
        for (int i = 0; i < k.length; i++) if (k[i] != FREE) entry.accept(k[i], values[i]);
    }

    /** The keys, in no particular order. */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) if (k != FREE) out[n++] = k;
        return out;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) put(oldKeys[i], oldValues[i]);
        }
    }
}
