package vn.antq.site.model;

import vn.antq.site.checklist.Checklist;
import vn.antq.site.checklist.ChecklistParser;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.content.DocumentMeta;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.PageMeta;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.tasks.Parallel;
import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.antq.site.text.Spill;

/**
 * Parses loaded Markdown files into documents and pages: front matter through the schema,
 * output paths from file paths. Files are independent, so this runs in parallel.
 */
public final class ContentParser {
    /** Documents live here; everything else is a page. */
    public static final String DOCUMENTS_DIR = "content/van-ban/";
    /** Self-assessment checklists live here. */
    public static final String CHECKLISTS_DIR = "content/tu-kiem-tra/";

    private final Yaml yaml;
    private final Problems problems;
    private final Set<String> templates;
    private final Spill spill;

    /** @param templates template names the theme has (for a page's {@code template:} field) */
    public ContentParser(Yaml yaml, Problems problems, Set<String> templates) {
        this(yaml, problems, templates, Spill.NONE);
    }

    /** @param spill where the Markdown bodies wait until they are rendered */
    public ContentParser(Yaml yaml, Problems problems, Set<String> templates, Spill spill) {
        this.yaml = yaml;
        this.problems = problems;
        this.templates = templates;
        this.spill = spill;
    }

    public record Parsed(List<Document> documents, List<Page> pages, List<Checklist> checklists) {}

    /** Parses files already read. */
    public Parsed parse(List<SourceFile> files) {
        return parse(files, f -> f);
    }

    /**
     * Reads and parses the Markdown files {@code loader} found, each file's text dropped once
     * it is parsed: a national site's raw text (300 MB as Java strings) never fills the heap.
     */
    public Parsed parse(List<ContentLoader.MarkdownFile> files, ContentLoader loader) {
        return parse(files, loader::read);
    }

    private <T> Parsed parse(List<T> files, Function<T, SourceFile> read) {
        List<Document> documents = Collections.synchronizedList(new ArrayList<>());
        List<Page> pages = Collections.synchronizedList(new ArrayList<>());
        List<Checklist> checklists = Collections.synchronizedList(new ArrayList<>());
        Parallel.forEach(files, file -> {
            SourceFile f = read.apply(file);
            if (f == null) return; // already reported
            FrontMatter fm = FrontMatter.parse(f, yaml, problems);
            if (fm == null) return;
            if (f.path().startsWith(CHECKLISTS_DIR)) {
                Checklist c = new ChecklistParser(problems).parse(fm);
                if (c != null) checklists.add(c);
            } else if (f.path().startsWith(DOCUMENTS_DIR)) {
                DocumentMeta meta = Schema.document(fm, problems);
                if (meta.slug() == null || meta.title() == null || meta.type() == null || meta.issuer() == null || meta.date() == null) {
                    return; // already reported
                }
                documents.add(new Document(meta, f.path(), fm.bodyUtf8(spill), fm.bodyLine(), Routes.document(meta.slug())));
            } else {
                PageMeta meta = Schema.page(fm, problems);
                if (meta.title() == null) return;
                if (meta.template() != null && !templates.contains(meta.template() + ".ftlh")) {
                    problems.error(f.path(), Schema.lineOf(fm, "template"), 0, "page.unknownTemplate", meta.template(),
                            String.join(", ", templates.stream().map(t -> t.replace(".ftlh", "")).sorted().toList()));
                    return;
                }
                pages.add(new Page(meta, f.path(), fm.bodyUtf8(spill), fm.bodyLine(), pagePath(f.path())));
            }
        });
        List<Document> d = new ArrayList<>(documents);
        d.sort((a, b) -> a.sourcePath().compareTo(b.sourcePath()));
        List<Page> p = new ArrayList<>(pages);
        p.sort((a, b) -> a.sourcePath().compareTo(b.sourcePath()));
        List<Checklist> c = new ArrayList<>(checklists);
        c.sort((a, b) -> a.sourcePath().compareTo(b.sourcePath()));
        return new Parsed(d, p, c);
    }

    /** content/huong-dan/bien-tap.md → huong-dan/bien-tap/index.html; content/_index.md → index.html. */
    static String pagePath(String sourcePath) {
        String rel = sourcePath.substring("content/".length(), sourcePath.length() - ".md".length());
        List<String> parts = new ArrayList<>();
        for (String seg : rel.split("/")) {
            if (seg.equals("_index") || seg.equals("index")) continue;
            parts.add(Folding.slug(seg));
        }
        return Routes.page(String.join("/", parts));
    }
}
