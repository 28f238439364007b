package vn.antq.site.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Walks a flexmark tree (Markdown without raw HTML) in the order the renderer writes it — the
 * body, then the footnotes referenced, by number — telling a {@link TextVisitor} its text.
 * Each run of text is one {@link TextRunRenderer} wrote a mark for (text nodes and soft breaks
 * side by side; what flexmark writes itself, as code and alt text, is not a run), so the runs
 * are decorated and put in place of their marks. Walked after rendering, which numbers the
 * footnotes.
 */
final class FlexmarkTextWalk {
    private final TextVisitor<? super Node> to;
    private final Map<Node, String> ids;
    private final Map<Node, String> headings;
    private final String softBreak;
    private final StringBuilder run = new StringBuilder();

    private FlexmarkTextWalk(TextVisitor<? super Node> to, Map<Node, String> ids, Map<Node, String> headings, String softBreak) {
        this.to = to;
        this.ids = ids;
        this.headings = headings;
        this.softBreak = softBreak;
    }

    /**
     * @param ids       heading → its id
     * @param headings  heading → its text
     * @param softBreak what the renderer writes for a soft line break
     */
    static void walk(Document doc, Map<Node, String> ids, Map<Node, String> headings, String softBreak,
                     TextVisitor<? super Node> to) {
        FlexmarkTextWalk walk = new FlexmarkTextWalk(to, ids, headings, softBreak);
        List<FootnoteBlock> footnotes = new ArrayList<>();
        walk.children(doc, false, footnotes);
        footnotes.sort(Comparator.comparingInt(FootnoteBlock::getFootnoteOrdinal));
        for (FootnoteBlock fb : footnotes) {
            to.startFootnote(TextDecorator.Section.footnote(fb).anchor());
            walk.children(fb, false, null);
        }
    }

    /**
     * @param quoted    inside a link or a heading
     * @param footnotes where referenced footnotes are put aside (they come last), or null inside one
     */
    private void children(Node parent, boolean quoted, List<FootnoteBlock> footnotes) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text || n instanceof SoftLineBreak) {
                n = run(n, quoted);
            } else if (n instanceof Heading h) {
                to.startHeading(h.getLevel(), ids.getOrDefault(h, ""), headings.getOrDefault(h, ""));
                children(h, true, footnotes);
                to.endHeading();
            } else if (n instanceof FootnoteBlock fb) {
                if (footnotes != null && fb.isReferenced()) footnotes.add(fb);
            } else if (n instanceof HardLineBreak) {
                to.lineBreak();
            } else if (n instanceof HtmlEntity e) {
                to.shown(Escaping.unescapeHtml(e.getChars()));
            } else if (n instanceof Code code) {
                // read from the Markdown, escapes resolved, spaces and line breaks kept (the page
                // shows `1\.` as written, spaces collapsed): kept so the search files stay as
                // they were, see BodyPathsTest
                to.shown(code.getText().unescape());
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof CodeBlock) {
                to.code(((Block) n).getContentChars().toString()); // as written, not unescaped
            } else if (n instanceof AutoLink || n instanceof MailLink) {
                // "<https://...>": the address is the link's text
                to.shown(((DelimitedLinkNode) n).getText().toString());
            } else if (n instanceof Image || n instanceof ImageRef img && img.isDefined()) {
                // alt text is not running text
            } else if (n instanceof ImageRef img) {
                to.shown(img.getChars().toString()); // written as it is
            } else if (n instanceof Footnote f) {
                // a footnote's number is not running text; one nothing defines is written as it is
                if (f.getFootnoteBlock() == null) written(f, quoted, footnotes);
            } else if (n instanceof LinkRef ref && !ref.isDefined()) {
                // "[95/2026/NĐ-CP]" that no reference defines: plain text, brackets and all
                written(ref, quoted, footnotes);
            } else if (n instanceof TableSeparator) {
                // not on the page; its dashes have always been in the search text (kept so the
                // search files stay as they were, see BodyPathsTest)
                to.lineBreak();
                unrendered(n);
                to.lineBreak();
            } else {
                boolean block = n instanceof Block || n instanceof TableCell || n instanceof TableRow;
                if (block) to.lineBreak();
                children(n, quoted || n instanceof Link || n instanceof LinkRef, footnotes);
                if (block) to.lineBreak();
            }
        }
    }

    /** A node written as its source around its children, which are rendered (an undefined reference). */
    private void written(Node n, boolean quoted, List<FootnoteBlock> footnotes) {
        BasedSequence all = n.getChars();
        Node first = n.getFirstChild(), last = n.getLastChild();
        if (first == null) {
            to.shown(all.toString());
            return;
        }
        if (first.getStartOffset() < all.getStartOffset() || last.getEndOffset() > all.getEndOffset()) {
            children(n, quoted, footnotes); // the runs the renderer wrote, at least
            return;
        }
        to.shown(all.baseSubSequence(all.getStartOffset(), first.getStartOffset()).toString());
        children(n, quoted, footnotes);
        to.shown(all.baseSubSequence(last.getEndOffset(), all.getEndOffset()).toString());
    }

    /** The text of nodes the renderer does not write, as it has been in the search text. */
    private void unrendered(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                to.shown(TextRunRenderer.text(t.getChars()));
            } else if (n instanceof SoftLineBreak) {
                to.shown(" ");
            } else {
                boolean block = n instanceof Block || n instanceof TableCell || n instanceof TableRow;
                if (block) to.lineBreak();
                unrendered(n);
                if (block) to.lineBreak();
            }
        }
    }

    /** Tells the run starting at {@code first} (joined as a browser sees it); returns its last node. */
    private Node run(Node first, boolean quoted) {
        Node last = first;
        String text;
        if (first instanceof Text t && !isRunPart(first.getNext())) {
            text = TextRunRenderer.text(t.getChars());
        } else {
            run.setLength(0);
            for (Node n = first; isRunPart(n); n = n.getNext()) {
                if (n instanceof Text t) run.append(TextRunRenderer.text(t.getChars()));
                else run.append(softBreak);
                last = n;
            }
            text = run.toString();
        }
        to.text(first, text, quoted);
        return last;
    }

    static boolean isRunPart(Node n) {
        return n instanceof Text || n instanceof SoftLineBreak;
    }
}
