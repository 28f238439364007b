package vn.antq.site.model;

import vn.antq.site.text.Utf8Text;

/**
 * A document's Markdown, kept as UTF-8 until its body is rendered. A one-off build then lets it
 * go ({@link #release}): later phases read only the rendered body, and a national site's
 * Markdown (156 MB at 10,000 documents) would otherwise be carried through every full garbage
 * collection of the search index and page phases. The preview server and {@code check} keep it.
 */
public final class MarkdownSource {
    private volatile Utf8Text text;

    public MarkdownSource(Utf8Text text) {
        this.text = java.util.Objects.requireNonNull(text);
    }

    /** The Markdown (decoded on each call: kept compact, see {@link Utf8Text}). */
    public String text() {
        Utf8Text t = text;
        if (t == null) throw new IllegalStateException("the Markdown was released once the body was rendered");
        return t.toString();
    }

    /** Adds the Markdown's bytes to {@code hasher} (before {@link #release}). */
    public void hashInto(vn.antq.site.text.ContentHasher hasher) {
        Utf8Text t = text;
        if (t == null) throw new IllegalStateException("the Markdown was released once the body was rendered");
        t.hashInto(hasher);
    }

    /** Lets the text go; {@link #text} may not be called after. */
    public void release() {
        text = null;
    }
}
