package vn.antq.site.model;

import vn.antq.site.content.PageMeta;

/** A plain page (guide, introduction) or the home page's text. */
public record Page(PageMeta meta, String sourcePath, String markdown, int bodyLine, String outputPath) {
    public String title() { return meta.title(); }
}
