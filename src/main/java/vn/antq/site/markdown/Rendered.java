package vn.antq.site.markdown;

import vn.antq.site.references.Citation;
import vn.antq.site.text.Spill;
import vn.antq.site.text.Utf8Text;

import java.util.List;

/** Markdown rendered to sanitized HTML, with its headings, the numbers it cites and its text by section (for search). */
public record Rendered(Utf8Text body, List<TocEntry> headings, List<Citation> citations, List<SectionText> sections) {
    public Rendered(String html, List<TocEntry> headings, List<Citation> citations, List<SectionText> sections) {
        this(Utf8Text.of(html), headings, citations, sections);
    }

    /** The HTML (decoded on each call: every body is kept between phases, compact, see {@link Utf8Text}). */
    public String html() { return body.toString(); }

    /**
     * The same with its HTML and search text in {@code spill} (see {@link Spill}): only its
     * headings and citations stay in the heap.
     */
    public Rendered spilledTo(Spill spill) {
        if (!spill.onDisk() || body.spilled()) return this;
        byte[] html = body.toBytes();
        return new Rendered(spill.keep(html, 0, html.length), headings, citations, SpilledSections.of(sections, spill));
    }

    /** The same without the search text, once the search index is written and nothing else needs it. */
    public Rendered withoutSections() {
        return new Rendered(body, headings, citations, List.of());
    }
}
