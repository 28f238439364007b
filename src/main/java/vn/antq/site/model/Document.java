package vn.antq.site.model;

import vn.antq.site.references.ReferenceScanner;

import vn.antq.site.content.DocumentMeta;
import vn.antq.site.text.Utf8Text;

/**
 * A document (văn bản) of the site model: its validated metadata, its Markdown body (rendered
 * later, in parallel) and where it is published.
 */
public record Document(DocumentMeta meta, String sourcePath, MarkdownSource source, int bodyLine, String outputPath) {
    public Document(DocumentMeta meta, String sourcePath, Utf8Text markdown, int bodyLine, String outputPath) {
        this(meta, sourcePath, new MarkdownSource(markdown), bodyLine, outputPath);
    }

    public Document(DocumentMeta meta, String sourcePath, String markdown, int bodyLine, String outputPath) {
        this(meta, sourcePath, Utf8Text.of(markdown), bodyLine, outputPath);
    }

    /** The Markdown body (see {@link MarkdownSource}). */
    public String markdown() { return source.text(); }
    public String title() { return meta.title(); }
    public String number() { return meta.number(); }
    public String slug() { return meta.slug(); }

    /**
     * The key its number is found by in running text ({@link ReferenceScanner#key}), or null when
     * the number is blank in the original ({@code blank: [number]}): such a number names no document.
     */
    public String numberKey() {
        return meta.blank().contains("number") ? null : ReferenceScanner.key(meta.number());
    }
}
