package vn.antq.site.markdown;

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
 * for one page, text piece by text piece in reading order, fed by {@link Decorating} from
 * either tree's walk: flexmark's before its HTML is rendered ({@link FlexmarkTextWalk},
 * {@link TextRunRenderer}), the jsoup tree of cleaned raw HTML ({@link JsoupTextWalk}).
 */
final class TextDecorator {
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

    /**
     * @param <N> the tree node a run of text comes from
     * @param out where each run's decoration goes (escaped into the page, or made into nodes)
     */
    <N> Decorating<N> decorating(Pass pass, Output<N> out) {
        return new Decorating<>(pass, out);
    }

    /** Writes the decoration of a run of text into the tree it comes from. */
    interface Output<N> {
        /** @param spans what to replace in {@code text} (= {@code chars}), in order; often none */
        void run(N at, String text, char[] chars, List<Span> spans);
    }

    /**
     * The decoration of one page's text as a walk reports it, from either tree: tracks the
     * section (a heading of levels 2–4, or a footnote) and decorates each run through its
     * {@link Pass}, text in headings and links cited but left as it is.
     */
    static final class Decorating<N> extends SectionTracker<N> {
        private final Pass pass;
        private final Output<N> out;
        private Section current = Section.NONE;

        private Decorating(Pass pass, Output<N> out) {
            this.pass = pass;
            this.out = out;
        }

        @Override
        void section(int level, Section section) {
            // a heading's own text starts its section; a footnote is one
            if (level == 0 || level >= 2 && level <= 4) current = section;
        }

        @Override
        public void text(N at, String text, boolean quoted) {
            char[] chars = text.toCharArray(); // scanned and escaped from an array: this sees every character of the site
            List<Span> spans = text.isBlank() ? List.of() : pass.spans(text, chars, current, quoted || inHeading);
            out.run(at, text, chars, spans);
        }

        @Override
        public void shown(String text) {}

        @Override
        public void code(String text) {}

        @Override
        public void lineBreak() {}
    }
}
