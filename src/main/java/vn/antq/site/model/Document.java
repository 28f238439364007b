package vn.antq.site.model;

import vn.antq.site.content.DocumentMeta;
import vn.antq.site.text.Utf8Text;

/**
 * A document (văn bản) of the site model: its validated metadata, its Markdown body (rendered
 * later, in parallel) and where it is published.
 */
public record Document(DocumentMeta meta, String sourcePath, Utf8Text body, int bodyLine, String outputPath) {
    public Document(DocumentMeta meta, String sourcePath, String markdown, int bodyLine, String outputPath) {
        this(meta, sourcePath, Utf8Text.of(markdown), bodyLine, outputPath);
    }

    /** The Markdown body (decoded on each call: kept compact, see {@link Utf8Text}). */
    public String markdown() { return body.toString(); }
    public String title() { return meta.title(); }
    public String number() { return meta.number(); }
    public String slug() { return meta.slug(); }
}
