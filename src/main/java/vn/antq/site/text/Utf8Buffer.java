package vn.antq.site.text;

import java.util.Arrays;

/**
 * A growing buffer of UTF-8 that text is encoded into as it comes, without strings in
 * between: pages and bodies of a national site are gigabytes of text, and building each as a
 * String first, then encoding it, copied it several times over. Encodes as
 * {@link String#getBytes} does, a surrogate pair split between two appends included; a lone
 * surrogate becomes '?'. Reusable: {@link #clear()} starts afresh and keeps the memory.
 */
public final class Utf8Buffer {
    private final char[] chunk = new char[2048];
    private byte[] buf;
    private int n;
    /** A high surrogate whose low half has not come yet, or 0. */
    private char high;

    public Utf8Buffer(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public Utf8Buffer clear() {
        n = 0;
        high = 0;
        return this;
    }

    public Utf8Buffer append(String s) {
        return append(s, 0, s.length());
    }

    /** Appends {@code s[from, to)}. */
    public Utf8Buffer append(String s, int from, int to) {
        while (from < to) {
            int k = Math.min(chunk.length, to - from);
            s.getChars(from, from + k, chunk, 0);
            append(chunk, 0, k);
            from += k;
        }
        return this;
    }

    public Utf8Buffer append(char c) {
        chunk[0] = c;
        return append(chunk, 0, 1);
    }

    public Utf8Buffer append(char[] c, int off, int len) {
        return append(c, off, len, false);
    }

    /**
     * Appends {@code c[off, off + len)} HTML-escaped as flexmark escapes text ({@code & < > "}
     * become entities), in the same pass as the encoding: the text of every page goes through here.
     */
    public Utf8Buffer appendEscaped(char[] c, int off, int len) {
        return append(c, off, len, true);
    }

    private Utf8Buffer append(char[] c, int off, int len, boolean escape) {
        ensure(len * (escape ? 6 : 3) + 4); // at most 3 bytes a char ("&quot;": 6; a pair: 4 for 2), and a pending '?'
        byte[] b = buf;
        int p = n;
        for (int i = off, end = off + len; i < end; i++) {
            char ch = c[i];
            if (high != 0) {
                if (Character.isLowSurrogate(ch)) {
                    int cp = Character.toCodePoint(high, ch);
                    high = 0;
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                    continue;
                }
                high = 0;
                b[p++] = '?';
            }
            if (ch < 0x80) {
                if (escape && (ch == '&' || ch == '<' || ch == '>' || ch == '"')) {
                    p = entity(b, p, ch);
                } else {
                    b[p++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (ch < Character.MIN_SURROGATE || ch > Character.MAX_SURROGATE) {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (ch <= Character.MAX_HIGH_SURROGATE) {
                high = ch;
            } else {
                b[p++] = '?'; // a low surrogate alone
            }
        }
        n = p;
        return this;
    }

    private static int entity(byte[] b, int p, char ch) {
        String e = switch (ch) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> "&quot;";
        };
        for (int k = 0; k < e.length(); k++) b[p++] = (byte) e.charAt(k);
        return p;
    }

    /** Appends bytes {@code [from, to)} of {@code other} (ends of {@link #mark()}s: whole characters). */
    public Utf8Buffer append(Utf8Buffer other, int from, int to) {
        endSurrogate();
        ensure(to - from);
        System.arraycopy(other.buf, from, buf, n, to - from);
        n += to - from;
        return this;
    }

    /** Ends a surrogate pair left open (as '?') and returns the number of bytes so far. */
    public int mark() {
        endSurrogate();
        return n;
    }

    /** Appends text already in UTF-8. */
    public Utf8Buffer append(Utf8Text text) {
        endSurrogate();
        ensure(text.length());
        n = text.copyTo(buf, n);
        return this;
    }

    private void endSurrogate() {
        if (high == 0) return;
        ensure(1);
        buf[n++] = '?';
        high = 0;
    }

    private void ensure(int more) {
        if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }

    /** A copy of the bytes so far. */
    public byte[] toByteArray() {
        endSurrogate();
        return Arrays.copyOf(buf, n);
    }

    /** The text so far, kept as UTF-8. */
    public Utf8Text toUtf8Text() {
        endSurrogate();
        return Utf8Text.of(buf, 0, n);
    }
}
