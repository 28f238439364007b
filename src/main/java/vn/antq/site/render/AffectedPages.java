package vn.antq.site.render;

import vn.antq.site.calendar.Calendar;
import vn.antq.site.checklist.Checklist;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.model.Page;
import vn.antq.site.model.Site;
import vn.antq.site.model.SiteAssembler;
import vn.antq.site.model.Taxonomy;
import vn.antq.site.model.Term;
import vn.antq.site.references.Citation;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.references.ReferenceScanner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which pages an edit of some documents and pages changes, for the preview server's
 * incremental rebuild. The rules follow what each page's <em>model</em> holds (what
 * {@link SiteRenderer} hands its template, built by {@link Views}), not what the default
 * templates happen to show, so a theme that shows more of the model is still rebuilt right.
 *
 * <p>The edit must keep the site's structure: the same pages at the same paths, the same
 * document numbers, the same menu and footer, a calendar as (non-)empty as before. The
 * caller checks that and does a full build otherwise.
 */
public final class AffectedPages {
    /** The state a page's model is built from: before or after the edit. */
    public record State(Site site, Map<String, Rendered> bodies, CrossReferences xrefs, Calendar calendar) {}

    /** Output paths to render again, and output paths that no longer have a page. */
    public record Affected(Set<String> render, Set<String> remove) {}

    private final State before;
    private final State after;
    private final Views oldViews;
    private final Views newViews;
    private final Set<String> render = new TreeSet<>();
    private final Set<String> remove = new TreeSet<>();
    /** Whether the lists of all documents (register, search page) change. */
    private boolean lists;

    private AffectedPages(Theme theme, State before, State after) {
        this.before = before;
        this.after = after;
        this.oldViews = new Views(before.site(), theme);
        this.newViews = new Views(after.site(), theme);
    }

    /** @param changedSources source paths of the edited documents and pages */
    public static Affected of(Theme theme, State before, State after, Set<String> changedSources) {
        AffectedPages a = new AffectedPages(theme, before, after);
        a.taxonomies();
        Map<String, Document> oldDocs = bySource(before.site().documents());
        Map<String, Document> newDocs = bySource(after.site().documents());
        for (String source : changedSources) {
            Document d0 = oldDocs.get(source), d1 = newDocs.get(source);
            if (d0 != null && d1 != null) a.document(d0, d1);
            a.page(source);
        }
        if (a.lists) {
            a.render.add("van-ban/index.html");
            a.render.add("tim-kiem/index.html");
        }
        if (!a.oldViews.documents(latest(before.site())).equals(a.newViews.documents(latest(after.site())))) {
            a.render.add("index.html");
        }
        a.render.removeAll(a.remove);
        return new Affected(a.render, a.remove);
    }

    /**
     * A taxonomy whose terms (keys, labels, counts, order) change: its index, every one of its
     * term pages (each model holds the whole taxonomy), and the pages that list all taxonomies.
     */
    private void taxonomies() {
        List<Taxonomy> olds = before.site().taxonomies(), news = after.site().taxonomies();
        for (int i = 0; i < news.size(); i++) {
            Taxonomy t0 = olds.get(i), t1 = news.get(i);
            if (oldViews.taxonomy(t0).equals(newViews.taxonomy(t1))) continue;
            lists = true;
            render.add("index.html");
            render.add(t1.outputPath());
            Set<String> paths = new LinkedHashSet<>();
            for (Term term : t1.terms()) paths.add(term.outputPath());
            render.addAll(paths);
            for (Term term : t0.terms()) if (!paths.contains(term.outputPath())) remove.add(term.outputPath());
        }
    }

    /** A plain page or the home page's text: only its own page shows it (menu and footer are checked by the caller). */
    private void page(String source) {
        Page home = after.site().home();
        if (home != null && home.sourcePath().equals(source)) render.add("index.html");
        for (Page p : after.site().pages()) if (p.sourcePath().equals(source)) render.add(p.outputPath());
    }

