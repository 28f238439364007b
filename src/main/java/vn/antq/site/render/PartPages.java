package vn.antq.site.render;

import vn.antq.site.markdown.Rendered;
import vn.antq.site.parts.DocumentParts;
import vn.antq.site.parts.Part;
import vn.antq.site.parts.SiteParts;
import vn.antq.site.text.Utf8Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages of a long document or page in parts (see {@link SiteParts}): contents, parts, whole text. */
final class PartPages {
    /** How a page is written: template, output path, model, source file. */
    interface Writer {
        void write(String template, String outputPath, Map<String, Object> model, String sourcePath);
    }

    private final SiteParts parts;
    private final PageFrame frame;
    private final Theme theme;
    private final Writer out;

    PartPages(SiteParts parts, PageFrame frame, Theme theme, Writer out) {
        this.parts = parts;
        this.frame = frame;
        this.theme = theme;
        this.out = out;
    }

    /**
     * A long page as a contents page (its own address, the model {@code m} without a body and
     * with the list of parts), one page per part ({@code part.ftlh}) and the whole text on one
     * page for printing ({@code template} again, not indexed).
     */
    /** A body as the page at {@code path} shows it: its links to anchors of long pages lead to their parts. */
    Utf8Text linked(Utf8Text body, String path) {
        if (parts.isEmpty()) return body;
        String html = body.toString();
        String rewritten = parts.rewriteLinks(html, path, null);
        return rewritten == html ? body : Utf8Text.of(rewritten);
    }

    void write(DocumentParts dp, Rendered r, Map<String, Object> m, String template, String source) {
        String path = dp.page();
        String title = (String) m.get("title");
        List<Part> list = dp.parts();
        List<Map<String, Object>> contents = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) contents.add(partView(dp, list.get(i), i));
        Map<String, Object> index = new HashMap<>(m);
        index.put("body", new BodyModel(Utf8Text.of("")));
        index.put("toc", List.of());
        index.put("parts", contents);
        index.put("fullText", dp.fullTextPath());
        out.write(template, path, index, source);

        String html = r.html();
        Map<String, Object> whole = new HashMap<>(m);
        Map<String, Object> frameOfWhole = frame.common(dp.fullTextPath(), title, List.of());
        for (String k : List.of("root", "path", "nav")) whole.put(k, frameOfWhole.get(k));
        whole.put("title", title + " " + theme.message("parts.full_text_suffix"));
        whole.put("noindex", true); // the canonical address stays the contents page's
        whole.put("contentsPath", path);
        whole.put("body", new BodyModel(Utf8Text.of(parts.rewriteLinks(html, dp.fullTextPath(), null))));
        whole.put("toc", PageFrame.toc(r.headings()));
        out.write(template, dp.fullTextPath(), whole, source);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> crumbs = new ArrayList<>((List<Map<String, Object>>) m.get("breadcrumbs"));
        crumbs.remove(0); // common() adds the home page again
        crumbs.add(PageFrame.crumb(title, path));
        for (int i = 0; i < list.size(); i++) {
            Part p = list.get(i);
            String partPath = dp.path(p);
            Map<String, Object> pm = frame.common(partPath, partTitle(p) + " · " + title, crumbs);
            pm.put("pageTitle", title);
            pm.put("doc", m.get("doc"));
            pm.put("description", m.get("description"));
            pm.put("part", contents.get(i));
            pm.put("count", list.size());
            pm.put("contentsPath", path);
            pm.put("fullText", dp.fullTextPath());
            if (i > 0) pm.put("previous", contents.get(i - 1));
            if (i + 1 < list.size()) pm.put("next", contents.get(i + 1));
            pm.put("toc", PageFrame.toc(r.headings().stream().filter(h -> p.ids().contains(h.id())).toList()));
            pm.put("body", new BodyModel(Utf8Text.of(parts.rewriteLinks(html.substring(p.start(), p.end()), partPath, dp))));
            out.write("part.ftlh", partPath, pm, source);
        }
    }

    private Map<String, Object> partView(DocumentParts dp, Part p, int index) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", partTitle(p));
        v.put("through", p.through() == null ? "" : p.through());
        v.put("depth", p.depth());
        v.put("number", index + 1);
        v.put("path", dp.path(p));
        return v;
    }

    private String partTitle(Part p) {
        if (p.title().isEmpty()) return theme.message("parts.opening");
        return p.continued() ? p.title() + " " + theme.message("parts.continued") : p.title();
    }
}
