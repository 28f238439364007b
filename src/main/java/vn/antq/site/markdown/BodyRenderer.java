package vn.antq.site.markdown;

import vn.antq.site.content.Problems;
import vn.antq.site.model.Document;
import vn.antq.site.model.Page;
import vn.antq.site.model.Site;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.tasks.Parallel;

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
        List<Runnable> jobs = new ArrayList<>();
        Map<String, Rendered> out = new ConcurrentHashMap<>();
        LinkResolver links = site.outputPathBySource()::get;
        for (Document d : site.documents()) {
            jobs.add(() -> {
                out.put(d.sourcePath(), document(d, links, markdown, problems));
                if (releaseSources) d.source().release();
            });
        }
        List<Page> pages = new ArrayList<>(site.pages());
        if (site.home() != null) pages.add(site.home());
        for (Page p : pages) jobs.add(() -> out.put(p.sourcePath(), page(p, links, markdown, problems)));
        Parallel.forEach(jobs, Runnable::run);
        return out;
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
        String self = d.meta().blank().contains("number") ? null : ReferenceScanner.key(d.number());
        return markdown.render(d.sourcePath(), d.markdown(), d.bodyLine(), d.outputPath(), links, problems, self);
    }

    private static Rendered page(Page p, LinkResolver links, MarkdownRenderer markdown, Problems problems) {
        return markdown.render(p.sourcePath(), p.markdown(), p.bodyLine(), p.outputPath(), links, problems);
    }
}
