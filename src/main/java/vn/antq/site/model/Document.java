package vn.antq.site.model;

import vn.antq.site.content.DocumentMeta;

/**
 * A document (văn bản) of the site model: its validated metadata, its Markdown body (rendered
 * later, in parallel) and where it is published.
 */
public record Document(DocumentMeta meta, String sourcePath, String markdown, int bodyLine, String outputPath) {
    public String title() { return meta.title(); }
    public String number() { return meta.number(); }
    public String slug() { return meta.slug(); }
}
