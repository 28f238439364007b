package vn.antq.site.render;

import vn.antq.site.model.Routes;
import vn.antq.site.calendar.Calendar;
import vn.antq.site.checklist.Checklist;
import vn.antq.site.checklist.JsCompiler;
import vn.antq.site.markdown.MarkdownRenderer;
import vn.antq.site.publish.HashedAssets;
import vn.antq.site.calendar.IcsWriter;
import vn.antq.site.content.Problems;
import vn.antq.site.model.Glossary;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.model.Page;
import vn.antq.site.model.Site;
import vn.antq.site.model.Taxonomy;
import vn.antq.site.parts.DocumentParts;
import vn.antq.site.parts.SiteParts;
import vn.antq.site.publish.Staging;
import vn.antq.site.tasks.Parallel;
import vn.antq.site.text.ContentHash;
import vn.antq.site.text.Utf8Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Renders every page of the site model through the theme's templates into the staging
 * folder, in parallel. Each page is rendered and written at once, so the HTML of the whole
 * site is never held in memory.
 */
public final class SiteRenderer {
    /** How many of the newest documents the home page lists. */
    static final int HOME_LATEST = 8;
    /** Rows per page of the diagram's table of relations. */
    static final int RELATIONS_PER_PAGE = 250;

    private final Site site;
    private final Map<String, Rendered> bodies;
    private final SiteParts parts;
    private final CrossReferences xrefs;
    private final Glossary glossary;
    private final Calendar calendar;
    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final Staging out;
    private final Problems problems;
    private final Views views;
    private final PartPages partPages;
    private final ListingPages listings;
    private final PageFrame frame;
    private final ChecklistViews checklists;
    private final PageOutput output;
    private final Map<String, String> assets;

    /** @param reuse which pages keep their output instead of being rendered again */
    public SiteRenderer(SiteState state, Staging out, Problems problems, PageReuse reuse) {
        this.site = state.site();
        this.bodies = state.bodies();
        this.parts = state.parts();
        this.xrefs = state.xrefs();
        this.glossary = state.glossary();
        this.calendar = state.calendar();
        this.theme = state.theme();
        this.markdown = state.markdown();
        this.assets = state.assets();
        this.out = out;
        this.problems = problems;
        this.output = new PageOutput(theme, out, problems, reuse,
                new ModelFingerprint(theme.templateFingerprint(), List.of(theme.messages(), assets)));
        this.views = new Views(site, theme, parts);
        this.frame = new PageFrame(site, theme, glossary, calendar, assets);
        this.checklists = new ChecklistViews(site, theme, views, markdown, problems);
        this.partPages = new PartPages(parts, frame, theme, this::write);
        this.listings = new ListingPages(site, xrefs, views, frame, theme, this::write, this::writeFile);
    }

    /**
     * Renders all pages (those {@code reuse} keeps are only fingerprinted); {@code progress} is
     * told the count of pages done so far, now and then.
     *
     * @return the number of pages
     */
    public int render(IntConsumer progress) {
        List<Runnable> jobs = List.copyOf(jobs().values());
        int step = Math.max(500, jobs.size() / 20);
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(jobs, job -> {
            job.run();
            int n = done.incrementAndGet();
            if (n % step == 0) progress.accept(n);
        });
        return done.get();
    }

    /** The fingerprint of every page, by output path, sorted (after {@link #render}). */
    public java.util.SortedMap<String, ContentHash> fingerprints() {
        return output.fingerprints();
    }

    /** Pages rendered through their template (not kept). */
    public int renderedCount() { return output.rendered(); }

    /** Pages whose output was kept. */
    public int keptCount() { return output.kept(); }

