package vn.antq.site.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Streams values into a {@link ContentHash} (MurmurHash3 x64 128: fast on long text, which a
 * cryptographic digest is not: a site's bodies are hashed on every build). Every value is
 * written with its kind and length, so ("ab", "c") and ("a", "bc") hash apart.
 */
public final class ContentHasher {
    private static final long C1 = 0x87c37b91114253d5L, C2 = 0x4cf5ad432745937fL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private long h1, h2;
    /** A long waiting for its pair (the hash takes 16 bytes at a time). */
    private long pending;
    private boolean hasPending;
    private long words;
    private final char[] chars = new char[1024];

    public ContentHasher() {
        this(0);
    }

    public ContentHasher(long seed) {
        h1 = seed;
        h2 = seed;
    }

    public ContentHasher add(long v) {
        words++;
        if (!hasPending) {
            pending = v;
            hasPending = true;
            return this;
        }
        hasPending = false;
        long k1 = pending, k2 = v;
        k1 *= C1; k1 = Long.rotateLeft(k1, 31); k1 *= C2; h1 ^= k1;
        h1 = Long.rotateLeft(h1, 27); h1 += h2; h1 = h1 * 5 + 0x52dce729;
        k2 *= C2; k2 = Long.rotateLeft(k2, 33); k2 *= C1; h2 ^= k2;
        h2 = Long.rotateLeft(h2, 31); h2 += h1; h2 = h2 * 5 + 0x38495ab5;
        return this;
    }

    public ContentHasher add(boolean b) {
        return add(b ? 0x7472756575L : 0x66616c7365L);
    }

    /** A string (null apart from ""), four UTF-16 units per step. */
    public ContentHasher add(String s) {
        if (s == null) return add(-1L);
        int n = s.length();
        add((long) n << 8 | 's');
        // copied out in blocks: charAt checks its index on every call
        for (int from = 0; from < n; from += chars.length) {
            int to = Math.min(n, from + chars.length);
            s.getChars(from, to, chars, 0);
            int len = to - from, i = 0;
            for (; i + 4 <= len; i += 4) {
                add((long) chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48);
            }
            long last = 0;
            for (int shift = 0; i < len; i++, shift += 16) last |= (long) chars[i] << shift;
            if (len % 4 != 0 || to == n) add(last);
        }
        return this;
    }

    /** {@code bytes[from, to)}, eight at a time. */
    public ContentHasher add(byte[] bytes, int from, int to) {
        add((long) (to - from) << 8 | 'b');
        int i = from;
        for (; i + 8 <= to; i += 8) add((long) LONGS.get(bytes, i));
        long last = 0;
        for (int shift = 0; i < to; i++, shift += 8) last |= (bytes[i] & 0xffL) << shift;
        return add(last);
    }

    public ContentHasher add(byte[] bytes) {
        return add(bytes, 0, bytes.length);
    }

    public ContentHasher add(ContentHash h) {
        if (h == null) return add(-2L);
        return add(h.high()).add(h.low());
    }

    public ContentHash hash() {
        long a = h1, b = h2;
        if (hasPending) {
            long k1 = pending * C1;
            k1 = Long.rotateLeft(k1, 31) * C2;
            a ^= k1;
        }
        a ^= words;
        b ^= words;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        return new ContentHash(a, b);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
