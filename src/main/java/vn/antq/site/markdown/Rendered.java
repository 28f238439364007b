package vn.antq.site.markdown;

import vn.antq.site.references.Citation;

import java.util.List;

/** Markdown rendered to sanitized HTML, with its headings and the document numbers it cites. */
public record Rendered(String html, List<TocEntry> headings, List<Citation> citations) {}
