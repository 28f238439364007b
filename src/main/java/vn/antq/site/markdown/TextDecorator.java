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

/**
 * Decorates the running text of a page: records every cited document number with the
 * section it is in, links numbers that have a page, and marks the first occurrence of each
 * glossary abbreviation in every section with {@code <abbr title>}. A {@link Pass} does this
 * for one page, text piece by text piece in reading order; Markdown without raw HTML feeds it
 * from the flexmark tree while rendering ({@link TextRunRenderer}), cleaned raw HTML from a
 * jsoup tree ({@link #decorate}).
 */
final class TextDecorator {
    private static final Set<String> SKIP = Set.of("a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style");

    private final ReferenceScanner scanner;
    private final Decorations decorations;
    private final AbbreviationFinder abbreviations;

    TextDecorator(ReferenceScanner scanner, Decorations decorations) {
        this.scanner = scanner;
        this.decorations = decorations;
        this.abbreviations = new AbbreviationFinder(decorations.abbreviations().keySet());
    }

    /** A heading (or footnote) and the text under it; compared by identity. */
    record Section(String anchor, String heading) {
        static final Section NONE = new Section("", "");
        /** Footnote ids are "fn-" and the footnote's number, as flexmark writes them. */
        static final String FOOTNOTE_PREFIX = "fn-";

        /** The section of a footnote, from its element id ("fn-3" → anchor "fn-3", heading "[3]"). */
        static Section footnote(String id) {
            return new Section(id, "[" + id.substring(FOOTNOTE_PREFIX.length()) + "]");
        }

        static Section footnote(com.vladsch.flexmark.ext.footnotes.FootnoteBlock block) {
            return footnote(FOOTNOTE_PREFIX + block.getFootnoteOrdinal());
        }
    }

    /**
     * A stretch of text to replace: a link ({@code href} set) or an abbreviation ({@code title}
     * set), its text being {@code text[start, end)}.
     */
    record Span(int start, int end, String href, String title) {}

    /**
     * @param selfKey    number key of the page being decorated (not linked to itself), or null
     * @param outputPath the page's output path, for relative links
     */
    Pass pass(String selfKey, String outputPath) {
        return new Pass(selfKey, outputPath);
    }

    /** The decoration of one page: feed it the page's text pieces in reading order. */
    final class Pass {
        private final String selfKey;
        private final String outputPath;
        private final List<Citation> citations = new ArrayList<>();
        private final Set<String> seenAbbr = new HashSet<>();
        private Section lastSection;

        private Pass(String selfKey, String outputPath) {
            this.selfKey = selfKey;
            this.outputPath = outputPath;
        }

        /** The numbers cited so far, in reading order. */
        List<Citation> citations() {
            return citations;
        }

        /**
         * Records the citations in {@code text} and returns what to replace, in order.
         *
         * @param skip whether the text is inside a link, code or a heading: cited, not decorated
         */
        List<Span> spans(String text, char[] chars, Section section, boolean skip) {
            if (section != lastSection) {
                seenAbbr.clear();
                lastSection = section;
            }
            List<Span> spans = null;
            List<LegalReference> refs = scanner.scan(text, chars);
            for (LegalReference r : refs) {
                citations.add(new Citation(r.key(), r.number(), r.type(), section.anchor(), section.heading()));
                String target = decorations.documentPaths().get(r.key());
                if (!skip && target != null && !r.key().equals(selfKey)) {
                    if (spans == null) spans = new ArrayList<>();
                    spans.add(new Span(r.start(), r.end(), Urls.relative(outputPath, target), null));
                }
            }
            List<AbbreviationFinder.Match> found = skip || abbreviations.isEmpty() ? List.of() : abbreviations.find(text);
            // text in capitals ("CÔNG AN THÀNH PHỐ") is a title, not a place for abbreviations
            if (!found.isEmpty() && !Folding.mostlyCapitals(text)) {
                for (AbbreviationFinder.Match m : found) {
                    String term = m.term();
                    if (seenAbbr.contains(term)) continue;
                    int s = m.start(), e = m.end();
                    // never inside a document number ("07/CT-BCA-V28"), linked or not
                    if (refs.stream().anyMatch(r -> s < r.end() && e > r.start())) continue;
                    seenAbbr.add(term);
                    if (spans == null) spans = new ArrayList<>();
                    spans.add(new Span(s, e, null, decorations.abbreviations().get(term)));
                }
            }
            if (spans == null) return List.of();
            spans.sort(Comparator.comparingInt(Span::start));
            return spans;
        }
    }

    /** Decorates a jsoup tree (cleaned raw HTML) in place; returns the citations. */
    List<Citation> decorate(Element body, String selfKey, String outputPath) {
        List<TextNode> texts = new ArrayList<>();
        List<Section> sectionOfText = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            Section current = Section.NONE;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.tagName().matches("h[2-4]") && !e.id().isEmpty()) {
                        current = new Section(e.id(), e.text());
                    } else if (e.tagName().equals("li") && e.id().startsWith(Section.FOOTNOTE_PREFIX)) {
                        current = Section.footnote(e.id());
                    }
                } else if (node instanceof TextNode t && !t.isBlank()) {
                    texts.add(t);
                    sectionOfText.add(current);
                }
            }

            @Override
            public void tail(Node node, int depth) {}
        }, body);

        Pass pass = pass(selfKey, outputPath);
        for (int i = 0; i < texts.size(); i++) {
            TextNode t = texts.get(i);
            String text = t.getWholeText();
            List<Span> spans = pass.spans(text, text.toCharArray(), sectionOfText.get(i), insideSkipped(t));
            if (spans.isEmpty()) continue;
            int pos = 0;
            for (Span sp : spans) {
                if (sp.start() > pos) t.before(new TextNode(text.substring(pos, sp.start())));
                String inner = text.substring(sp.start(), sp.end());
                t.before(sp.href() != null
                        ? new Element("a").attr("href", sp.href()).addClass("ref").text(inner)
                        : new Element("abbr").attr("title", sp.title()).text(inner));
                pos = sp.end();
            }
            if (pos < text.length()) t.before(new TextNode(text.substring(pos)));
            t.remove();
        }
        return pass.citations();
    }

    private static boolean insideSkipped(Node n) {
        for (Node p = n.parentNode(); p instanceof Element e; p = p.parentNode()) {
            if (SKIP.contains(e.tagName())) return true;
        }
        return false;
    }
}
