package vn.antq.site.render;

import vn.antq.site.text.Utf8Text;

import java.io.Writer;
import java.util.Arrays;

/**
 * Collects a rendered page as UTF-8, encoding what the template writes straight into one
 * growing byte buffer that the rendering thread keeps from page to page (a national site has
 * tens of thousands of pages: buffering them as strings cost several gigabytes of copies).
 * A page's body is most of its bytes and is already kept as UTF-8: when the template writes the
 * very string it was given ({@code ${body?no_esc}} hands it over as is), the kept bytes are
 * copied instead of the characters being encoded again. Anything else the template makes of the
 * body is written like other text. Encodes as {@link String#getBytes} does: a lone surrogate
 * becomes '?'.
 */
final class PageWriter extends Writer {
    private final char[] chunk = new char[4096];
    private byte[] buf = new byte[64 * 1024];
    private int n;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char high;
    private String body;
    private Utf8Text bodyBytes;

    /**
     * Starts a page.
     *
     * @param body the body string in the template's model; @param bodyBytes its UTF-8, or null for pages without a body
     */
    PageWriter start(String body, Utf8Text bodyBytes) {
        this.body = body;
        this.bodyBytes = bodyBytes;
        n = 0;
        high = 0;
        return this;
    }

    @Override
    public void write(String s) {
        if (s == body && bodyBytes != null) {
            endSurrogate();
            ensure(bodyBytes.length());
            n = bodyBytes.copyTo(buf, n);
        } else {
            write(s, 0, s.length());
        }
    }

    @Override
    public void write(String s, int off, int len) {
        for (int at = off, end = off + len; at < end; ) {
            int k = Math.min(chunk.length, end - at);
            s.getChars(at, at + k, chunk, 0);
            encode(chunk, 0, k);
            at += k;
        }
    }

    @Override
    public void write(char[] chars, int off, int len) {
        encode(chars, off, len);
    }

    @Override
    public void write(int c) {
        chunk[0] = (char) c;
        encode(chunk, 0, 1);
    }

    private void encode(char[] c, int off, int len) {
        ensure(len * 3 + 4); // at most 3 bytes a char (a pair: 4 for 2), and a pending '?'
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
                b[p++] = (byte) ch;
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch)) {
                high = ch;
            } else if (Character.isLowSurrogate(ch)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        n = p;
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

    /** The page's bytes. */
    byte[] toByteArray() {
        endSurrogate();
        return Arrays.copyOf(buf, n);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
