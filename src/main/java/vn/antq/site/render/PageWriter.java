package vn.antq.site.render;

import vn.antq.site.text.Utf8Text;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Collects a rendered page as UTF-8. A page's body is most of its bytes and is already kept as
 * UTF-8: when the template writes the very string it was given ({@code ${body?no_esc}} hands
 * it over as is), the kept bytes are copied instead of the characters being buffered and
 * encoded again. Anything else the template makes of the body is written like other text.
 */
final class PageWriter extends Writer {
    private final String body;
    private final Utf8Text bodyBytes;
    private final StringBuilder text = new StringBuilder(8 * 1024);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);

    /** @param body the body string in the template's model; @param bodyBytes its UTF-8, or null for pages without a body */
    PageWriter(String body, Utf8Text bodyBytes) {
        this.body = body;
        this.bodyBytes = bodyBytes;
    }

    @Override
    public void write(String s) {
        if (s == body && bodyBytes != null) {
            flushText();
            bodyBytes.writeTo(bytes);
        } else {
            text.append(s);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    private void flushText() {
        if (text.isEmpty()) return;
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }

    /** The page's bytes. */
    byte[] toByteArray() {
        flushText();
        return bytes.toByteArray();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
