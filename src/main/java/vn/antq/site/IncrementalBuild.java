package vn.antq.site;

import vn.antq.site.calendar.Calendar;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.model.ContentParser;
import vn.antq.site.content.Problem;
import vn.antq.site.content.Problems;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.markdown.BodyRenderer;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.model.Page;
import vn.antq.site.model.Site;
import vn.antq.site.model.SiteAssembler;
import vn.antq.site.publish.Staging;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.render.SiteRenderer;
import vn.antq.site.render.SiteState;
import vn.antq.site.text.ContentHash;
import vn.antq.site.search.SearchDocument;
import vn.antq.site.search.SearchIndex;
import vn.antq.site.search.SiteIndexer;

import vn.antq.site.parts.PartPlanner;
import vn.antq.site.parts.SiteParts;
import vn.antq.site.text.Spill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The preview server's rebuild after an edit of a few Markdown documents or pages: from the
 * last good build ({@link Snapshot}) only the edited files are read, parsed and rendered
 * again, the site model and cross-references are rebuilt around them, and only the pages
 * whose fingerprint (template and model, see {@code render/ModelFingerprint}) the edit changes
 * are rendered and written — and of those only the files whose bytes differ, so the output is what a full build would write and
 * untouched pages keep their time. The search files follow as a second step.
 *
 * <p>Anything else — a file added or removed, data, themes, checklists, an edit that moves a
 * page or renumbers a document — is answered with {@link Status#FULL_BUILD_NEEDED}. Errors are those a full build would report,
 * and nothing is written then.
 */
public final class IncrementalBuild {
    public enum Status { DONE, FAILED, FULL_BUILD_NEEDED }

    /**
     * What the pages step did.
     *
     * @param fullBuildReason with {@link Status#FULL_BUILD_NEEDED}: the message key saying why
     * @param snapshot        with {@link Status#DONE}: the state to build the next edit on
     * @param rendered        output paths of the pages rendered (their bytes may be unchanged)
     * @param written         output paths written or deleted because their bytes changed
     */
    public record Result(Status status, Problems problems, String fullBuildReason, Snapshot snapshot,
                         Set<String> rendered, List<String> written, long millis) {}

    /**
     * What the search step did.
     *
     * @param snapshot the state whose search files are now published
     * @param changed  whether the index changed at all
     * @param written  search files written (new or changed bytes)
     * @param kept     files of the new index folder that kept the bytes (and time) they had
     */
    public record Search(Snapshot snapshot, boolean changed, int written, int kept, long millis) {}

    private final Snapshot last;
    private final Path root;
    private final Path out;

    /** @param last the state of the last good build, whose output is in {@code last.options().out()} */
    public IncrementalBuild(Snapshot last) {
        this.last = last;
        this.root = last.options().source();
        this.out = last.options().out();
    }

    /**
     * Rebuilds the pages an edit of these files affects.
     *
     * @param changed source paths relative to the source root ({@code content/van-ban/x.md})
     */
    public Result pages(Set<String> changed) {
        long start = System.nanoTime();
        String reason = unsupported(changed);
        if (reason != null) return full(reason, start);

        // the warnings of the files not edited stand; the edited ones are read again
        Problems problems = new Problems(last.messages());
        for (Problem p : last.problems()) if (!changed.contains(p.path())) problems.add(p);
        ContentLoader loader = new ContentLoader(root, problems);
        List<SourceFile> files = new ArrayList<>();
        for (String rel : new TreeSet<>(changed)) {
            SourceFile f = loader.readFile(root.resolve(rel), rel);
            if (f != null) files.add(f);
        }
        ContentParser.Parsed edited = new ContentParser(new Yaml(), problems, new HashSet<>(last.theme().templates())).parse(files);
        if (problems.hasErrors()) return failed(problems, start);
        ContentParser.Parsed parsed = merge(last.parsed(), edited, changed);
        Build.phase("incremental: parse", start);

        Site site = new SiteAssembler(last.theme()::message, problems)
                .assemble(last.site().config(), parsed.documents(), parsed.pages(), parsed.checklists());
        if (problems.hasErrors()) return failed(problems, start);
        reason = structureChange(last.site(), site);
        if (reason != null) return full(reason, start);
        Build.phase("incremental: assemble", start);

        // every other body is what it was: its links and cited numbers resolve as before
        Map<String, Rendered> bodies = new HashMap<>(last.bodies());
        for (Document d : site.documents()) {
            if (changed.contains(d.sourcePath())) bodies.put(d.sourcePath(), BodyRenderer.document(site, d, last.markdown(), problems));
        }
        List<Page> plain = new ArrayList<>(site.pages());
        if (site.home() != null) plain.add(site.home());
        for (Page p : plain) {
            if (changed.contains(p.sourcePath())) bodies.put(p.sourcePath(), BodyRenderer.page(site, p, last.markdown(), problems));
        }
        if (problems.hasErrors()) return failed(problems, start);
        Build.phase("incremental: markdown", start);
        CrossReferences xrefs = CrossReferences.build(site, bodies, problems);
        Calendar calendar = Calendar.build(site, bodies, problems);
        if (problems.hasErrors()) return failed(problems, start);
        Build.phase("incremental: cross-references, calendar", start);

        // every page is fingerprinted; those whose fingerprint changed are rendered and written
        SiteParts parts = SiteParts.plan(site, bodies, PartPlanner.standard(), Spill.NONE);
        SiteState state = new SiteState(site, bodies, parts, xrefs, last.glossary(), calendar, last.theme(), last.markdown(), last.assets());
        Staging staging = Staging.changes(out);
        List<String> written;
        SortedMap<String, ContentHash> pages;
        try {
            SiteRenderer renderer = new SiteRenderer(state, staging, problems, (path, f) -> f.equals(last.pages().get(path)));
            renderer.render(n -> {});
            if (problems.hasErrors()) {
                staging.discard();
                return failed(problems, start);
            }
            pages = renderer.fingerprints();
            written = new ArrayList<>(staging.changedPaths());
            for (String p : last.pages().keySet()) {
                if (pages.containsKey(p) || !Files.exists(out.resolve(p))) continue;
                staging.remove(p);
                written.add(p);
            }
            staging.publish();
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
        Build.phase("incremental: pages", start);
        if (site.config().baseUrl() != null) {
            // the sitemap lists the pages now in the output; the feed, the newest documents
            Staging feeds = Staging.changes(out);
            Build.writeFeeds(site, feeds, problems, Build.files(out));
            written.addAll(feeds.changedPaths());
            feeds.publish();
        }
        written.sort(null);
        Snapshot next = new Snapshot(last.options(), last.inputs(), parsed, state, pages, last.searchLabels(), last.searchDir(),
                problems.sorted(), last.messages());
        Set<String> rendered = new TreeSet<>();
        pages.forEach((path, f) -> {
            if (!f.equals(last.pages().get(path))) rendered.add(path);
        });
        return new Result(Status.DONE, problems, null, next, rendered, List.copyOf(written), millis(start));
    }

    /**
     * Brings the published search files from the state of {@code published} to that of
     * {@code current} (same output folder): the index is built again from the kept bodies
     * (nothing is read or rendered again), and only files whose bytes change are written.
     */
    public static Search search(Snapshot published, Snapshot current) {
        long start = System.nanoTime();
        List<SearchDocument> docs = SiteIndexer.documents(current.site(), current.bodies(), current.parts(), current.glossary(), current.theme()::message);
        List<SearchDocument> before = SiteIndexer.documents(published.site(), published.bodies(), published.parts(), published.glossary(),
                published.theme()::message);
        if (docs.equals(before)) return new Search(current.withSearchDir(published.searchDir()), false, 0, 0, millis(start));
        SearchIndex index = SearchIndex.build(docs, current.glossary().abbreviations());
        Build.phase("incremental: search index", start);
        SearchOutput.Update u = SearchOutput.update(index, current.options().out(), published.searchDir(), current.searchLabels());
        return new Search(current.withSearchDir(u.dir()), true, u.written(), u.kept(), millis(start));
    }

    /** Why these files need a full build, as a message key; null when this build handles them. */
    private String unsupported(Set<String> changed) {
        if (changed.isEmpty()) return "serve.full.files";
        Set<String> known = new HashSet<>();
        for (Document d : last.parsed().documents()) known.add(d.sourcePath());
        for (Page p : last.parsed().pages()) known.add(p.sourcePath());
        for (String rel : changed) {
            // data, themes, checklists, static files: a full build
            if (!rel.startsWith("content/") || !rel.endsWith(".md") || rel.startsWith("content/_data/")
                    || rel.startsWith(ContentParser.CHECKLISTS_DIR)) return "serve.full.files";
            // a new file or a removed one changes which pages exist
            if (!known.contains(rel) || !Files.isRegularFile(root.resolve(rel))) return "serve.full.files";
        }
        return null;
    }

    /**
     * An edit that changes what every body depends on: the pages and their paths (links to
     * content files), the document numbers (every body links the numbers that have a page).
     * The bodies of the files not edited are kept as they were, so these need a full build.
     */
    private static String structureChange(Site before, Site after) {
        if (!before.outputPathBySource().equals(after.outputPathBySource())
                || !before.documentPathsByKey().equals(after.documentPathsByKey())) return "serve.full.structure";
        return null;
    }

    /** The last build's parsed content with the edited files' new versions (and without those that no longer parse). */
    private static ContentParser.Parsed merge(ContentParser.Parsed last, ContentParser.Parsed edited, Set<String> changed) {
        List<Document> documents = new ArrayList<>();
        for (Document d : last.documents()) if (!changed.contains(d.sourcePath())) documents.add(d);
        documents.addAll(edited.documents());
        documents.sort((a, b) -> a.sourcePath().compareTo(b.sourcePath()));
        List<Page> pages = new ArrayList<>();
        for (Page p : last.pages()) if (!changed.contains(p.sourcePath())) pages.add(p);
        pages.addAll(edited.pages());
        pages.sort((a, b) -> a.sourcePath().compareTo(b.sourcePath()));
        return new ContentParser.Parsed(List.copyOf(documents), List.copyOf(pages), last.checklists());
    }

    private Result full(String reason, long start) {
        return new Result(Status.FULL_BUILD_NEEDED, new Problems(last.messages()), reason, null, Set.of(), List.of(), millis(start));
    }

    private static Result failed(Problems problems, long start) {
        return new Result(Status.FAILED, problems, null, null, Set.of(), List.of(), millis(start));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
