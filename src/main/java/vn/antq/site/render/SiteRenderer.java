package vn.antq.site.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import vn.antq.site.calendar.Calendar;
import vn.antq.site.checklist.Checklist;
import vn.antq.site.checklist.JsCompiler;
import vn.antq.site.markdown.MarkdownRenderer;
import vn.antq.site.model.SiteAssembler;
import vn.antq.site.publish.HashedAssets;
import vn.antq.site.calendar.IcsWriter;
import vn.antq.site.content.Problems;
import vn.antq.site.model.Glossary;
import vn.antq.site.references.CrossReferences;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.markdown.TocEntry;
import vn.antq.site.model.Document;
import vn.antq.site.model.Page;
import vn.antq.site.model.Site;
import vn.antq.site.model.Taxonomy;
import vn.antq.site.model.Term;
import vn.antq.site.publish.Staging;
import vn.antq.site.tasks.BufferPool;
import vn.antq.site.tasks.Parallel;
import vn.antq.site.text.Urls;
import vn.antq.site.text.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Site site;
    private final Map<String, Rendered> bodies;
    private final CrossReferences xrefs;
    private final Glossary glossary;
    private final Calendar calendar;
    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final Staging out;
    private final Problems problems;
    private final Views views;
    /** A page buffer per rendering thread, reused from page to page. */
    private final BufferPool<PageWriter> writers = new BufferPool<>(PageWriter::new);
    private final Map<String, String> assets;
    private final AtomicInteger written = new AtomicInteger();

    /** @param bodies rendered Markdown by source path (see {@code BodyRenderer}) */
    public SiteRenderer(Site site, Map<String, Rendered> bodies, CrossReferences xrefs, Glossary glossary,
                        Calendar calendar, Theme theme, MarkdownRenderer markdown, Map<String, String> assets,
                        Staging out, Problems problems) {
        this.markdown = markdown;
        this.site = site;
        this.bodies = bodies;
        this.xrefs = xrefs;
        this.glossary = glossary;
        this.calendar = calendar;
        this.theme = theme;
        this.assets = assets;
        this.out = out;
        this.problems = problems;
        this.views = new Views(site, theme);
    }

    /** Renders all pages; {@code progress} is told the count of pages written so far, now and then. */
    public int render(IntConsumer progress) {
        List<Runnable> jobs = List.copyOf(jobs().values());
        int step = Math.max(500, jobs.size() / 20);
        Parallel.forEach(jobs, job -> {
            job.run();
            int n = written.incrementAndGet();
            if (n % step == 0) progress.accept(n);
        });
        return written.get();
    }

    /**
     * Renders only the pages at these output paths (the preview server's incremental rebuild);
     * a path the site has no page for is skipped. The calendar's page also writes its .ics, a
     * checklist's page its script.
     *
     * @return the number of pages rendered
     */
    public int render(Set<String> outputPaths) {
        Map<String, Runnable> all = jobs();
        List<Runnable> chosen = new ArrayList<>();
        for (String p : outputPaths) if (all.containsKey(p)) chosen.add(all.get(p));
        Parallel.forEach(chosen, Runnable::run);
        return chosen.size();
    }

    /** Every page of the site by its output path, in the order they are rendered. */
    private Map<String, Runnable> jobs() {
        Map<String, Runnable> jobs = new LinkedHashMap<>();
        add(jobs, "index.html", this::home);
        add(jobs, "van-ban/index.html", this::register);
        add(jobs, "404.html", this::notFound);
        add(jobs, "tim-kiem/index.html", this::searchPage);
        add(jobs, "tham-chieu/index.html", this::citedRegister);
        add(jobs, "so-do/index.html", this::diagram);
        if (!glossary.entries().isEmpty()) add(jobs, "thuat-ngu/index.html", this::glossaryPage);
        if (!calendar.events().isEmpty()) add(jobs, "lich/index.html", this::calendarPages);
        if (!site.checklists().isEmpty()) {
            add(jobs, "tu-kiem-tra/index.html", this::checklistList);
            add(jobs, "tu-kiem-tra/" + SiteAssembler.SUPERVISOR + "/index.html", this::supervisor);
            for (Checklist c : site.checklists()) add(jobs, SiteAssembler.checklistPath(c.id()), () -> checklist(c));
        }
        for (Document d : site.documents()) add(jobs, d.outputPath(), () -> document(d));
        for (Page p : site.pages()) add(jobs, p.outputPath(), () -> page(p));
        for (Taxonomy t : site.taxonomies()) {
            add(jobs, t.outputPath(), () -> taxonomy(t));
            for (Term term : t.terms()) add(jobs, term.outputPath(), () -> term(t, term));
        }
        return jobs;
    }

    /** Two pages never share an output path (the assembler sees to that); this keeps it so. */
    private static void add(Map<String, Runnable> jobs, String outputPath, Runnable job) {
        if (jobs.putIfAbsent(outputPath, job) != null) throw new IllegalStateException("two pages at " + outputPath);
    }

    // ---- pages ----

    private void home() {
        Map<String, Object> m = common("index.html", site.config().title(), List.of());
        Page home = site.home();
        Rendered body = home == null ? null : bodies.get(home.sourcePath());
        m.put("body", new BodyModel(body == null ? Utf8Text.of("") : body.body()));
        m.put("hasGlossary", !glossary.entries().isEmpty());
        m.put("checklists", site.checklists().stream().map(this::checklistSummary).toList());
        m.put("hasCalendar", !calendar.events().isEmpty());
        m.put("latest", views.documentModels(site.documents().subList(0, Math.min(HOME_LATEST, site.documents().size()))));
        m.put("documentCount", site.documents().size());
        m.put("taxonomies", site.taxonomies().stream().map(views::taxonomy).toList());
        write("home.ftlh", "index.html", m, null);
    }

    private void register() {
        String path = "van-ban/index.html";
        Map<String, Object> m = common(path, theme.message("register.title"), List.of());
        m.put("documents", views.documentModels(site.documents()));
        m.put("taxonomies", site.taxonomies().stream().map(views::taxonomy).toList());
        write("list.ftlh", path, m, null);
    }

    private void searchPage() {
        String path = "tim-kiem/index.html";
        Map<String, Object> m = common(path, theme.message("search.title"), List.of());
        m.put("documents", views.documentModels(site.documents()));
        m.put("taxonomies", site.taxonomies().stream().map(views::taxonomy).toList());
        write("search.ftlh", path, m, null);
    }

    private void citedRegister() {
        String path = "tham-chieu/index.html";
        Map<String, Object> m = common(path, theme.message("cited.title"), List.of(crumb(theme.message("nav.documents"), "van-ban/index.html")));
        m.put("cited", xrefs.cited().stream().map(views::cited).toList());
        write("cited.ftlh", path, m, null);
    }

    private void diagram() {
        String path = "so-do/index.html";
        Map<String, Object> m = common(path, theme.message("diagram.title"), List.of(crumb(theme.message("nav.documents"), "van-ban/index.html")));
        m.put("svg", RelationDiagram.svg(site, xrefs, theme::message, path));
        m.put("capped", site.documents().size() > RelationDiagram.MAX_DOCUMENTS);
        List<Map<String, Object>> relations = new ArrayList<>();
        for (CrossReferences.Relation r : xrefs.relations()) relations.add(views.relation(r, false));
        m.put("relations", relations);
        write("diagram.ftlh", path, m, null);
    }

    private void glossaryPage() {
        String path = "thuat-ngu/index.html";
        Map<String, Object> m = common(path, theme.message("glossary.title"), List.of());
        m.put("entries", glossary.entries().stream().map(views::glossaryEntry).toList());
        write("glossary.ftlh", path, m, null);
    }

    private void calendarPages() {
        String path = "lich/index.html";
        Map<String, Object> m = common(path, theme.message("calendar.title"), List.of());
        m.put("groups", views.calendarGroups(calendar));
        write("calendar.ftlh", path, m, null);
        out.write("lich/antq.ics", IcsWriter.write(calendar, theme.message("calendar.title"), theme::message, site.config().baseUrl()));
    }

    private Map<String, Object> checklistSummary(Checklist c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("title", c.title());
        v.put("summary", c.summary() == null ? "" : c.summary());
        v.put("path", SiteAssembler.checklistPath(c.id()));
        // questions (what the form's progress counts), and how many of them only apply to some units
        v.put("items", c.questions().size());
        v.put("conditional", c.questions().stream().filter(i -> i.when() != null).count());
        return v;
    }

    private void checklistList() {
        String path = "tu-kiem-tra/index.html";
        Map<String, Object> m = common(path, theme.message("checklist.list_title"), List.of());
        m.put("checklists", site.checklists().stream().map(this::checklistSummary).toList());
        write("checklists.ftlh", path, m, null);
    }

    private void supervisor() {
        String path = "tu-kiem-tra/" + SiteAssembler.SUPERVISOR + "/index.html";
        Map<String, Object> m = common(path, theme.message("supervisor.title"),
                List.of(crumb(theme.message("nav.checklists"), "tu-kiem-tra/index.html")));
        m.put("checklists", site.checklists().stream().map(c -> supervisorChecklist(c, path)).toList());
        write("supervisor.ftlh", path, m, null);
    }

    /**
     * What the supervisor page shows of one checklist: its outcomes (pass/fail outcomes and score
     * bands alike), whether it is scored, its criteria as plain text in order, and the plan's targets.
     */
    private Map<String, Object> supervisorChecklist(Checklist c, String path) {
        Map<String, Object> v = checklistSummary(c);
        v.put("version", c.version());
        v.put("scored", Checklist.SCORE.equals(c.type()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (Checklist.Outcome o : c.outcomes()) labels.put(o.id(), o.label());
        for (Checklist.Band b : c.bands()) labels.put(b.id(), b.label());
        v.put("outcomes", labels.entrySet().stream().map(e -> Map.of("id", e.getKey(), "label", e.getValue())).toList());
        // the checklist page reports any problem in these texts; this copy must not report it again
        Problems quiet = new Problems();
        List<Map<String, Object>> criteria = new ArrayList<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Checklist.Section s : c.sections()) {
            List<Map<String, Object>> inSection = new ArrayList<>();
            for (Checklist.Item i : s.items()) {
                if (!i.isCriterion()) continue;
                String html = markdown.renderFragment(c.sourcePath(), i.text(), i.line(), path, site.outputPathBySource()::get, quiet);
                inSection.add(Map.of("id", i.id(), "kind", i.kind(), "text", org.jsoup.Jsoup.parseBodyFragment(html).text()));
            }
            if (!inSection.isEmpty()) sections.add(Map.of("title", s.title() == null ? "" : s.title(), "criteria", inSection));
            criteria.addAll(inSection);
        }
        v.put("criteria", criteria);
        v.put("criteriaSections", sections);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Checklist.Target t : c.targets()) {
            Map<String, Object> tv = new LinkedHashMap<>();
            tv.put("label", t.label());
            tv.put("outcomes", String.join(" ", t.outcomes()));
            tv.put("outcomeLabels", String.join(theme.message("supervisor.or"),
                    t.outcomes().stream().map(o -> labels.getOrDefault(o, o)).toList()));
            tv.put("min", Views.formatNumber(t.min()));
            tv.put("minLabel", Views.percentVi(t.min()));
            tv.put("strict", t.strict());
            tv.put("source", t.source() == null ? "" : t.source());
            targets.add(tv);
        }
        v.put("targets", targets);
        return v;
    }

    private void checklist(Checklist c) {
        String path = SiteAssembler.checklistPath(c.id());
        byte[] compiled = JsCompiler.compile(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String script = "assets/checklists/" + HashedAssets.hashedName(c.id() + ".js", compiled);
        out.write(script, compiled);
        Map<String, Object> m = common(path, c.title(), List.of(crumb(theme.message("nav.checklists"), "tu-kiem-tra/index.html")));
        m.put("checklist", views.checklist(c, path, (md, line) ->
                markdown.renderFragment(c.sourcePath(), md, line, path, site.outputPathBySource()::get, problems)));
        m.put("checklistScript", script);
        m.put("description", c.summary() == null ? "" : c.summary());
        write("checklist.ftlh", path, m, c.sourcePath());
    }

    private void notFound() {
        Map<String, Object> m = common("404.html", theme.message("notfound.title"), List.of());
        // a server shows 404.html at any depth: relative links need an absolute base there
        String base = site.config().baseUrl();
        m.put("root", base == null ? "" : java.net.URI.create(base).getPath());
        write("404.ftlh", "404.html", m, null);
    }

    /** Renders one document's page (the preview server's fast path). */
    public void renderDocument(Document d) {
        document(d);
    }

    private void document(Document d) {
        String path = d.outputPath();
        Map<String, Object> m = common(path, d.title(), List.of(crumb(theme.message("nav.documents"), "van-ban/index.html")));
        Rendered r = bodies.get(d.sourcePath());
        m.put("doc", views.documentModel(d));
        m.put("relationsOut", views.relations(xrefs.outgoing(d), false));
        m.put("relationsIn", views.relations(xrefs.incoming(d), true));
        m.put("cites", xrefs.citesOf(d).stream().map(views::citing).toList());
        m.put("citedBy", views.places(xrefs.citedBy(d)));
        m.put("body", new BodyModel(r.body()));
        m.put("toc", toc(r.headings()));
        m.put("description", d.meta().summary() == null ? "" : d.meta().summary());
        write("document.ftlh", path, m, d.sourcePath());
    }

    private void page(Page p) {
        String path = p.outputPath();
        Map<String, Object> m = common(path, p.title(), List.of());
        Rendered r = bodies.get(p.sourcePath());
        m.put("body", new BodyModel(r.body()));
        m.put("toc", toc(r.headings()));
        m.put("description", p.meta().description() == null ? "" : p.meta().description());
        String template = p.meta().template() == null ? "page.ftlh" : p.meta().template() + ".ftlh";
        write(template, path, m, p.sourcePath());
    }

    private void taxonomy(Taxonomy t) {
        Map<String, Object> view = views.taxonomy(t);
        Map<String, Object> m = common(t.outputPath(), (String) view.get("label"), List.of());
        m.put("taxonomy", view);
        write("taxonomy.ftlh", t.outputPath(), m, null);
    }

    private void term(Taxonomy t, Term term) {
        String label = theme.message("taxonomy." + t.key());
        Map<String, Object> m = common(term.outputPath(), label + ": " + term.label(), List.of(crumb(label, t.outputPath())));
        m.put("taxonomy", views.taxonomy(t));
        m.put("term", views.term(term));
        m.put("documents", views.documentModels(term.documents()));
        write("term.ftlh", term.outputPath(), m, null);
    }

    // ---- shared model ----

    private Map<String, Object> common(String path, String title, List<Map<String, Object>> crumbs) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", Map.of("title", site.config().title(), "description", nonNull(site.config().description())));
        m.put("msg", theme.messages());
        m.put("root", Urls.rootPrefix(path));
        m.put("path", path);
        m.put("assets", assets);
        m.put("title", title);
        m.put("description", nonNull(site.config().description()));
        m.put("nav", nav(path));
        m.put("footerPages", footer());
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(crumb(theme.message("nav.home"), "index.html"));
        all.addAll(crumbs);
        m.put("breadcrumbs", path.equals("index.html") ? List.of() : all);
        m.put("canonical", site.config().baseUrl() == null ? "" : site.config().baseUrl() + canonicalPath(path));
        return m;
    }

    private List<Map<String, Object>> nav(String current) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(navItem("nav.home", "index.html", current));
        items.add(navItem("nav.documents", "van-ban/index.html", current));
        if (!site.checklists().isEmpty()) items.add(navItem("nav.checklists", "tu-kiem-tra/index.html", current));
        items.add(navItem("nav.search", "tim-kiem/index.html", current));
        if (!glossary.entries().isEmpty()) items.add(navItem("nav.glossary", "thuat-ngu/index.html", current));
        if (!calendar.events().isEmpty()) items.add(navItem("nav.calendar", "lich/index.html", current));
        for (Page p : site.pages()) {
            if (p.meta().menu() > 0) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("label", p.title());
                v.put("path", p.outputPath());
                v.put("current", current.equals(p.outputPath()) ? "page" : "");
                items.add(v);
            }
        }
        return items;
    }

    /** aria-current is "page" on the page itself and "true" inside its section. */
    private Map<String, Object> navItem(String key, String path, String current) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("label", theme.message(key));
        v.put("path", path);
        String section = path.substring(0, path.lastIndexOf('/') + 1);
        v.put("current", current.equals(path) ? "page" : !section.isEmpty() && current.startsWith(section) ? "true" : "");
        return v;
    }

    private List<Map<String, Object>> footer() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Page p : site.pages()) {
            if (p.meta().footer()) items.add(crumb(p.title(), p.outputPath()));
        }
        return items;
    }

    private static Map<String, Object> crumb(String label, String path) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("label", label);
        v.put("path", path);
        return v;
    }

    private static List<Map<String, Object>> toc(List<TocEntry> headings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TocEntry h : headings) {
            if (h.level() < 2 || h.level() > 3) continue;
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("level", h.level());
            v.put("id", h.id());
            v.put("text", h.text());
            out.add(v);
        }
        return out;
    }

    /** "van-ban/x/index.html" → "van-ban/x/" for canonical URLs on a server. */
    public static String canonicalPath(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void write(String templateName, String outputPath, Map<String, Object> model, String sourcePath) {
        try {
            Template t = theme.freemarker().getTemplate(templateName);
            PageWriter w = writers.borrow().start();
            try {
                t.process(model, w);
                out.write(outputPath, w.toByteArray());
            } finally {
                writers.release(w);
            }
        } catch (freemarker.template.TemplateNotFoundException e) {
            problems.error(sourcePath == null ? "themes" : sourcePath, 0, 0, "page.unknownTemplate",
                    templateName.replace(".ftlh", ""), String.join(", ", theme.templates()));
        } catch (ParseException e) {
            problems.error(themePath(e.getTemplateName()), e.lineNumber, e.columnNumber, "template.error", e.getEditorMessage());
        } catch (TemplateException e) {
            problems.error(themePath(e.getTemplateSourceName()), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(), "template.error", firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String themePath(String templateName) {
        for (java.nio.file.Path dir : theme.folders()) {
            java.nio.file.Path p = dir.resolve("templates").resolve(templateName == null ? "" : templateName);
            if (java.nio.file.Files.isRegularFile(p)) {
                return "themes/" + dir.getFileName() + "/templates/" + templateName;
            }
        }
        return "themes/" + templateName;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
