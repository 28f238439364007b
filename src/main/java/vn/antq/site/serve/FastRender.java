package vn.antq.site.serve;

import vn.antq.site.BuildOptions;
import vn.antq.site.Snapshot;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.model.ContentParser;
import vn.antq.site.render.PageReuse;
import vn.antq.site.render.SiteState;
import vn.antq.site.content.DocumentMeta;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.publish.Staging;
import vn.antq.site.render.SiteRenderer;

import vn.antq.site.parts.PartPlanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Hugo's "fast render": when only a document's text changed (its front matter is as it was),
 * its page is rendered again at once from the last build's model; the incremental rebuild
 * that follows brings the pages the edit affects up to date (citations, for one), then the
 * search files.
 */
record FastRender(BuildOptions options, BuildReport report) {

    /**
     * @param s the last good state, or null before the first good build
     * @return whether the page was re-rendered (and open pages told to reload)
     */
    boolean render(Snapshot s, Path file) {
        if (s == null || !Files.isRegularFile(file)) return false;
        long start = System.nanoTime();
        String rel = options.source().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        if (!rel.startsWith(ContentParser.DOCUMENTS_DIR) || !rel.endsWith(".md")) return false;
        Document old = s.site().documents().stream().filter(d -> d.sourcePath().equals(rel)).findFirst().orElse(null);
        if (old == null) return false;
        Problems problems = new Problems(report.messages());
        SourceFile source = new ContentLoader(options.source(), problems).readFile(file, rel);
        FrontMatter fm = source == null ? null : FrontMatter.parse(source, new Yaml(), problems);
        if (fm == null || problems.hasErrors()) return false;
        DocumentMeta meta = Schema.document(fm, problems);
        if (problems.hasErrors() || !meta.equals(old.meta())) return false;
        String self = old.numberKey(); // the metadata is the old document's
        Rendered body = s.markdown().render(rel, fm.body(), fm.bodyLine(), old.outputPath(), s.site().outputPathBySource()::get,
                problems, self);
        if (problems.hasErrors()) return false;
        // a long page is cut into parts: what the parts are is the full rebuild's to decide
        if (s.parts().of(old.outputPath()) != null || body.body().length() > PartPlanner.SPLIT_ABOVE) return false;
        Map<String, Rendered> bodies = new HashMap<>(s.bodies());
        bodies.put(rel, body);
        new SiteRenderer(new SiteState(s.site(), bodies, s.parts(), s.xrefs(), s.glossary(), s.calendar(), s.theme(), s.markdown(), s.assets()),
                Staging.inPlace(options.out()), problems, PageReuse.NONE).renderDocument(old);
        if (problems.hasErrors()) return false;
        report.println(report.messages().format("serve.fastRendered", old.outputPath(), (System.nanoTime() - start) / 1_000_000));
        report.reload();
        return true;
    }
}
