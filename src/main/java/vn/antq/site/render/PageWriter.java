package vn.antq.site.render;

import vn.antq.site.text.Utf8Buffer;
import vn.antq.site.text.Utf8Text;

import java.io.Writer;

/**
 * Collects a rendered page as UTF-8 in a buffer the rendering thread keeps from page to page
 * (a national site has tens of thousands of pages). A page's body is most of its bytes and is
 * already kept as UTF-8: when the template writes the very string it was given
 * ({@code ${body?no_esc}} hands it over as is), the kept bytes are copied instead of the
 * characters being encoded again. Anything else the template makes of the body is written like
 * other text.
 */
final class PageWriter extends Writer {
    private final Utf8Buffer page = new Utf8Buffer(64 * 1024);
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
        page.clear();
        return this;
    }

    @Override
    public void write(String s) {
        if (s == body && bodyBytes != null) page.append(bodyBytes);
        else page.append(s);
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
