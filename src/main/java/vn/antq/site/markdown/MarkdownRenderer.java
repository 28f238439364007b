package vn.antq.site.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import vn.antq.site.content.Problems;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.tasks.BufferPool;
import vn.antq.site.text.Folding;
import vn.antq.site.text.Urls;
import vn.antq.site.text.Utf8Buffer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Markdown to safe HTML: GFM tables, footnotes, task lists, attribute blocks, definition
 * lists; heading ids folded to ASCII; links to content files rewritten to relative page
 * URLs. One instance is shared by all threads (flexmark parsers and renderers are
 * thread-safe; per-render state travels in the document).
 */
public final class MarkdownRenderer {
    private static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("ANTQ_HEADING_IDS", (Map<Node, String>) null);
    private static final DataKey<Map<Node, String>> LINK_TARGETS = new DataKey<>("ANTQ_LINK_TARGETS", (Map<Node, String>) null);
    private static final DataKey<Boolean> FILTER_ATTRIBUTES = new DataKey<>("ANTQ_FILTER_ATTRIBUTES", false);
    /** A soft line break is written as one, as the source has it. */
    private static final String SOFT_BREAK = "\n";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final TextDecorator decorator;
    private final boolean everyBodyThroughJsoup;
    /**
     * Buffers a rendering thread keeps from body to body: one a body's text runs are escaped
     * into (see {@link TextRunRenderer}), one the body is encoded into.
     */
    private final BufferPool<Utf8Buffer> buffers = new BufferPool<>(() -> new Utf8Buffer(64 * 1024));

    public MarkdownRenderer() {
        this(Decorations.NONE);
    }

    public MarkdownRenderer(Decorations decorations) {
        this(decorations, false);
    }

