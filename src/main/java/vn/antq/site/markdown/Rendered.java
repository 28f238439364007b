package vn.antq.site.markdown;

import vn.antq.site.references.Citation;

import java.util.List;

/** Markdown rendered to sanitized HTML, with its headings, the numbers it cites and its text by section (for search). */
public record Rendered(String html, List<TocEntry> headings, List<Citation> citations, List<SectionText> sections) {}