    private void document(Document d0, Document d1) {
        render.add(d1.outputPath());
        CrossReferences x0 = before.xrefs(), x1 = after.xrefs();
        // what lists and references show of it: number, title, type, issuer, date (so its place in every list)...
        boolean card = !oldViews.document(d0).equals(newViews.document(d1));
        if (card) {
            lists = true;
            render.add("so-do/index.html");
            for (String p : termPaths(before.site(), d0)) if (!remove.contains(p)) render.add(p);
            render.addAll(termPaths(after.site(), d1));
            // relations both ways show its number, title and type
            related(x0, d0);
            related(x1, d1);
            for (Checklist c : after.site().checklists()) {
                for (String n : c.legalBasis()) {
                    Document b0 = oldViews.basisDocument(n), b1 = newViews.basisDocument(n);
                    if (b0 == d0 || b1 == d1) render.add(SiteAssembler.checklistPath(c.id()));
                }
            }
            if (!x0.citesOf(d0).isEmpty() || !x0.citedBy(d0).isEmpty() || !x1.citesOf(d1).isEmpty() || !x1.citedBy(d1).isEmpty()) {
                render.add("tham-chieu/index.html");
            }
        }
        List<Citation> c0 = before.bodies().get(d0.sourcePath()).citations();
        List<Citation> c1 = after.bodies().get(d1.sourcePath()).citations();
        boolean citations = !c0.equals(c1);
        if (citations) {
            render.add("tham-chieu/index.html");
            render.add("so-do/index.html");
        }
        if (card || citations) {
            Set<String> keys = new LinkedHashSet<>();
            for (Citation c : c0) keys.add(c.key());
            for (Citation c : c1) keys.add(c.key());
            if (!d1.meta().blank().contains("number")) keys.add(ReferenceScanner.key(d1.number()));
            for (String key : keys) cited(x0.cited(key), x1.cited(key));
        }
        if (!relationKeys(x0.outgoing(d0)).equals(relationKeys(x1.outgoing(d1)))) {
            // the documents it names show it under "implemented by" / "replaced by"
            render.add("so-do/index.html");
            for (CrossReferences.Relation r : x0.outgoing(d0)) if (r.target() != null) render.add(r.target().outputPath());
            for (CrossReferences.Relation r : x1.outgoing(d1)) if (r.target() != null) render.add(r.target().outputPath());
        }
        // an event shows the document's number and type, its section, its date (the .ics stamp)
        if (!d0.meta().deadlines().isEmpty() || !d1.meta().deadlines().isEmpty()) render.add("lich/index.html");
    }

    /**
     * One cited number before and after: the pages citing it show its number, type, title and
     * link; its own page (if it has one) lists every place citing it.
     */
    private void cited(CrossReferences.Cited k0, CrossReferences.Cited k1) {
        Object h0 = k0 == null ? null : oldViews.citedHeader(k0);
        Object h1 = k1 == null ? null : newViews.citedHeader(k1);
        if (!Objects.equals(h0, h1)) {
            if (k0 != null) for (CrossReferences.Place p : k0.places()) render.add(p.from().outputPath());
            if (k1 != null) for (CrossReferences.Place p : k1.places()) render.add(p.from().outputPath());
        }
        Object p0 = k0 == null ? List.of() : oldViews.places(k0.places());
        Object p1 = k1 == null ? List.of() : newViews.places(k1.places());
        if (!p0.equals(p1)) {
            if (k0 != null && k0.page() != null) render.add(k0.page().outputPath());
            if (k1 != null && k1.page() != null) render.add(k1.page().outputPath());
        }
    }

    /** Pages of the documents {@code d} names in its front matter and of those naming it. */
    private void related(CrossReferences xrefs, Document d) {
        for (CrossReferences.Relation r : xrefs.outgoing(d)) if (r.target() != null) render.add(r.target().outputPath());
        for (CrossReferences.Relation r : xrefs.incoming(d)) render.add(r.from().outputPath());
    }

    private static List<List<String>> relationKeys(List<CrossReferences.Relation> relations) {
        List<List<String>> out = new ArrayList<>();
        for (CrossReferences.Relation r : relations) out.add(List.of(r.kind(), r.number()));
        return out;
    }

    /** The term pages listing {@code d} (by identity: the site's own document object). */
    private static Set<String> termPaths(Site site, Document d) {
        Set<String> out = new LinkedHashSet<>();
        for (Taxonomy t : site.taxonomies()) {
            for (Term term : t.terms()) {
                if (containsSame(term.documents(), d)) out.add(term.outputPath());
            }
        }
        return out;
    }

    private static boolean containsSame(Collection<Document> docs, Document d) {
        for (Document x : docs) if (x == d) return true;
        return false;
    }

    private static List<Document> latest(Site site) {
        return site.documents().subList(0, Math.min(SiteRenderer.HOME_LATEST, site.documents().size()));
    }

    private static Map<String, Document> bySource(List<Document> docs) {
        Map<String, Document> out = new HashMap<>();
        for (Document d : docs) out.put(d.sourcePath(), d);
        return out;
    }
}
