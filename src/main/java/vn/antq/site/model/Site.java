package vn.antq.site.model;

import vn.antq.site.checklist.Checklist;

import java.util.List;
import java.util.Map;

/**
 * The assembled site: every page with its output path, documents newest first, taxonomies.
 * Immutable; built once per build by {@link SiteAssembler}.
 */
public record Site(SiteConfig config, List<Document> documents, List<Page> pages, Page home,
                   List<Taxonomy> taxonomies, Map<String, Document> documentsByNumber,
                   Map<String, String> outputPathBySource, List<Checklist> checklists) {

    /** Number key → output path, for linking cited numbers that have a page. */
    public Map<String, String> documentPathsByKey() {
        Map<String, String> out = new java.util.HashMap<>();
        documentsByNumber.forEach((k, d) -> out.put(k, d.outputPath()));
        return out;
    }

}
