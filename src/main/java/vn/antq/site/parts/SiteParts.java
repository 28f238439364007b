package vn.antq.site.parts;

import vn.antq.site.markdown.Rendered;
import vn.antq.site.markdown.SectionText;
import vn.antq.site.model.Document;
import vn.antq.site.model.Page;
import vn.antq.site.model.Site;
import vn.antq.site.tasks.Parallel;
import vn.antq.site.text.Spill;
import vn.antq.site.text.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's long pages and their parts, and the one place that knows where an anchor of such
 * a page now lives: the renderer (links inside bodies, contents), the cited-documents and
 * calendar views, and the search index all ask {@link #link}.
 */
public final class SiteParts {
    /** No page is split. */
    public static final SiteParts NONE = new SiteParts(Map.of(), Map.of());

    private final Map<String, DocumentParts> byPage;
    private final Map<String, List<SectionText>> searchSections;

    private SiteParts(Map<String, DocumentParts> byPage, Map<String, List<SectionText>> searchSections) {
        this.byPage = byPage;
        this.searchSections = searchSections;
    }

    /** Plans the parts of every document and page whose body is longer than {@link PartPlanner#SPLIT_ABOVE} bytes. */
    public static SiteParts plan(Site site, Map<String, Rendered> bodies, PartPlanner planner, Spill spill) {
        List<String[]> long_ = new ArrayList<>(); // {source path, output path}
        for (Document d : site.documents()) add(long_, d.sourcePath(), d.outputPath(), bodies);
        for (Page p : site.pages()) add(long_, p.sourcePath(), p.outputPath(), bodies);
        if (long_.isEmpty()) return NONE;
        Map<String, DocumentParts> byPage = new ConcurrentHashMap<>();
        Map<String, List<SectionText>> sections = new ConcurrentHashMap<>();
        Parallel.forEach(long_, page -> {
            Rendered r = bodies.get(page[0]);
            List<Part> parts = planner.plan(r.html());
            if (parts.isEmpty()) return;
            DocumentParts dp = new DocumentParts(page[1], parts);
            byPage.put(page[1], dp);
            sections.put(page[1], SectionText.keptIn(searchSections(dp, r.sections()), spill));
        });
        return byPage.isEmpty() ? NONE : new SiteParts(Map.copyOf(byPage), Map.copyOf(sections));
    }

    /** For tests: these parts, these search sections. */
    static SiteParts of(Map<String, DocumentParts> byPage, Map<String, List<SectionText>> searchSections) {
        return new SiteParts(byPage, searchSections);
    }

    private static void add(List<String[]> out, String source, String output, Map<String, Rendered> bodies) {
        Rendered r = bodies.get(source);
        if (r == null) return;
        long weight = r.body().length();
        for (var h : r.headings()) weight += h.id().length() + h.text().length() + 40; // its line in the page's contents
        if (weight > PartPlanner.SPLIT_ABOVE) out.add(new String[] {source, output});
    }

    public boolean isEmpty() { return byPage.isEmpty(); }

    /** The parts of the page at {@code outputPath}, or null when it is one page. */
    public DocumentParts of(String outputPath) { return byPage.get(outputPath); }

    /** Where a link to {@code anchor} ("" for the top) of the page at {@code outputPath} goes. */
    public String link(String outputPath, String anchor) {
        DocumentParts dp = byPage.get(outputPath);
        if (dp != null) return dp.link(anchor);
        return anchor.isEmpty() ? outputPath : outputPath + "#" + anchor;
    }

    /**
     * The search text of the page at {@code outputPath}: for a split page, its sections cut
     * where a part begins, each anchor naming the part ({@code chuong-ii.html#dieu-5},
     * {@code chuong-ii.html}); else {@code sections} as they are.
     */
    public List<SectionText> searchSections(String outputPath, List<SectionText> sections) {
        List<SectionText> split = searchSections.get(outputPath);
        return split == null ? sections : split;
    }

    static List<SectionText> searchSections(DocumentParts dp, List<SectionText> sections) {
        List<Part> parts = dp.parts();
        List<SectionText> out = new ArrayList<>();
        int current = 0;
        for (SectionText s : sections) {
            Part owner = s.anchor().isEmpty() ? null : dp.partOf(s.anchor());
            if (owner != null) current = Math.max(current, parts.indexOf(owner));
            String text = s.text();
            String anchor = s.anchor().isEmpty() || owner == null ? "" : s.anchor();
            String heading = s.heading();
            int from = 0;
            // parts that begin inside this section (at a "Chương II" line, or cut by size)
            while (current + 1 < parts.size() && !parts.get(current + 1).heading()) {
                Part next = parts.get(current + 1);
                int at = next.lead().isEmpty() ? -1 : text.indexOf(next.lead(), from);
                if (at < 0) break;
                if (at > from) out.add(new SectionText(address(dp, parts.get(current), anchor), heading, text.substring(from, at).strip()));
                from = at;
                current++;
                anchor = "";
                heading = next.title();
            }
            out.add(new SectionText(address(dp, parts.get(current), anchor), heading, text.substring(from).strip()));
        }
        return out;
    }

    private static String address(DocumentParts dp, Part p, String anchor) {
        return p.name() + ".html" + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    private static final Pattern FRAGMENT_LINK = Pattern.compile("href=\"([^\"#]*)#([^\"]*)\"");

    /**
     * {@code html}, written on the page at {@code pagePath}, with its links to anchors of split
     * pages pointing at the parts that hold them. {@code own} is the split page this HTML is a
     * part of (its {@code #anchor} links may lead to another part), or null.
     */
    public String rewriteLinks(String html, String pagePath, DocumentParts own) {
        if (byPage.isEmpty() || html.indexOf('#') < 0) return html;
        Matcher m = FRAGMENT_LINK.matcher(html);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String path = m.group(1), anchor = m.group(2);
            String replacement = null;
            if (path.isEmpty()) {
                if (own != null) {
                    Part p = own.partOf(anchor);
                    String here = pagePath.substring(pagePath.lastIndexOf('/') + 1);
                    if (p != null && !(p.name() + ".html").equals(here)) replacement = p.name() + ".html#" + anchor;
                }
            } else if (!Urls.hasScheme(path) && path.endsWith(".html")) {
                String target = Urls.resolve(pagePath, path);
                DocumentParts dp = target == null ? null : byPage.get(target);
                Part p = dp == null ? null : dp.partOf(anchor);
                if (p != null) replacement = path.substring(0, path.lastIndexOf('/') + 1) + p.name() + ".html#" + anchor;
            }
            if (replacement == null) continue;
            if (out == null) out = new StringBuilder(html.length() + 64);
            out.append(html, last, m.start(1)).append(replacement).append('"');
            last = m.end();
        }
        if (out == null) return html;
        return out.append(html, last, html.length()).toString();
    }
}