    /**
     * @param everyBodyThroughJsoup whether bodies without raw HTML also take the raw-HTML path
     *                              (jsoup), for the test that holds the two paths together
     */
    MarkdownRenderer(Decorations decorations, boolean everyBodyThroughJsoup) {
        this.everyBodyThroughJsoup = everyBodyThroughJsoup;
        decorator = new TextDecorator(new ReferenceScanner(), decorations);
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
                AttributesExtension.create(), DefinitionExtension.create(), StrikethroughExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, SOFT_BREAK);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        parser = QuickBlockStart.parserBuilder(options).build();
        renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(options1 -> new TextRunRenderer())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return new IdsAndLinks(context.getDocument());
                    }
                })
                .build();
    }

    /**
     * @param sourcePath path of the Markdown file relative to the source root (for messages
     *                   and for resolving relative links to other content files)
     * @param firstLine  file line on which {@code markdown} starts
     * @param outputPath output path of the page being rendered, for relative links
     */
    public Rendered render(String sourcePath, String markdown, int firstLine, String outputPath,
                           LinkResolver links, Problems problems) {
        return render(sourcePath, markdown, firstLine, outputPath, links, problems, null);
    }

    /** @param selfKey number key of the document being rendered (never linked to itself), or null */
    public Rendered render(String sourcePath, String markdown, int firstLine, String outputPath,
                           LinkResolver links, Problems problems, String selfKey) {
        try {
            return renderTree(sourcePath, markdown, firstLine, outputPath, links, problems, selfKey);
        } catch (StackOverflowError e) {
            // flexmark walks its tree recursively: quotes or lists nested hundreds deep exhaust the stack
            problems.error(sourcePath, firstLine + deepLine(markdown), 0, "markdown.tooDeep");
            return new Rendered("", List.of(), List.of(), List.of());
        }
    }

    /** The line (from 0) where the nesting first gets deep (100 quote marks or 200 spaces of indent), else 0. */
    private static int deepLine(String markdown) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int quotes = 0, indent = 0;
            for (int k = 0; k < l.length(); k++) {
                char c = l.charAt(k);
                if (c == '>') quotes++;
                else if (c == ' ') indent++;
                else if (c != '\t') break;
            }
            if (quotes >= 100 || indent >= 200) return i;
        }
        return 0;
    }

    private Rendered renderTree(String sourcePath, String markdown, int firstLine, String outputPath,
                                LinkResolver links, Problems problems, String selfKey) {
        // CommonMark: U+0000 becomes U+FFFD (and the text-run mark stays unique, see TextRunRenderer)
        Document doc = parser.parse(markdown.indexOf('\0') < 0 ? markdown : markdown.replace('\0', '\uFFFD'));
        List<TocEntry> headings = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        Map<Node, String> headingTexts = new IdentityHashMap<>();
        Map<Node, String> targets = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        // ids set by attribute blocks on other elements ("Đoạn {#điểm-a}"), kept as written
        Set<String> otherIds = new HashSet<>();
        List<Node> pageLinks = new ArrayList<>();
        boolean rawHtml = false;
        for (Node node : doc.getDescendants()) {
            if (node instanceof Heading h) {
                String text = new TextCollectingVisitor().collectAndGetText(h).strip();
                String explicit = explicitId(h);
                String id = unique(explicit != null ? Folding.slug(explicit) : Folding.slug(text), used);
                ids.put(h, id);
                headingTexts.put(h, text);
                headings.add(new TocEntry(h.getLevel(), id, text));
            } else if (node instanceof Link link) {
                String url = link.getUrl().toString();
                String target = resolve(sourcePath, url, outputPath, links);
                if (target == null && isContentLink(url)) {
                    problems.error(sourcePath, firstLine + link.getLineNumber(), 0, "markdown.unknownLink", url);
                } else if (target != null) {
                    targets.put(link, target);
                } else if (url.startsWith("#")) {
                    pageLinks.add(link);
                }
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference def = ref.getReferenceNode(doc);
                if (def != null && def.getUrl().startsWith("#")) pageLinks.add(ref);
            } else if (node instanceof AttributesNode && !(node.getParent() instanceof Heading)) {
                String id = attributeId(node);
                if (id != null) otherIds.add(id);
            } else if (node instanceof Image img) {
                String target = resolve(sourcePath, img.getUrl().toString(), outputPath, links);
                if (target != null) targets.put(img, target);
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                rawHtml = true;
            }
        }
        boolean throughJsoup = rawHtml || everyBodyThroughJsoup;
        if (!throughJsoup) {
            // links to this page's own headings, folded like their ids; with raw HTML they are
            // folded on the cleaned tree, which knows its ids too
            Set<String> pageIds = new HashSet<>(used);
            pageIds.addAll(otherIds);
            for (Node link : pageLinks) {
                String url = link instanceof Link l ? l.getUrl().toString() : ((LinkRef) link).getReferenceNode(doc).getUrl().toString();
                String fragment = Anchors.onPage(url.substring(1), pageIds);
                if (!fragment.equals(url.substring(1))) targets.put(link, "#" + fragment);
            }
        }
        doc.set(HEADING_IDS, ids);
        doc.set(LINK_TARGETS, targets);
        TextDecorator.Pass pass = decorator.pass(selfKey, outputPath);
        SectionText.Collector sections = SectionText.collector();
        if (!throughJsoup) {
            // Markdown's own markup: rendered with a mark for each run of text, the runs then
            // decorated in one walk with the sections (footnotes are numbered by rendering),
            // attributes filtered by IdsAndLinks
            Utf8Buffer runBuffer = buffers.borrow(), body = buffers.borrow();
            try {
                TextRunRenderer.Runs runs = new TextRunRenderer.Runs(runBuffer);
                doc.set(TextRunRenderer.RUNS, runs);
                doc.set(FILTER_ATTRIBUTES, true);
                String html = renderer.render(doc);
                FlexmarkTextWalk.walk(doc, ids, headingTexts, SOFT_BREAK, TextVisitor.both(decorator.decorating(pass, runs), sections));
                return new Rendered(runs.fill(html, body), headings, pass.citations(), sections.finish());
            } finally {
                buffers.release(body);
                buffers.release(runBuffer);
            }
        }
        String html = renderer.render(doc);
        if (!sanitizer.isSafe(html)) {
            problems.warning(sourcePath, firstLine, 0, "markdown.rawHtmlRemoved", "script, style, on*=, javascript:");
        }
        org.jsoup.nodes.Document clean = sanitizer.cleanDocument(html);
        foldPageLinks(clean.body());
        // the same walk over the cleaned tree: Markdown's headings keep the text flexmark read
        Map<String, String> headingsById = new HashMap<>();
        for (TocEntry h : headings) headingsById.put(h.id(), h.text());
        JsoupTextWalk.walk(clean.body(), headingsById,
                TextVisitor.both(decorator.decorating(pass, new JsoupTextWalk.Decorated()), sections));
        return new Rendered(clean.body().html(), headings, pass.citations(), sections.finish());
    }

    /**
     * A short fragment (a checklist item, a help text): sanitized and decorated like a page
     * body; a single wrapping paragraph is removed so it can sit inside a label or legend.
     */
    public String renderFragment(String sourcePath, String markdown, int line, String outputPath,
                                 LinkResolver links, Problems problems) {
        if (markdown == null || markdown.isBlank()) return "";
        String html = render(sourcePath, markdown, line, outputPath, links, problems, null).html().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }

    private static String explicitId(Heading h) {
        for (Node child = h.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode) {
                String id = attributeId(child);
                if (id != null) return id;
            }
        }
        return null;
    }

    /** The {@code #id} of an attribute block, as written, or null. */
    private static String attributeId(Node attributes) {
        String s = attributes.getChars().toString();
        int i = s.indexOf('#');
        if (i < 0) return null;
        int end = i + 1;
        while (end < s.length() && " }.".indexOf(s.charAt(end)) < 0) end++;
        return s.substring(i + 1, end);
    }

    /**
     * Links of cleaned raw HTML to the page itself ({@code href="#chương-i"}), Markdown's and
     * the raw HTML's, folded like heading ids unless they name an id of the page as written.
     */
    private static void foldPageLinks(org.jsoup.nodes.Element body) {
        Set<String> pageIds = null;
        for (org.jsoup.nodes.Element a : body.select("a[href^=#]")) {
            String href = a.attr("href");
            if (pageIds == null) {
                pageIds = new HashSet<>();
                for (org.jsoup.nodes.Element e : body.select("[id]")) pageIds.add(e.id());
            }
            String fragment = Anchors.onPage(href.substring(1), pageIds);
            if (!fragment.equals(href.substring(1))) a.attr("href", "#" + fragment);
        }
    }

    private static String unique(String id, Set<String> used) {
        String base = id.isEmpty() ? "muc" : id;
        String candidate = base;
        for (int n = 1; !used.add(candidate); n++) candidate = base + "-" + n;
        return candidate;
    }

    private static boolean isContentLink(String url) {
        String path = stripFragment(url);
        return !Urls.hasScheme(url) && path.endsWith(".md");
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * A relative link to a content {@code .md} file becomes the relative URL of its page, its
     * {@code #fragment} folded like heading ids ({@link Anchors#fold}).
     */
    private static String resolve(String sourcePath, String url, String outputPath, LinkResolver links) {
        if (!isContentLink(url)) return null;
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : "#" + Anchors.fold(url.substring(hash + 1));
        String target = Urls.resolve(sourcePath, stripFragment(url));
        String out = target == null ? null : links.outputPathOf(target);
        return out == null ? null : Urls.relative(outputPath, out) + fragment;
    }

    /** Sets the folded heading ids and rewritten link targets computed before rendering. */
    private static final class IdsAndLinks implements AttributeProvider {
        private final Map<Node, String> ids;
        private final Map<Node, String> targets;
        private final boolean filter;

        IdsAndLinks(Document doc) {
            Map<Node, String> i = doc.get(HEADING_IDS);
            Map<Node, String> t = doc.get(LINK_TARGETS);
            ids = i == null ? new HashMap<>() : i;
            targets = t == null ? new HashMap<>() : t;
            filter = doc.get(FILTER_ATTRIBUTES);
        }

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (filter) HtmlSanitizer.filterMarkdownAttributes(attributes);
            String id = ids.get(node);
            if (id != null) attributes.replaceValue("id", id);
            String target = targets.get(node);
            if (target != null && part == AttributablePart.LINK) {
                attributes.replaceValue(node instanceof Image ? "src" : "href", target);
            }
        }
    }
}
