package vn.antq.site.render;

import vn.antq.site.model.Routes;
import vn.antq.site.calendar.Calendar;
import vn.antq.site.calendar.CalendarEvent;
import vn.antq.site.checklist.Checklist;
import vn.antq.site.content.Deadline;
import vn.antq.site.content.DocumentMeta;
import vn.antq.site.model.GlossaryEntry;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.model.Document;
import vn.antq.site.model.Site;
import vn.antq.site.model.SiteAssembler;
import vn.antq.site.model.Taxonomy;
import vn.antq.site.model.Term;
import vn.antq.site.text.Folding;

import vn.antq.site.parts.SiteParts;
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
    private final SiteParts parts;

    // a document's card appears on its page and in every listing of its terms: made once
    private final Map<String, Map<String, Object>> documentViews = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, freemarker.template.TemplateModel> documentModels = new java.util.concurrent.ConcurrentHashMap<>();

    Views(Site site, Theme theme, SiteParts parts) {
        this.site = site;
        this.theme = theme;
        this.parts = parts;
    }

    /** The document's card (unmodifiable; the same map for every page that shows it). */
    Map<String, Object> document(Document d) {
        return documentViews.computeIfAbsent(d.sourcePath(), k -> java.util.Collections.unmodifiableMap(documentView(d)));
    }

    /** The document's card as the templates read it, wrapped once (see {@link PreparedModel}). */
    freemarker.template.TemplateModel documentModel(Document d) {
        return documentModels.computeIfAbsent(d.sourcePath(),
                k -> PreparedModel.of(document(d), theme.freemarker().getObjectWrapper()));
    }

    /** Cards of documents, for a listing. */
    List<freemarker.template.TemplateModel> documentModels(List<Document> docs) {
        List<freemarker.template.TemplateModel> out = new ArrayList<>(docs.size());
        for (Document d : docs) out.add(documentModel(d));
        return out;
    }

    private Map<String, Object> documentView(Document d) {
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
        v.put("effective", m.effective() == null ? "" : m.effective().display());
        v.put("expires", m.expires() == null ? "" : m.expires().display());
        // only whole dates let the reader's browser tell the status of the day
        v.put("effectiveIso", m.effective() == null || !m.effective().complete() ? "" : m.effective().iso());
        v.put("expiresIso", m.expires() == null || !m.expires().complete() ? "" : m.expires().iso());
        v.put("audience", links("doi-tuong", m.audience(), k -> theme.message("audience." + k)));
        v.put("topics", links("chu-de", m.topics(), k -> k));
        v.put("summary", m.summary() == null ? "" : m.summary());
        v.put("excerpt", m.excerpt());
        v.put("note", m.note() == null ? "" : m.note());
        v.put("path", d.outputPath());
        v.put("slug", d.slug());
        return v;
    }

    List<Map<String, Object>> documents(List<Document> docs) {
        List<Map<String, Object>> out = new ArrayList<>(docs.size());
        for (Document d : docs) out.add(document(d));
        return out;
    }

    Map<String, Object> term(Term t) {
        return ordered("key", t.key(), "label", t.label(), "path", t.outputPath(), "count", t.documents().size());
    }

    /** A map of these keys and values, in this order (what a template lists as written). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) v.put((String) keysAndValues[i], keysAndValues[i + 1]);
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

    /** Front-matter relations of a document: outgoing (it implements X) or incoming (X implements it). */
    List<Map<String, Object>> relations(List<CrossReferences.Relation> relations, boolean incoming) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CrossReferences.Relation r : relations) out.add(relation(r, incoming));
        return out;
    }

    Map<String, Object> relation(CrossReferences.Relation r, boolean incoming) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", r.kind());
        v.put("label", theme.message("relation." + r.kind() + (incoming ? ".in" : "")));
        v.put("fromNumber", r.from().number());
        v.put("fromTitle", r.from().title());
        v.put("fromPath", r.from().outputPath());
        v.put("fromTypeLabel", theme.message("type." + r.from().meta().type()));
        Document other = incoming ? r.from() : r.target();
        v.put("number", incoming ? r.from().number() : r.number());
        v.put("typeLabel", other != null ? theme.message("type." + other.meta().type()) : typeOf(r.number()));
        v.put("title", other != null ? other.title() : "");
        v.put("path", other != null ? other.outputPath() : null);
        return v;
    }

    private final ReferenceScanner scanner = new ReferenceScanner();

    String typeOf(String number) {
        return scanner.scan(number).stream().findFirst()
                .map(x -> theme.message("type." + x.type())).orElse("");
    }

    /**
     * A cited number with places {@code from}..{@code to} of its places and how many documents
     * cite it (the register of cited documents); {@code allPath}: the page of all its places
     * when they are not all shown, else null.
     */
    Map<String, Object> cited(CrossReferences.Cited c, int from, int to, String allPath) {
        Map<String, Object> v = citedHeader(c);
        v.put("places", places(c.places().subList(from, Math.min(to, c.places().size()))));
        v.put("count", c.citingCount());
        v.put("placeCount", c.places().size());
        v.put("allPath", allPath);
        return v;
    }

    /**
     * A cited number with the places of one citing document (its own page). Without the count
     * of citing documents: the page would otherwise change whenever any other document starts
     * or stops citing the same number, and the preview server would have to render them all.
     */
    Map<String, Object> citing(CrossReferences.Citing c) {
        Map<String, Object> v = citedHeader(c.cited());
        v.put("places", places(c.places()));
        return v;
    }

    /** What a citing document's page shows of a number it cites, apart from its own places. */
    Map<String, Object> citedHeader(CrossReferences.Cited c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", c.key());
        v.put("number", c.number());
        v.put("typeLabel", c.type() == null ? "" : theme.message("type." + c.type()));
        v.put("title", c.page() != null ? c.page().title() : "");
        v.put("path", c.page() != null ? c.page().outputPath() : null);
        return v;
    }

    /** Places grouped by citing document, each with its sections. */
    List<Map<String, Object>> places(List<CrossReferences.Place> places) {
        Map<Document, Map<String, Object>> byDoc = new java.util.IdentityHashMap<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (CrossReferences.Place p : places) {
            Map<String, Object> v = byDoc.get(p.from());
            if (v == null) {
                v = new LinkedHashMap<>();
                v.put("number", p.from().number());
                v.put("title", p.from().title());
                v.put("typeLabel", theme.message("type." + p.from().meta().type()));
                v.put("path", p.from().outputPath());
                v.put("sections", new ArrayList<Map<String, Object>>());
                byDoc.put(p.from(), v);
                out.add(v);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sections = (List<Map<String, Object>>) v.get("sections");
            if (sections.stream().noneMatch(x -> x.get("id").equals(p.sectionId()))) {
                Map<String, Object> sec = new LinkedHashMap<>();
                sec.put("id", p.sectionId());
                sec.put("href", parts.link(p.from().outputPath(), p.sectionId()));
                sec.put("title", p.sectionTitle().isEmpty() ? theme.message("cited.preamble") : p.sectionTitle());
                sections.add(sec);
            }
        }
        return out;
    }

    Map<String, Object> glossaryEntry(GlossaryEntry e) {
        return ordered("term", e.term(), "id", e.id(), "abbr", e.isAbbreviation(),
                "expansion", e.expansion() == null ? "" : e.expansion(),
                "definition", e.definition() == null ? "" : e.definition(), "aliases", e.aliases());
    }

    /** Events grouped: monthly first, then each month of the year that has any. */
    List<Map<String, Object>> calendarGroups(Calendar calendar) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (CalendarEvent e : calendar.events()) {
            Deadline d = e.deadline();
            String group = d.recurrence() == Deadline.Recurrence.MONTHLY ? theme.message("calendar.monthly")
                    : theme.message("calendar.month").replace("{0}", String.valueOf(d.month()));
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("when", switch (d.recurrence()) {
                case MONTHLY -> theme.message("calendar.when.monthly").replace("{0}", String.valueOf(d.day()));
                case YEARLY -> theme.message("calendar.when.yearly").replace("{0}", String.format("%02d/%02d", d.day(), d.month()));
                case ONCE -> d.date().display();
            });
            v.put("iso", d.date() != null ? d.date().iso() : String.format("--%02d-%02d", d.month(), d.day()));
            v.put("what", d.what());
            v.put("kind", d.kind());
            v.put("kindLabel", theme.message("calendar.kind." + d.kind()));
            v.put("docNumber", e.document().number());
            v.put("docTypeLabel", theme.message("type." + e.document().meta().type()));
            v.put("docPath", e.document().outputPath());
            v.put("sectionId", e.sectionId());
            v.put("href", parts.link(e.document().outputPath(), e.sectionId()));
            v.put("sectionTitle", e.sectionTitle());
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(v);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((label, events) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("label", label);
            g.put("id", Folding.slug(label));
            g.put("events", events);
            out.add(g);
        });
        return out;
    }

    private static String termPath(String taxonomy, String key) {
        return Routes.term(taxonomy, key);
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
