package vn.antq.site.importer;

import vn.antq.site.content.ContentLoader;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problems;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.text.Folding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings the documents of an existing Jekyll or Hugo site in: each Markdown file whose
 * metadata (front matter under the names such sites use, a table at the top of the body, or
 * bold lines) gives a number, a type and a date becomes {@code content/van-ban/<slug>.md} with
 * our front matter and its text as it was; any other file becomes a plain page under
 * {@code content/<folder>/}. Never overwrites. Reports, per file, what it mapped and what it
 * could not, at the file's line, through {@link Problems} (warnings; YAML it cannot read is an
 * error of that file, which is still brought in as a page).
 * This class plans every file's place and writes them; {@link Metadata} reads what a file says,
 * {@link FrontMatterWriter} writes ours, {@link LinkRewriter} mends the links between them.
 */
public final class SiteImporter {
    /** What an import did. */
    public record Result(int documents, int pages, int kept) {}

    private final Problems problems;
    private final Yaml yaml;
    private final FrontMatterWriter writer;

    public SiteImporter(Problems problems, Yaml yaml) {
        this.problems = problems;
        this.yaml = yaml;
        this.writer = new FrontMatterWriter(problems);
    }

    /**
     * Imports every {@code .md} file under {@code from} into {@code root}'s {@code content/}.
     *
     * @param label how {@code from} is named in reports (as the user wrote it)
     */
    public Result run(Path from, String label, Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        String pagesFolder = Folding.slug(from.toAbsolutePath().normalize().getFileName().toString());
        Set<String> taken = new HashSet<>();
        List<Plan> plans = new ArrayList<>();
        LinkRewriter links = new LinkRewriter(problems);
        // read as the build reads content: UTF-8 checked, BOM and CR dropped, NFC; a file it refuses is reported and left out
        ContentLoader loader = new ContentLoader(from, problems);
        for (Path file : files) {
            String rel = from.relativize(file).toString().replace('\\', '/');
            String path = label.endsWith("/") ? label + rel : label + "/" + rel;
            SourceFile source = loader.readFile(file, path);
            if (source == null) continue;
            Plan plan = plan(source, path, rel, pagesFolder, taken);
            plans.add(plan);
            links.add(plan);
        }
        int documents = 0, pages = 0, kept = 0;
        for (Plan plan : plans) {
            Path target = root.resolve("content/" + plan.content());
            if (Files.exists(target)) {
                problems.warning(plan.path(), 1, 0, "import.exists", "content/" + plan.content());
                kept++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, plan.head() + links.body(plan), StandardCharsets.UTF_8);
            if (plan.document()) documents++;
            else pages++;
        }
        return new Result(documents, pages, kept);
    }

    /** What one file becomes: a document when its metadata make one (and its number is new), else a page. */
    private Plan plan(SourceFile source, String path, String rel, String pagesFolder, Set<String> taken) {
        String text = source.text();
        Metadata meta = new Metadata();
        String body = text;
        int bodyLine = 1;
        if (text.startsWith("---\n")) {
            int errors = problems.errorCount();
            FrontMatter fm = FrontMatter.parse(source, yaml, problems);
            if (fm != null) {
                meta.readFrontMatter(path, fm, problems);
                body = fm.body();
                bodyLine = fm.bodyLine();
            } else if (problems.errorCount() > errors) {
                body = afterFrontMatter(text);
                problems.warning(path, 1, 0, "import.yamlAsPage");
            }
        }
        meta.readBody(body, bodyLine);
        String document = writer.document(path, meta);
        String slug = document == null ? null : meta.text("type") + "-" + Folding.slug(meta.text("number"));
        if (document != null && !taken.add("van-ban/" + slug)) {
            problems.warning(path, meta.line("number"), 0, "import.duplicateNumber", meta.text("number"));
            document = null;
        }
        String content = document != null ? "van-ban/" + slug + ".md" : pagePath(pagesFolder, rel, taken);
        String head = document != null ? document : FrontMatterWriter.page(title(meta, body, rel));
        return new Plan(path, rel, content, head, body, bodyLine, document != null);
    }

    private static String afterFrontMatter(String text) {
        int close = text.indexOf("\n---\n", 3);
        return close < 0 ? text : text.substring(close + 5);
    }

    /** A page's title: the file's own, else its first heading, else its name. */
    private static String title(Metadata meta, String body, String rel) {
        if (meta.text("title") != null) return meta.text("title");
        for (String l : body.split("\n", 60)) if (l.startsWith("# ")) return l.substring(2).strip();
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - 3);
    }

    private static String pagePath(String folder, String rel, Set<String> taken) {
        List<String> parts = new ArrayList<>();
        String[] segments = rel.substring(0, rel.length() - 3).split("/");
        for (String s : segments) parts.add(Folding.slug(s).isEmpty() ? "trang" : Folding.slug(s));
        String base = folder + "/" + String.join("/", parts);
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) candidate = base + "-" + n; // names that fold alike
        return candidate + ".md";
    }
}
