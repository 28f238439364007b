package vn.antq.site.markdown;

import vn.antq.site.content.Problems;
import vn.antq.site.model.Document;
import vn.antq.site.model.Page;
import vn.antq.site.model.Site;
import vn.antq.site.tasks.Parallel;
import vn.antq.site.text.ContentHasher;
import vn.antq.site.text.Spill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the Markdown of every document and page once, in parallel, keyed by source path.
 * Cross-references and the calendar are built from what this finds, before any template runs.
 */
public final class BodyRenderer {
    private BodyRenderer() {}

    /**
     * @param releaseSources whether each document's Markdown is let go as soon as its body is
     *                       rendered (a one-off build; see {@link vn.antq.site.model.MarkdownSource})
     */
    public static Map<String, Rendered> renderAll(Site site, MarkdownRenderer markdown, Problems problems,
                                                  boolean releaseSources) {
        return renderAll(site, markdown, problems, releaseSources, BodyMemo.NONE, Spill.NONE);
    }

    /**
     * @param memo  bodies kept from an earlier build, taken where they still hold, and told of each body rendered
     * @param spill where each body's HTML and search text wait for the later phases
     */
    public static Map<String, Rendered> renderAll(Site site, MarkdownRenderer markdown, Problems problems,
                                                  boolean releaseSources, BodyMemo memo, Spill spill) {
        List<Runnable> jobs = new ArrayList<>();
        Map<String, Rendered> out = new ConcurrentHashMap<>();
        LinkResolver links = site.outputPathBySource()::get;
        for (Document d : site.documents()) {
            jobs.add(() -> {
                BodyMemo.Input in = new BodyMemo.Input(d.sourcePath(), hash(d.source()), d.bodyLine(), d.outputPath(), d.numberKey());
                out.put(d.sourcePath(), memoized(in, d::markdown, links, memo, problems,
                        (resolver, local) -> document(d, resolver, markdown, local)).spilledTo(spill));
                if (releaseSources) d.source().release();
            });
        }
        List<Page> pages = new ArrayList<>(site.pages());
        if (site.home() != null) pages.add(site.home());
        for (Page p : pages) {
            jobs.add(() -> {
                BodyMemo.Input in = new BodyMemo.Input(p.sourcePath(), hash(p.source()),
                        p.bodyLine(), p.outputPath(), null);
                out.put(p.sourcePath(), memoized(in, p::markdown, links, memo, problems,
                        (resolver, local) -> page(p, resolver, markdown, local)).spilledTo(spill));
                if (releaseSources) p.source().release();
            });
        }
        Parallel.forEach(jobs, Runnable::run);
        return out;
    }

    private static vn.antq.site.text.ContentHash hash(vn.antq.site.model.MarkdownSource source) {
        ContentHasher h = new ContentHasher();
        source.hashInto(h);
        return h.hash();
    }

    /** The kept body if it holds; otherwise rendered, with the links it resolved recorded, and kept. */
    private static Rendered memoized(BodyMemo.Input in, java.util.function.Supplier<String> text, LinkResolver links,
                                     BodyMemo memo, Problems problems,
                                     java.util.function.BiFunction<LinkResolver, Problems, Rendered> render) {
        BodyMemo.Kept kept = memo.find(in, text, links);
        if (kept != null) {
            for (vn.antq.site.content.Problem p : kept.problems()) problems.add(p);
            return kept.body();
        }
        if (memo == BodyMemo.NONE) return render.apply(links, problems);
        Map<String, String> lookups = new java.util.TreeMap<>(); // content path → page, or null for none
        LinkResolver recording = path -> {
            String target = links.outputPathOf(path);
            lookups.put(path, target);
            return target;
        };
        Problems local = new Problems(problems.messages());
        Rendered body = render.apply(recording, local);
        for (vn.antq.site.content.Problem p : local.sorted()) problems.add(p);
        if (!local.hasErrors()) memo.keep(in, body, lookups, local.sorted());
        return body;
    }

    /** One document's body, exactly as {@link #renderAll} renders it (the preview server re-renders only edited files). */
    public static Rendered document(Site site, Document d, MarkdownRenderer markdown, Problems problems) {
        return document(d, site.outputPathBySource()::get, markdown, problems);
    }

    /** One page's body (or the home page's text), exactly as {@link #renderAll} renders it. */
    public static Rendered page(Site site, Page p, MarkdownRenderer markdown, Problems problems) {
        return page(p, site.outputPathBySource()::get, markdown, problems);
    }

    private static Rendered document(Document d, LinkResolver links, MarkdownRenderer markdown, Problems problems) {
        return markdown.render(d.sourcePath(), d.markdown(), d.bodyLine(), d.outputPath(), links, problems, d.numberKey());
    }

    private static Rendered page(Page p, LinkResolver links, MarkdownRenderer markdown, Problems problems) {
        return markdown.render(p.sourcePath(), p.markdown(), p.bodyLine(), p.outputPath(), links, problems);
    }
}
