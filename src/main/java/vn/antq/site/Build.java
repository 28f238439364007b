package vn.antq.site;

import vn.antq.site.model.Routes;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.calendar.Calendar;
import vn.antq.site.model.ContentParser;
import vn.antq.site.model.GlossaryReader;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problems;
import vn.antq.site.model.SiteSettings;
import vn.antq.site.content.Yaml;
import vn.antq.site.cache.BuildCache;
import vn.antq.site.markdown.BodyMemo;
import vn.antq.site.markdown.BodyRenderer;
import vn.antq.site.markdown.Decorations;
import vn.antq.site.markdown.MarkdownRenderer;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Glossary;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.render.PageReuse;
import vn.antq.site.render.SiteState;
import vn.antq.site.search.SearchDocument;
import vn.antq.site.search.SearchIndex;
import vn.antq.site.text.ContentHash;
import vn.antq.site.text.Spill;
import vn.antq.site.search.SiteIndexer;
import vn.antq.site.model.Site;
import vn.antq.site.model.SiteAssembler;
import vn.antq.site.model.SiteConfig;
import vn.antq.site.publish.HashedAssets;
import vn.antq.site.publish.Staging;
import vn.antq.site.render.Feeds;
import vn.antq.site.render.SiteRenderer;
import vn.antq.site.render.Theme;

import vn.antq.site.parts.DocumentParts;
import vn.antq.site.parts.PartPlanner;
import vn.antq.site.render.PageWeight;
import vn.antq.site.parts.SiteParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * The whole pipeline, in order: load content → parse and validate → assemble the site model
 * → render pages and outputs into a staging folder → publish by swapping it in. Any error
 * stops the build before publishing, so the last good site stays as it was.
 */
public final class Build {
    private final BuildOptions options;
    private final Messages messages;
    private final IntConsumer progress;
    private final boolean snapshot;

    /** A build whose result carries the {@link Snapshot} the preview server rebuilds edits from. */
    public Build(BuildOptions options, Messages messages, IntConsumer progress) {
        this(options, messages, progress, true);
    }

    /**
     * @param messages the catalogue problems are worded from (the caller's, read once)
     * @param progress told the number of pages written so far, on large sites
     * @param snapshot whether the result keeps the model for incremental rebuilds; without it
     *                 each document's Markdown is dropped once rendered, and the search text
     *                 of every body once the index is written (unless an inspection reads
     *                 them), and long texts wait in a {@link Spill} file between phases
     */
    public Build(BuildOptions options, Messages messages, IntConsumer progress, boolean snapshot) {
        this.options = options;
        this.messages = messages;
        this.progress = progress;
        this.snapshot = snapshot;
    }

    /** What {@code check} looks at before anything would be published. */
    public interface Inspection {
        /** @param staged the rendered site, not yet published */
        void inspect(Path staged, Site site, Map<String, Rendered> bodies, Glossary glossary, Problems problems);
    }

    /** Builds and publishes. */
    public BuildResult run() {
        return run(null, true);
    }

    /**
     * Builds; hands the rendered site to {@code inspection} (if any); publishes only when
     * {@code publish} is set and nothing failed. Without publishing, the staged site is removed.
     */
    public BuildResult run(Inspection inspection, boolean publish) {
        // a one-off build keeps its long texts on disk between phases; the preview server's
        // model outlives the build, so its texts stay in memory
        try (Spill spill = snapshot ? Spill.NONE : Spill.create(Path.of(System.getProperty("java.io.tmpdir")))) {
            BuildResult result = run(inspection, publish, spill);
            // the file is unlinked as soon as it is opened (nothing left behind if the JVM dies), so only the build can tell its size
            if (System.getenv("ANTQ_TIMINGS") != null) System.err.printf("[spill] %d bytes%n", spill.size());
            return result;
        }
    }

