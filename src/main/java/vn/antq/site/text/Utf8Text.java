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
    /** The text, or null when it is in {@link #spill}. */
    private final byte[] bytes;
    private final Spill spill;
    private final long at;
    private final int length;

    private Utf8Text(byte[] bytes) {
        this.bytes = bytes;
        this.spill = null;
        this.at = 0;
        this.length = bytes.length;
    }

    private Utf8Text(Spill spill, long at, int length) {
        this.bytes = null;
        this.spill = spill;
        this.at = at;
        this.length = length;
    }

    /** The {@code length} bytes {@code spill} holds at {@code at}, read back on each use. */
    static Utf8Text spilled(Spill spill, long at, int length) {
        return new Utf8Text(spill, at, length);
    }

    /** Whether the text is in a scratch file rather than the heap. */
    public boolean spilled() {
        return bytes == null;
    }

    /** The bytes, not to be changed: this text's own, or read back from its scratch file. */
    private byte[] bytes() {
        return bytes != null ? bytes : spill.read(at, length);
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
        return bytes != null ? bytes.clone() : bytes();
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
        return length;
    }

    /** Copies the bytes into {@code target} at {@code at}; returns the offset after them. */
    public int copyTo(byte[] target, int at) {
        System.arraycopy(bytes(), 0, target, at, length);
        return at + length;
    }

    /** Adds these bytes to {@code hasher} (no copy when they are in the heap). */
    public void hashInto(ContentHasher hasher) {
        hasher.add(bytes());
    }

    @Override
    public String toString() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Text t && length == t.length && Arrays.equals(bytes(), t.bytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes());
    }
}
