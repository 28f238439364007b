package vn.antq.site.render;

import vn.antq.site.content.DocumentMeta;
import vn.antq.site.model.Document;
import vn.antq.site.model.Site;
import vn.antq.site.model.SiteAssembler;
import vn.antq.site.model.Taxonomy;
import vn.antq.site.model.Term;
import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Template-facing views of the model: plain maps whose paths are relative to the site root
 * (templates prefix them with {@code root}) and whose labels are already in Vietnamese.
 */
final class Views {
    private final Site site;
    private final Theme theme;

    Views(Site site, Theme theme) {
        this.site = site;
        this.theme = theme;
    }

    Map<String, Object> document(Document d) {
        DocumentMeta m = d.meta();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", m.title());
        v.put("number", m.number());
        v.put("numberBlank", m.blank().contains("number"));
        v.put("type", m.type());
        v.put("typeLabel", theme.message("type." + m.type()));
        v.put("typePath", termPath("loai-van-ban", m.type()));
        v.put("issuer", m.issuer());
        v.put("issuerPath", termPath("co-quan-ban-hanh", m.issuer()));
        v.put("place", m.place() == null ? "" : m.place());
        v.put("date", m.date().display());
        v.put("dateIso", m.date().iso());
        v.put("dateBlank", !m.date().complete());
        v.put("year", String.valueOf(m.date().year()));
        v.put("yearPath", termPath("nam", String.valueOf(m.date().year())));
        v.put("signer", m.signer() == null ? "" : m.signer());
        v.put("signerTitle", m.signerTitle() == null ? "" : m.signerTitle());
        v.put("status", m.status());
        v.put("statusLabel", theme.message("status." + m.status()));
        v.put("audience", links("doi-tuong", m.audience(), k -> theme.message("audience." + k)));
        v.put("topics", links("chu-de", m.topics(), k -> k));
        v.put("summary", m.summary() == null ? "" : m.summary());
        v.put("excerpt", m.excerpt());
        v.put("note", m.note() == null ? "" : m.note());
        v.put("path", d.outputPath());
        v.put("slug", d.slug());
        // folded words separated by single spaces, matched by register.js at word starts
        v.put("searchText", Folding.fold(m.number() + " " + m.title() + " " + m.issuer()).replaceAll("[^a-z0-9]+", " ").strip());
        return v;
    }

    List<Map<String, Object>> documents(List<Document> docs) {
        List<Map<String, Object>> out = new ArrayList<>(docs.size());
        for (Document d : docs) out.add(document(d));
        return out;
    }

    Map<String, Object> term(Term t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", t.key());
        v.put("label", t.label());
        v.put("path", t.outputPath());
        v.put("count", t.documents().size());
        return v;
    }

    Map<String, Object> taxonomy(Taxonomy t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", t.key());
        v.put("label", theme.message("taxonomy." + t.key()));
        v.put("path", t.outputPath());
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Term term : t.terms()) terms.add(term(term));
        v.put("terms", terms);
        return v;
    }

    private static String termPath(String taxonomy, String key) {
        return SiteAssembler.termPath(taxonomy, key);
    }

    private List<Map<String, Object>> links(String taxonomy, List<String> keys, java.util.function.Function<String, String> label) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String k : keys) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("label", label.apply(k));
            v.put("path", termPath(taxonomy, k));
            out.add(v);
        }
        return out;
    }
}
