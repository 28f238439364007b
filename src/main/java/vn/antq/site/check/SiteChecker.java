package vn.antq.site.check;

import vn.antq.site.model.Routes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.antq.site.Build;
import vn.antq.site.content.Problems;
import vn.antq.site.markdown.Anchors;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.markdown.SectionText;
import vn.antq.site.model.Glossary;
import vn.antq.site.model.GlossaryEntry;
import vn.antq.site.model.Site;
import vn.antq.site.references.LegalReference;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.parts.DocumentParts;
import vn.antq.site.tasks.Parallel;
import vn.antq.site.text.Folding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What {@code check} adds to the build's own validation, on the rendered pages: every
 * internal link and {@code #anchor} resolves, images have alt text, glossary terms are used,
 * and abbreviations used in documents are in the glossary. Problems point at the content
 * file and line that wrote the link.
 */
public final class SiteChecker implements Build.Inspection {
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{N}/-])[A-ZĐ]{2,}[A-ZĐ0-9]*(?![\\p{L}\\p{N}/-])");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    private final Path root;
    /** Source lines by path: a page with many links reads its source once. */
    private final Map<String, List<String>> sourceLines = new HashMap<>();

    public SiteChecker(Path sourceRoot) {
        this.root = sourceRoot;
    }

    /** What the checks need of one rendered page: its ids, its links and its images without alt text. */
    private record Scanned(Set<String> ids, List<String> links, List<String> imagesWithoutAlt) {}

    @Override
    public void inspect(Path staged, Site site, Map<String, Rendered> bodies, Glossary glossary, Problems problems) {
        Map<String, String> sourceOf = new HashMap<>();
        site.outputPathBySource().forEach((src, out) -> sourceOf.put(out, src));
        List<Path> files;
        try (Stream<Path> s = Files.walk(staged)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // each page parsed once and let go: only its ids and links are kept, so checking a
        // national site does not hold every page's tree at once
        Map<String, Scanned> pages = new ConcurrentHashMap<>();
        vn.antq.site.tasks.Parallel.forEach(files, f -> pages.put(rel(staged, f), scan(f)));
        for (Map.Entry<String, Scanned> e : new TreeMap<>(pages).entrySet()) {
            String page = e.getKey();
            if (page.equals(Routes.NOT_FOUND)) continue; // its links are relative to the site root by design
            // a long page's whole text holds the links of its parts: each mistake is told once
            if (DocumentParts.isFullText(page)) continue;
            String source = sourceOf.get(page);
            // a part of a long page ("van-ban/x/chuong-ii.html") comes from the file of its folder's page
            if (source == null && page.contains("/")) source = sourceOf.get(DocumentParts.pageOf(page));
            for (String url : e.getValue().links()) {
                if (url.isEmpty() || url.matches("(?i)(https?|mailto|tel):.*")) continue;
                String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                if (path.contains("?")) path = path.substring(0, path.indexOf('?'));
                Path target = path.isEmpty() ? staged.resolve(page) : staged.resolve(page).getParent().resolve(path).normalize();
                String where = source != null ? source : "site/" + page;
                if (!target.startsWith(staged) || !Files.isRegularFile(target)) {
                    problems.error(where, source != null ? lineOf(source, url, fragment) : 0, 0, "check.brokenLink", url);
                    continue;
                }
                if (!fragment.isEmpty()) {
                    Scanned t = pages.get(rel(staged, target));
                    String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
                    if (t != null && !t.ids().contains(id)) {
                        problems.error(where, source != null ? lineOf(source, url, fragment) : 0, 0, "check.brokenAnchor", url);
                    }
                }
            }
            if (source != null) {
                for (String src : e.getValue().imagesWithoutAlt()) problems.warning(source, lineOf(source, src, ""), 0, "check.imageAlt", src);
            }
            sourceLines.remove(source); // one page per source: its lines are not needed again
        }
        glossaryUse(site, bodies, glossary, problems);
    }

    /** Glossary entries nobody uses, and abbreviations documents use that the glossary lacks. */
    private void glossaryUse(Site site, Map<String, Rendered> bodies, Glossary glossary, Problems problems) {
        Set<String> known = new HashSet<>(glossary.abbreviations().keySet());
        for (GlossaryEntry g : glossary.entries()) known.add(g.term());
        Set<String> used = ConcurrentHashMap.newKeySet();
        ReferenceScanner scanner = new ReferenceScanner();
        List<vn.antq.site.model.Document> documents = site.documents();
        // each document on its own core (a national site's text is hundreds of megabytes);
        // the first missing spelling of each abbreviation is then taken in document order
        List<Map<String, String[]>> missingBy = new ArrayList<>(Collections.nCopies(documents.size(), null));
        Parallel.forEach(IntStream.range(0, documents.size()).boxed().toList(), index -> {
            var d = documents.get(index);
            Rendered r = bodies.get(d.sourcePath());
            StringBuilder all = new StringBuilder(d.title()).append('\n');
            for (SectionText s : r.sections()) all.append(s.heading()).append('\n').append(s.text()).append('\n');
            String text = all.toString();
            for (GlossaryEntry g : glossary.entries()) {
                if (used.contains(g.term())) continue; // found already: no need to look again
                if (text.contains(g.term()) || g.aliases().stream().anyMatch(text::contains)) used.add(g.term());
            }
            // abbreviations outside document numbers and outside lines in capitals
            Map<String, String[]> missing = new HashMap<>();
            String[] lines = d.markdown().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("#") || Folding.mostlyCapitals(line)) continue;
                Set<int[]> numbers = new HashSet<>();
                for (LegalReference ref : scanner.scan(line)) numbers.add(new int[] {ref.start(), ref.end()});
                Matcher m = ABBREVIATION.matcher(line);
                while (m.find()) {
                    String a = m.group();
                    int at = m.start();
                    if (known.contains(a) || ROMAN.matcher(a).matches()) continue;
                    if (numbers.stream().anyMatch(n -> at >= n[0] && at < n[1])) continue;
                    missing.putIfAbsent(a, new String[] {d.sourcePath(), String.valueOf(d.bodyLine() + i)});
                }
            }
            missingBy.set(index, missing);
        });
        Map<String, String[]> missing = new TreeMap<>();
        for (Map<String, String[]> m : missingBy) m.forEach(missing::putIfAbsent);
        for (GlossaryEntry g : glossary.entries()) {
            if (!used.contains(g.term())) problems.warning("content/_data/glossary.yaml", g.line(), 0, "check.unusedTerm", g.term());
        }
        for (Map.Entry<String, String[]> m : missing.entrySet()) {
            problems.warning(m.getValue()[0], Integer.parseInt(m.getValue()[1]), 0, "check.missingTerm", m.getKey());
        }
    }


    private static Scanned scan(Path file) {
        Document d;
        try {
            d = Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ids = new HashSet<>();
        for (Element el : d.select("[id]")) ids.add(el.id());
        List<String> links = new ArrayList<>();
        for (Element el : d.select("a[href], img[src], link[href], script[src]")) links.add(el.hasAttr("href") ? el.attr("href") : el.attr("src"));
        List<String> noAlt = new ArrayList<>();
        for (Element img : d.select("main img")) if (img.attr("alt").isBlank()) noAlt.add(img.attr("src"));
        return new Scanned(ids, links, noAlt);
    }

    /** The first line of the source that writes the link (or its anchor); 0 when not found. */
    private static final Pattern WRITTEN_FRAGMENT = Pattern.compile("#([^\\s)\\]\"'>]+)");

    private int lineOf(String source, String url, String fragment) {
        try {
            List<String> lines = sourceLines.get(source);
            if (lines == null) {
                lines = Files.readAllLines(root.resolve(source), StandardCharsets.UTF_8);
                sourceLines.put(source, lines);
            }
            List<String> needles = new ArrayList<>();
            String md = url.replaceAll("^(\\.\\./)+", "");
            needles.add(url);
            if (!fragment.isEmpty()) needles.add("#" + fragment);
            needles.add(md.replace("/index.html", ".md"));
            for (String needle : needles) {
                for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
            }
            // the page's link says "#chuong-ix" where the editor wrote "#chương-ix": folded as the renderer folds it
            if (!fragment.isEmpty()) {
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = WRITTEN_FRAGMENT.matcher(lines.get(i));
                    while (m.find()) if (Anchors.fold(m.group(1)).equals(fragment)) return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