    /** Every page of the site by its output path, in the order they are rendered. */
    private Map<String, Runnable> jobs() {
        Map<String, Runnable> jobs = new LinkedHashMap<>();
        add(jobs, Routes.HOME, this::home);
        add(jobs, Routes.NOT_FOUND, this::notFound);
        add(jobs, Routes.SEARCH, this::searchPage);
        listings.jobs((path, job) -> add(jobs, path, job)); // the register, cited numbers, every term: in pages
        int diagramPages = Pagination.count(xrefs.relations().size(), RELATIONS_PER_PAGE);
        for (int n = 1; n <= diagramPages; n++) {
            int page = n;
            add(jobs, Pagination.path(Routes.DIAGRAM, n), () -> diagram(page, diagramPages));
        }
        if (!glossary.entries().isEmpty()) {
            add(jobs, Routes.GLOSSARY, () -> listPage(Routes.GLOSSARY, "glossary.title", "glossary.ftlh", "entries",
                    glossary.entries().stream().map(views::glossaryEntry).toList()));
        }
        if (!calendar.events().isEmpty()) add(jobs, Routes.CALENDAR, this::calendarPages);
        if (!site.checklists().isEmpty()) {
            add(jobs, Routes.CHECKLISTS, () -> listPage(Routes.CHECKLISTS, "checklist.list_title", "checklists.ftlh", "checklists",
                    site.checklists().stream().map(checklists::summary).toList()));
            add(jobs, Routes.SUPERVISOR, this::supervisor);
            for (Checklist c : site.checklists()) add(jobs, Routes.checklist(c.id()), () -> checklist(c));
        }
        for (Document d : site.documents()) add(jobs, d.outputPath(), () -> document(d));
        for (Page p : site.pages()) add(jobs, p.outputPath(), () -> page(p));
        for (Taxonomy t : site.taxonomies()) add(jobs, t.outputPath(), () -> taxonomy(t));
        return jobs;
    }

    /** Two pages never share an output path (the assembler sees to that); this keeps it so. */
    private static void add(Map<String, Runnable> jobs, String outputPath, Runnable job) {
        if (jobs.putIfAbsent(outputPath, job) != null) throw new IllegalStateException("two pages at " + outputPath);
    }

    // ---- pages ----

    private void home() {
        Map<String, Object> m = frame.common(Routes.HOME, site.config().title(), List.of());
        Page home = site.home();
        Rendered body = home == null ? null : bodies.get(home.sourcePath());
        m.put("body", new BodyModel(body == null ? Utf8Text.of("") : partPages.linked(body.body(), Routes.HOME)));
        m.put("hasGlossary", !glossary.entries().isEmpty());
        m.put("checklists", site.checklists().stream().map(checklists::summary).toList());
        m.put("hasCalendar", !calendar.events().isEmpty());
        m.put("latest", views.documentModels(site.documents().subList(0, Math.min(HOME_LATEST, site.documents().size()))));
        m.put("documentCount", site.documents().size());
        m.put("taxonomies", site.taxonomies().stream().map(views::taxonomy).toList());
        write("home.ftlh", Routes.HOME, m, null);
    }

    /** The search page: its filters; without JavaScript, the way to the register and the taxonomies. */
    private void searchPage() {
        Map<String, Object> m = frame.common(Routes.SEARCH, theme.message("search.title"), List.of());
        m.put("documentCount", site.documents().size());
        m.put("taxonomies", site.taxonomies().stream().map(views::taxonomy).toList());
        write("search.ftlh", Routes.SEARCH, m, null);
    }

    /** The diagram, and the table of every relation in pages (the diagram only on the first). */
    private void diagram(int n, int pages) {
        String path = Pagination.path(Routes.DIAGRAM, n);
        String title = Pagination.title(theme.message("diagram.title"), n, theme.message("pagination.title"));
        Map<String, Object> m = frame.common(path, title, List.of(PageFrame.crumb(theme.message("nav.documents"), Routes.REGISTER)));
        m.put("svg", n == 1 ? RelationDiagram.svg(site, xrefs, theme::message, path) : "");
        m.put("capped", site.documents().size() > RelationDiagram.MAX_DOCUMENTS);
        List<Map<String, Object>> relations = new ArrayList<>();
        int[] r = Pagination.range(xrefs.relations().size(), RELATIONS_PER_PAGE, n);
        for (CrossReferences.Relation rel : xrefs.relations().subList(r[0], r[1])) relations.add(views.relation(rel, false));
        m.put("relations", relations);
        Pagination.into(m, Routes.DIAGRAM, n, pages, theme.message("pagination.page"));
        write("diagram.ftlh", path, m, null);
    }

    /** A page of the menu listing one thing: {@code key} holds the list. */
    private void listPage(String path, String titleKey, String template, String key, Object list) {
        Map<String, Object> m = frame.common(path, theme.message(titleKey), List.of());
        m.put(key, list);
        write(template, path, m, null);
    }

