package vn.antq.site.search;

import vn.antq.site.markdown.SectionText;

import java.util.List;

/**
 * A page as the search index sees it.
 *
 * @param url       output path of the page
 * @param kind      what it is, for display ("Chỉ thị", "Tự kiểm tra", "Trang")
 * @param meta      number, issuer, topics...: searchable, weighted like headings
 * @param type      type key for the filter, or null
 * @param issuer    issuer for the filter, or null
 * @param audience  audience keys for the filter
 * @param year      year for the filter, or 0
 * @param detail    one line shown under the title ("Bộ Công an · 07/05/2025")
 * @param prior     score multiplier: 1 for documents, less for guides, checklists, the glossary
 */
public record SearchDocument(String url, String title, String kind, String meta, String type, String issuer,
                             List<String> audience, int year, String detail, List<SectionText> sections, double prior) {}