    private BuildResult run(Inspection inspection, boolean publish, Spill spill) {
        long start = System.nanoTime();
        // what only a one-off build lets go once used: check reads the Markdown and the search text last
        boolean release = !snapshot && inspection == null;
        Problems problems = new Problems(messages);
        Path root = options.source();
        Yaml yaml = new Yaml();
        BuildCache cache = options.cache() ? BuildCache.open(root.resolve(BuildCache.FOLDER)) : null;

        // 1. load
        ContentLoader loader = new ContentLoader(root, problems);
        ContentLoader.Loaded loaded = loader.load();
        SiteConfig config = SiteSettings.read(loaded.data(), yaml, problems, options.baseUrl(), options.drafts());
        if (config == null) return failed(problems, start);
        Theme theme = Theme.open(root, config.themes(), loader, yaml, problems);
        if (theme == null) return failed(problems, start);
        List<ContentLoader.StaticFile> statics = loaded.statics();

        phase("load", start);
        // 2. parse and validate
        ContentParser.Parsed parsed = new ContentParser(yaml, problems, new HashSet<>(theme.templates()), spill).parse(loaded.markdown(), loader);
        Glossary glossary = GlossaryReader.read(loaded.data(), yaml, problems);
        Set<String> inputs = inputs(loaded);
        phase("parse", start);

        // 3. assemble the site model: pages, taxonomies, then bodies, cross-references, calendar
        Site site = new SiteAssembler(theme::message, problems).assemble(config, parsed.documents(), parsed.pages(), parsed.checklists());
        // parsed stays: the preview server rebuilds edits from it (it shares the site's documents; drafts are the only extra)
        if (problems.hasErrors()) return failed(problems, start);
        Decorations decorations = new Decorations(site.documentPathsByKey(), glossary.abbreviations());
        MarkdownRenderer markdown = new MarkdownRenderer(decorations);
        phase("assemble", start);
        // only the preview server renders a body again
        Map<String, Rendered> bodies = BodyRenderer.renderAll(site, markdown, problems, release,
                cache == null ? BodyMemo.NONE : cache.bodies(decorations), spill);
        phase(cache == null ? "markdown" : "markdown (" + cache.bodyCounts() + ")", start);
        // a page too long for a phone becomes a contents page and parts (before anything links to its anchors)
        SiteParts parts = SiteParts.plan(site, bodies, PartPlanner.standard(), spill);
        // cross-references and the calendar read the bodies as the search index does, mostly on
        // one thread: built beside the index, they fill the cores its merging steps leave idle
        CompletableFuture<Linked> linking = CompletableFuture.supplyAsync(
                () -> new Linked(CrossReferences.build(site, bodies, problems), Calendar.build(site, bodies, problems)),
                task -> new Thread(task, "antq-cross-references").start());
        Map<String, String> labels = searchLabels(theme);
        List<SearchDocument> searchDocs = SiteIndexer.documents(site, bodies, parts, glossary, theme::message);
        ContentHash searchInput = cache == null ? null : SearchOutput.inputHash(searchDocs, glossary.abbreviations(), labels);
        // the search files of the last build, when made from the same text
        String keptSearch = cache == null ? null : cache.searchFiles(options.out(), searchInput);
        SearchIndex index = keptSearch != null ? null : SearchIndex.build(searchDocs, glossary.abbreviations());
        searchDocs = null; // its copies of the section lists: not kept while pages render
        Linked linked = join(linking);
        CrossReferences xrefs = linked.xrefs();
        Calendar calendar = linked.calendar();
        if (problems.hasErrors()) return failed(problems, start);
        phase("search index, cross-references, calendar", start);

        // 4. render into a staging folder: a new one, or, after a build with the cache into the same
        // folder, one that holds only the files that change (every other published file stays)
        boolean inPlace = cache != null && publish && inspection == null && cache.hasPublished(options.out());
        Staging staging = inPlace ? Staging.changes(options.out()) : Staging.create(options.out());
        String prepared = null, previous = null;
        try {
            Map<String, String> assets = HashedAssets.publish(theme.assets(), staging);
            String searchDir = keptSearch;
            String previousSearch = inPlace ? cache.lastSearchFiles(options.out()) : null;
            previous = previousSearch;
            if (keptSearch != null && inPlace) {
                staging.keep(SearchOutput.META);
                staging.keepTree(keptSearch);
            } else if (inPlace && previousSearch != null) {
                // most index files are the same after an edit: linked, not written
                searchDir = SearchOutput.prepare(index, options.out(), previousSearch, labels, staging);
                prepared = searchDir;
            } else if (keptSearch == null || !staging.link(SearchOutput.META, options.out().resolve(SearchOutput.META))
                    || !staging.linkTree(keptSearch, options.out().resolve(keptSearch))) {
                searchDir = SearchOutput.write(index == null
                        ? SearchIndex.build(SiteIndexer.documents(site, bodies, parts, glossary, theme::message), glossary.abbreviations())
                        : index, staging, labels, spill);
            }
            index = null; // a national site's postings: not kept while pages render
            phase("search files", start);
            if (release) bodies.replaceAll((path, body) -> body.withoutSections()); // a national site's text, twice over
            assets.put("search/meta.js", SearchOutput.META);
            for (ContentLoader.StaticFile f : statics) staging.copy(f.outputPath(), f.file());
            SiteState state = new SiteState(site, bodies, parts, xrefs, glossary, calendar, theme, markdown, assets);
            SiteRenderer renderer = new SiteRenderer(state, staging, problems, cache == null ? PageReuse.NONE
                    : cache.pages(options.out(), staging));
            int pages = renderer.render(progress);
            phase("pages (" + renderer.renderedCount() + " rendered, " + renderer.keptCount() + " kept)", start);
            PageWeight.check(site, staging, problems);
            writeFeeds(site, staging, problems, staging.outputs());
            if (inspection != null) inspection.inspect(staging.dir(), site, bodies, glossary, problems);
            if (problems.hasErrors() || !publish) {
                staging.discard();
                SearchOutput.abandon(options.out(), prepared, previousSearch);
                return problems.hasErrors() ? failed(problems, start)
                        : new BuildResult(false, pages, site.documents().size(), millis(start), problems);
            }
            // 5. publish
            if (inPlace) staging.removeOthers();
            staging.publish();
            if (cache != null) cache.published(options.out(), renderer.fingerprints(), searchInput, searchDir, glossary.abbreviations());
            phase("publish", start);
            if (!snapshot) return new BuildResult(true, pages, site.documents().size(), millis(start), problems);
            Snapshot kept = new Snapshot(options, inputs, parsed, state, renderer.fingerprints(), labels, searchDir, problems.sorted(), messages);
            return new BuildResult(true, pages, site.documents().size(), millis(start), problems, kept);
        } catch (IOException e) {
            staging.discard();
            SearchOutput.abandon(options.out(), prepared, previous);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            staging.discard();
            SearchOutput.abandon(options.out(), prepared, previous);
            throw e;
        }
    }

