package vn.antq.site.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.TestSite;
import vn.antq.site.content.Problems;
import vn.antq.site.model.Glossary;
import vn.antq.site.model.Site;
import vn.antq.site.references.ReferenceScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A body without raw HTML is decorated and cut into sections on the flexmark tree; one with
 * raw HTML on the jsoup tree the sanitizer leaves. Every Markdown file under content/ (or
 * under {@code -Dbody-paths.source=DIR}'s, a larger corpus) is rendered both ways, with the
 * site's own glossary and document links, and must give the same HTML (compared once both are
 * parsed: the two serialise void tags and quotes differently), headings, sections (but for
 * two readings of the flexmark walk, see {@link #comparable}) and citations.
 */
class BodyPathsTest {

    @Test
    void everyContentFileRendersTheSameThroughFlexmarkAndThroughJsoup(@TempDir Path out) throws IOException {
        Path source = Path.of(System.getProperty("body-paths.source", TestSite.PROJECT.toString()));
        Site[] site = new Site[1];
        Glossary[] glossary = new Glossary[1];
        new Build(new BuildOptions(source, out.resolve("site"), null, false, false), new vn.antq.site.content.Messages(), n -> { })
                .run((staged, s, bodies, g, problems) -> {
                    site[0] = s;
                    glossary[0] = g;
                }, false);
        assertTrue(site[0] != null, "the site builds");
        Decorations decorations = new Decorations(site[0].documentPathsByKey(), glossary[0].abbreviations());
        MarkdownRenderer flexmark = new MarkdownRenderer(decorations);
        MarkdownRenderer jsoup = new MarkdownRenderer(decorations, true);
        Map<String, String> outputs = site[0].outputPathBySource();
        Map<String, String> selfKeys = new java.util.HashMap<>();
        for (vn.antq.site.model.Document d : site[0].documents()) {
            if (!d.meta().blank().contains("number")) selfKeys.put(d.sourcePath(), ReferenceScanner.key(d.number()));
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(source.resolve("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Path file : files) {
            String path = source.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file);
            int bodyLine = 1;
            String body = text;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 3);
                if (end < 0) continue;
                body = text.substring(end + 5);
                bodyLine = (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
            }
            String output = outputs.getOrDefault(path, path.replace(".md", "/index.html"));
            String self = selfKeys.get(path);
            Rendered a = flexmark.render(path, body, bodyLine, output, outputs::get, new Problems(new vn.antq.site.content.Messages()), self);
            Rendered b = jsoup.render(path, body, bodyLine, output, outputs::get, new Problems(new vn.antq.site.content.Messages()), self);
            compared++;
            String htmlA = normalised(a.html()), htmlB = normalised(b.html());
            if (!htmlA.equals(htmlB)) differences.add(path + ": HTML " + firstDifference(htmlA, htmlB));
            if (!a.headings().equals(b.headings())) differences.add(path + ": headings " + a.headings() + " / " + b.headings());
            if (!comparable(a.sections()).equals(comparable(b.sections()))) {
                differences.add(path + ": sections " + firstDifference(comparable(a.sections()), comparable(b.sections())));
            }
            if (!a.citations().equals(b.citations())) differences.add(path + ": citations " + firstDifference(a.citations(), b.citations()));
        }
        assertTrue(compared >= Math.min(10, files.size()) && compared > 0, "files compared: " + compared);
        if (!differences.isEmpty()) {
            fail(differences.size() + " differences in " + compared + " files:\n" + String.join("\n", differences.subList(0, Math.min(40, differences.size()))));
        }
        System.out.println("body paths agree on " + compared + " Markdown files under " + source.resolve("content"));
    }

    private static final Pattern SEPARATOR_LINE = Pattern.compile("(?m)^:?-+:?(?:\n|$)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=\\p{Punct})");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" (?=[,.;:!?)])");

    /**
     * The sections without two readings the flexmark walk has always made, kept so the search
     * files stay as they were (see {@code FlexmarkTextWalk}), taken out of both sides: a
     * table's separator row ("---", ":--:"), which the page does not show, and inline code
     * read from the Markdown with its escapes resolved and its spaces kept ({@code `1\.`}
     * read "1.", {@code `- [ ] `} leaving a space before the next comma).
     */
    private static List<SectionText> comparable(List<SectionText> sections) {
        List<SectionText> out = new ArrayList<>();
        for (SectionText s : sections) {
            String text = SEPARATOR_LINE.matcher(s.text()).replaceAll("").strip();
            text = SPACE_BEFORE_PUNCTUATION.matcher(ESCAPE.matcher(text).replaceAll("")).replaceAll("");
            out.add(new SectionText(s.anchor(), s.heading(), text));
        }
        return out;
    }

    /** The HTML as jsoup writes it once parsed: both paths' markup in one serialisation. */
    private static String normalised(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        d.outputSettings().prettyPrint(false);
        return d.body().html();
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int from = Math.max(0, i - 60);
        return "at " + i + ":\n  flexmark: " + a.substring(from, Math.min(a.length(), i + 80)).replace("\n", "⏎")
                + "\n  jsoup:    " + b.substring(from, Math.min(b.length(), i + 80)).replace("\n", "⏎");
    }

    private static <T> String firstDifference(List<T> a, List<T> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) return "at " + i + ": " + firstDifference(a.get(i).toString(), b.get(i).toString());
        }
        return "sizes " + a.size() + " / " + b.size() + (a.size() > b.size() ? ", flexmark has " + a.get(b.size()) : ", jsoup has " + b.get(a.size()));
    }
}
