package vn.antq.site.markdown;

import java.util.List;

/** Markdown rendered to sanitized HTML, with its headings. */
public record Rendered(String html, List<TocEntry> headings) {}
