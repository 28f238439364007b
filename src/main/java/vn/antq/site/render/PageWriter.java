package vn.antq.site.render;

import vn.antq.site.text.Utf8Buffer;
import vn.antq.site.text.Utf8Text;

import java.io.Writer;

/**
 * Collects a rendered page as UTF-8 in a buffer the rendering thread keeps from page to page
 * (a national site has tens of thousands of pages). A page's body is most of its bytes and is
 * already kept as UTF-8: {@link BodyModel} copies those bytes in.
 */
final class PageWriter extends Writer {
    private final Utf8Buffer page = new Utf8Buffer(64 * 1024);

    /** Starts a page. */
    PageWriter start() {
        page.clear();
        return this;
    }

    /** Text already encoded. */
    void write(Utf8Text utf8) {
        page.append(utf8);
    }

    @Override
    public void write(String s) {
        page.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
        page.append(s, off, off + len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        page.append(chars, off, len);
    }

    @Override
    public void write(int c) {
        page.append((char) c);
    }

    /** The page's bytes. */
    byte[] toByteArray() {
        return page.toByteArray();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
