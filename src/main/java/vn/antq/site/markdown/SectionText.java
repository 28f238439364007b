package vn.antq.site.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The plain text of a rendered page cut at its headings (and footnotes), for the search
 * index: each piece becomes a sub-result linking to its anchor.
 *
 * @param anchor  id of the heading or footnote ("" for the text before the first heading)
 * @param heading the heading's text ("" before the first heading)
 */
public record SectionText(String anchor, String heading, String text) {

    /**
     * From a flexmark tree, in the order the page shows it: the text, then the footnotes that
     * are referenced, by number.
     *
     * @param ids      heading → its id
     * @param headings heading → its text
     */
    static List<SectionText> extract(com.vladsch.flexmark.util.ast.Document doc,
                                     Map<com.vladsch.flexmark.util.ast.Node, String> ids,
                                     Map<com.vladsch.flexmark.util.ast.Node, String> headings) {
        Collector c = new Collector();
        List<FootnoteBlock> footnotes = new ArrayList<>();
        c.visitChildren(doc, ids, headings, footnotes);
        footnotes.sort(Comparator.comparingInt(FootnoteBlock::getFootnoteOrdinal));
        for (FootnoteBlock fb : footnotes) {
            c.start(TextDecorator.Section.footnote(fb));
            c.visitChildren(fb, ids, headings, null);
        }
        return c.finish();
    }

    /**
     * Text gathered section by section, normalised as it comes: runs of spaces become one
     * space, a line break swallows the spaces around it, and the ends are stripped.
     */
    private static final class Collector {
        final List<SectionText> out = new ArrayList<>();
        private char[] text = new char[4096];
        /** Chars on their way in (from a string, a piece of the source). */
        private char[] scratch = new char[1024];
        private int length;
        /** Whitespace seen since the last character kept: none, a space, or a line break. */
        private int pending;
        private static final int NONE = 0, SPACE = 1, NEWLINE = 2;
        String anchor = "", heading = "";

        void start(String anchor, String heading) {
            flush();
            this.anchor = anchor;
            this.heading = heading;
        }

        void start(TextDecorator.Section section) {
            start(section.anchor(), section.heading());
        }

        void flush() {
            String s = new String(text, 0, length);
            if (!s.isEmpty() || !heading.isEmpty()) out.add(new SectionText(anchor, heading, s));
            length = 0;
            pending = NONE;
        }

        List<SectionText> finish() {
            flush();
            return out;
        }

        void append(char c) {
            scratch[0] = c;
            append(scratch, 0, 1);
        }

        void append(CharSequence s) {
            int n = s.length();
            if (scratch.length < n) scratch = new char[Math.max(n, scratch.length * 2)];
            if (s instanceof String str) str.getChars(0, n, scratch, 0);
            else for (int i = 0; i < n; i++) scratch[i] = s.charAt(i);
            append(scratch, 0, n);
        }

        /** Appends {@code c[from, to)}; each char kept takes at most two places (a space before it). */
        private void append(char[] c, int from, int to) {
            if (length + 2 * (to - from) > text.length) text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, length + 2 * (to - from)));
            char[] t = text;
            int n = length, p = pending;
            for (int i = from; i < to; i++) {
                char ch = c[i];
                if (ch == '\n') {
                    p = NEWLINE;
                } else if (ch == ' ' || ch == '\t' || ch == '\u000B' || ch == '\f' || ch == '\r') {
                    if (p == NONE) p = SPACE;
                } else {
                    if (p != NONE && n > 0) t[n++] = p == NEWLINE ? '\n' : ' ';
                    p = NONE;
                    t[n++] = ch;
                }
            }
            length = n;
            pending = p;
        }

        /** A text run: straight from the source when it is a plain piece of it (as {@link TextRunRenderer#text}). */
        void append(BasedSequence chars) {
            if (chars.getBase() instanceof String base && chars.getEndOffset() - chars.getStartOffset() == chars.length()) {
                int start = chars.getStartOffset(), n = chars.length();
                if (scratch.length < n) scratch = new char[Math.max(n, scratch.length * 2)];
                base.getChars(start, start + n, scratch, 0);
                boolean plain = true;
                for (int i = 0; i < n && plain; i++) {
                    char c = scratch[i];
                    plain = c != '\\' && c != '&' && c != '\r'; // escapes, entities, CR line ends: the long way
                }
                if (plain) {
                    append(scratch, 0, n);
                    return;
                }
            }
            append(TextRunRenderer.text(chars));
        }

        /** @param footnotes where referenced footnotes are put aside (they come last), or null inside one */
        void visitChildren(com.vladsch.flexmark.util.ast.Node parent, Map<com.vladsch.flexmark.util.ast.Node, String> ids,
                           Map<com.vladsch.flexmark.util.ast.Node, String> headings, List<FootnoteBlock> footnotes) {
            for (com.vladsch.flexmark.util.ast.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Heading h) {
                    start(ids.getOrDefault(h, ""), headings.getOrDefault(h, ""));
                } else if (n instanceof FootnoteBlock fb) {
                    if (footnotes != null && fb.isReferenced()) footnotes.add(fb);
                } else if (n instanceof Text t) {
                    append(t.getChars());
                } else if (n instanceof SoftLineBreak) {
                    append(' ');
                } else if (n instanceof HardLineBreak) {
                    append('\n');
                } else if (n instanceof HtmlEntity e) {
                    append(Escaping.unescapeHtml(e.getChars()));
                } else if (n instanceof Code code) {
                    append(code.getText().unescape());
                } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof CodeBlock) {
                    append('\n');
                    append((CharSequence) ((Block) n).getContentChars()); // code as written, not unescaped
                    append('\n');
                } else if (n instanceof Image || n instanceof ImageRef || n instanceof Footnote) {
                    // alt text and footnote numbers are not running text
                } else {
                    boolean block = n instanceof Block || n instanceof TableCell || n instanceof TableRow;
                    if (block) append('\n');
                    visitChildren(n, ids, headings, footnotes);
                    if (block) append('\n');
                }
            }
        }
    }

    /** From a jsoup tree (cleaned raw HTML). */
    static List<SectionText> extract(Element body) {
        Collector c = new Collector();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) return;
                if (node instanceof Element e) {
                    if (e.tagName().matches("h[1-6]") && !e.id().isEmpty()) {
                        c.start(e.id(), e.text());
                        skipDepth = depth;
                    } else if (e.tagName().equals("li") && e.id().startsWith(TextDecorator.Section.FOOTNOTE_PREFIX)) {
                        c.start(TextDecorator.Section.footnote(e.id()));
                    } else if (e.isBlock() || e.tagName().equals("br")) {
                        c.append('\n');
                    }
                } else if (node instanceof TextNode t) {
                    c.append(t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) skipDepth = -1;
            }
        }, body);
        return c.finish();
    }
}