    private record Linked(CrossReferences xrefs, Calendar calendar) {}

    /** The task's result; what it threw is thrown here as it was. */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private static Set<String> inputs(ContentLoader.Loaded loaded) {
        Set<String> out = new HashSet<>();
        for (var f : loaded.markdown()) out.add(f.path());
        for (var f : loaded.data()) out.add(f.path());
        for (var f : loaded.statics()) out.add(f.path());
        return Set.copyOf(out);
    }

    /** Labels the search filters show (types, audiences), from the theme's messages. */
    static Map<String, String> searchLabels(Theme theme) {
        Map<String, String> labels = new java.util.TreeMap<>();
        theme.messages().forEach((k, v) -> {
            if (k.startsWith("type.") || k.startsWith("audience.")) labels.put(k, v);
        });
        return labels;
    }

    /** @param outputs every file of the site, relative to its folder (the sitemap lists its pages, not the one-page whole texts of long ones) */
    static void writeFeeds(Site site, Staging staging, Problems problems, List<String> outputs) {
        staging.write("robots.txt", Feeds.robots(site));
        if (site.config().baseUrl() == null) {
            problems.warning("content/_data/site.yaml", 0, 0, "build.noBaseUrl");
            return;
        }
        staging.write("sitemap.xml", Feeds.sitemap(site, outputs.stream()
                .filter(p -> p.endsWith(".html") && !p.equals(Routes.NOT_FOUND) && !DocumentParts.isFullText(p)).sorted().toList()));
        staging.write("feed.xml", Feeds.atom(site));
    }

    /** Every file under {@code dir}, relative to it. */
    static List<String> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With ANTQ_TIMINGS set, the time at the end of each phase goes to stderr (for profiling). */
    static void phase(String name, long start) {
        if (System.getenv("ANTQ_TIMINGS") != null) {
            // CPU time too: wall time alone misleads on a busy machine
            long cpu = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                    .getProcessCpuTime() / 1_000_000;
            System.err.printf("[timing] %-28s %7d ms  (process CPU %7d ms)%n", name, millis(start), cpu);
        }
    }

    private static BuildResult failed(Problems problems, long start) {
        return new BuildResult(false, 0, 0, millis(start), problems);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