    private void calendarPages() {
        listings.calendar(views.calendarGroups(calendar));
        writeFile(Routes.CALENDAR_FILE, IcsWriter.write(calendar, theme.message("calendar.title"), theme::message, site.config().baseUrl(), parts::link)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void supervisor() {
        String path = Routes.SUPERVISOR;
        Map<String, Object> m = frame.common(path, theme.message("supervisor.title"),
                List.of(PageFrame.crumb(theme.message("nav.checklists"), Routes.CHECKLISTS)));
        m.put("checklists", site.checklists().stream().map(c -> checklists.supervisor(c, path)).toList());
        write("supervisor.ftlh", path, m, null);
    }

    private void checklist(Checklist c) {
        String path = Routes.checklist(c.id());
        byte[] compiled = JsCompiler.compile(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String script = "assets/checklists/" + HashedAssets.hashedName(c.id() + ".js", compiled);
        writeFile(script, compiled);
        Map<String, Object> m = frame.common(path, c.title(), List.of(PageFrame.crumb(theme.message("nav.checklists"), Routes.CHECKLISTS)));
        m.put("checklist", checklists.form(c, path, (md, line) ->
                markdown.renderFragment(c.sourcePath(), md, line, path, site.outputPathBySource()::get, problems)));
        m.put("checklistScript", script);
        m.put("description", c.summary() == null ? "" : c.summary());
        write("checklist.ftlh", path, m, c.sourcePath());
    }

    private void notFound() {
        Map<String, Object> m = frame.common(Routes.NOT_FOUND, theme.message("notfound.title"), List.of());
        // a server shows 404.html at any depth: relative links need an absolute base there
        String base = site.config().baseUrl();
        m.put("root", base == null ? "" : java.net.URI.create(base).getPath());
        write("404.ftlh", Routes.NOT_FOUND, m, null);
    }

    /** Renders one document's page (the preview server's fast path). */
    public void renderDocument(Document d) {
        document(d);
    }

    private void document(Document d) {
        String path = d.outputPath();
        Map<String, Object> m = frame.common(path, d.title(), List.of(PageFrame.crumb(theme.message("nav.documents"), Routes.REGISTER)));
        Rendered r = bodies.get(d.sourcePath());
        m.put("doc", views.documentModel(d));
        m.put("relationsOut", views.relations(xrefs.outgoing(d), false));
        m.put("relationsIn", views.relations(xrefs.incoming(d), true));
        m.put("cites", xrefs.citesOf(d).stream().map(views::citing).toList());
        m.put("citedBy", views.places(xrefs.citedBy(d)));
        m.put("description", d.meta().summary() == null ? "" : d.meta().summary());
        whole(path, r, m, "document.ftlh", d.sourcePath());
    }

    private void page(Page p) {
        String path = p.outputPath();
        Map<String, Object> m = frame.common(path, p.title(), List.of());
        Rendered r = bodies.get(p.sourcePath());
        m.put("description", p.meta().description() == null ? "" : p.meta().description());
        String template = p.meta().template() == null ? "page.ftlh" : p.meta().template() + ".ftlh";
        whole(path, r, m, template, p.sourcePath());
    }

    /** A document's or page's body on its page, or, when long, in parts. */
    private void whole(String path, Rendered r, Map<String, Object> m, String template, String source) {
        DocumentParts dp = parts.of(path);
        if (dp != null) {
            partPages.write(dp, r, m, template, source);
            return;
        }
        m.put("body", new BodyModel(partPages.linked(r.body(), path)));
        m.put("toc", PageFrame.toc(r.headings()));
        write(template, path, m, source);
    }


    private void taxonomy(Taxonomy t) {
        Map<String, Object> view = views.taxonomy(t);
        Map<String, Object> m = frame.common(t.outputPath(), (String) view.get("label"), List.of());
        m.put("taxonomy", view);
        write("taxonomy.ftlh", t.outputPath(), m, null);
    }

    private void writeFile(String outputPath, byte[] bytes) {
        output.file(outputPath, bytes);
    }

    private void write(String templateName, String outputPath, Map<String, Object> model, String sourcePath) {
        output.page(templateName, outputPath, model, sourcePath);
    }
}
