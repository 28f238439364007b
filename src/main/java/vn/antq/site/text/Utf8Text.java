package vn.antq.site.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A long text kept as UTF-8 bytes. Vietnamese letters do not fit Java's one-byte strings, so
 * a String holds two bytes per character; a national site keeps every document's Markdown and
 * HTML between phases, and in UTF-8 that is about 40% less memory for the cost of a decode
 * when the text is used.
 */
public final class Utf8Text {
    private final byte[] bytes;

    private Utf8Text(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Utf8Text of(String text) {
        return new Utf8Text(text.getBytes(StandardCharsets.UTF_8));
    }

    /** These bytes, which must be whole UTF-8 characters and are not changed after (read from a cache file). */
    public static Utf8Text wrap(byte[] utf8) {
        return new Utf8Text(utf8);
    }

    /** The bytes, copied. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** A copy of {@code utf8[from, to)}, which must be whole UTF-8 characters. */
    public static Utf8Text of(byte[] utf8, int from, int to) {
        return new Utf8Text(Arrays.copyOfRange(utf8, from, to));
    }

    /** Bytes the UTF-8 encoding of {@code text[from, to)} takes (an unpaired surrogate as its replacement, 1 byte). */
    public static int encodedLength(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) n += 1;
            else n += 3;
        }
        return n;
    }

    /** Number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** Copies the bytes into {@code target} at {@code at}; returns the offset after them. */
    public int copyTo(byte[] target, int at) {
        System.arraycopy(bytes, 0, target, at, bytes.length);
        return at + bytes.length;
    }

    /** Adds these bytes to {@code hasher} (no copy). */
    public void hashInto(ContentHasher hasher) {
        hasher.add(bytes);
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Text t && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
