package vn.antq.site.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import vn.antq.site.references.Citation;
import vn.antq.site.references.LegalReference;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.text.Folding;
import vn.antq.site.text.Urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the text of a rendered page: records every cited document number with the section
 * it is in, links numbers that have a page, and marks the first occurrence of each glossary
 * abbreviation in every section with {@code <abbr title>}.
 */
final class TextDecorator {
    private static final Set<String> SKIP = Set.of("a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style");

    private final ReferenceScanner scanner;
    private final Decorations decorations;
    private final Pattern abbreviations;

    TextDecorator(ReferenceScanner scanner, Decorations decorations, Pattern abbreviations) {
        this.scanner = scanner;
        this.decorations = decorations;
        this.abbreviations = abbreviations;
    }

    /** The pattern matching any of the abbreviations as a whole word, longest first. */
    static Pattern abbreviationPattern(Set<String> terms) {
        if (terms.isEmpty()) return null;
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
    }

    private record Span(int start, int end, Element replacement) {}

    /**
     * @param selfKey    number key of the page being rendered (not linked to itself), or null
     * @param outputPath the page's output path, for relative links
     */
    List<Citation> decorate(Element body, String selfKey, String outputPath) {
        List<Citation> citations = new ArrayList<>();
        List<TextNode> texts = new ArrayList<>();
        String[] section = {"", ""};
        List<String[]> sectionOfText = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            String[] current = section;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.tagName().matches("h[2-4]") && !e.id().isEmpty()) {
                        current = new String[] {e.id(), e.text()};
                    } else if (e.tagName().equals("li") && e.id().startsWith("fn-")) {
                        current = new String[] {e.id(), "[" + e.id().substring(3) + "]"};
                    }
                } else if (node instanceof TextNode t && !t.isBlank()) {
                    texts.add(t);
                    sectionOfText.add(current);
                }
            }

            @Override
            public void tail(Node node, int depth) {}
        }, body);

        Set<String> seenAbbr = new HashSet<>();
        String[] lastSection = null;
        for (int i = 0; i < texts.size(); i++) {
            TextNode t = texts.get(i);
            String[] sec = sectionOfText.get(i);
            if (sec != lastSection) {
                seenAbbr.clear();
                lastSection = sec;
            }
            boolean skip = insideSkipped(t);
            String text = t.getWholeText();
            List<Span> spans = new ArrayList<>();
            for (LegalReference r : scanner.scan(text)) {
                citations.add(new Citation(r.key(), r.number(), r.type(), sec[0], sec[1]));
                String target = decorations.documentPaths().get(r.key());
                if (!skip && target != null && !r.key().equals(selfKey)) {
                    Element a = new Element("a").attr("href", Urls.relative(outputPath, target)).addClass("ref")
                            .text(text.substring(r.start(), r.end()));
                    spans.add(new Span(r.start(), r.end(), a));
                }
            }
            // text in capitals ("CÔNG AN THÀNH PHỐ") is a title, not a place for abbreviations
            if (!skip && abbreviations != null && !Folding.mostlyCapitals(text)) {
                Matcher m = abbreviations.matcher(text);
                while (m.find()) {
                    String term = m.group(1);
                    if (!seenAbbr.add(term)) continue;
                    int s = m.start(1), e = m.end(1);
                    if (spans.stream().anyMatch(sp -> s < sp.end() && e > sp.start())) continue;
                    spans.add(new Span(s, e, new Element("abbr").attr("title", decorations.abbreviations().get(term)).text(term)));
                }
            }
            if (spans.isEmpty()) continue;
            spans.sort(Comparator.comparingInt(Span::start));
            int pos = 0;
            for (Span sp : spans) {
                if (sp.start() > pos) t.before(new TextNode(text.substring(pos, sp.start())));
                t.before(sp.replacement());
                pos = sp.end();
            }
            if (pos < text.length()) t.before(new TextNode(text.substring(pos)));
            t.remove();
        }
        return citations;
    }


    private static boolean insideSkipped(Node n) {
        for (Node p = n.parentNode(); p instanceof Element e; p = p.parentNode()) {
            if (SKIP.contains(e.tagName())) return true;
        }
        return false;
    }
}
