package vn.antq.site.model;

import vn.antq.site.content.PageMeta;
import vn.antq.site.text.Utf8Text;

/** A plain page (guide, introduction) or the home page's text. */
public record Page(PageMeta meta, String sourcePath, MarkdownSource source, int bodyLine, String outputPath) {
    public Page(PageMeta meta, String sourcePath, Utf8Text markdown, int bodyLine, String outputPath) {
        this(meta, sourcePath, new MarkdownSource(markdown), bodyLine, outputPath);
    }

    public Page(PageMeta meta, String sourcePath, String markdown, int bodyLine, String outputPath) {
        this(meta, sourcePath, Utf8Text.of(markdown), bodyLine, outputPath);
    }

    /** The Markdown body (see {@link MarkdownSource}). */
    public String markdown() { return source.text(); }
    public String title() { return meta.title(); }
}
