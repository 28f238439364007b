package vn.antq.site.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks the jsoup tree of a body with raw HTML, once cleaned, telling a {@link TextVisitor} its
 * text as {@link FlexmarkTextWalk} tells the same text from Markdown alone: what Markdown
 * writes (headings with their ids, footnotes, code, links) is told the same way, raw HTML
 * as what it looks like.
 */
final class JsoupTextWalk {
    private final TextVisitor<? super TextNode> to;
    private final Map<String, String> headings;

    private JsoupTextWalk(TextVisitor<? super TextNode> to, Map<String, String> headings) {
        this.to = to;
        this.headings = headings;
    }

    /**
     * @param headings id → text of the body's Markdown headings (as flexmark reads them, for
     *                 the table of contents); a heading of raw HTML is read from the tree
     */
    static void walk(Element body, Map<String, String> headings, TextVisitor<? super TextNode> to) {
        new JsoupTextWalk(to, headings).children(body, false);
    }

    private void children(Element parent, boolean quoted) {
        // a copy: the visitor may replace the text nodes it is told
        for (Node n : new ArrayList<>(parent.childNodes())) {
            if (n instanceof TextNode t) {
                if (isTaskBox(t.previousSibling()) && t.getWholeText().startsWith("\u00A0")) {
                    // the space flexmark writes after a task's box is not the task's text
                    if (t.getWholeText().length() == 1) continue;
                    t = t.splitText(1);
                }
                to.text(t, t.getWholeText(), quoted);
            } else if (n instanceof Element e) {
                element(e, quoted);
            }
        }
    }

    private void element(Element e, boolean quoted) {
        String tag = e.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            if (e.id().isEmpty()) {
                block(e, true);
            } else {
                to.startHeading(tag.charAt(1) - '0', e.id(), headings.getOrDefault(e.id(), e.text()));
                children(e, true);
                to.endHeading();
            }
            return;
        }
        switch (tag) {
            case "pre" -> to.code(e.wholeText());
            case "code" -> to.shown(e.wholeText());
            case "br" -> to.lineBreak();
            case "script", "style", "img", "input" -> { }
            case "a" -> {
                // a footnote's number and its way back are not running text
                if (!e.hasClass("footnote-ref") && !e.hasClass("footnote-backref")) children(e, true);
            }
            case "abbr" -> children(e, true);
            case "li" -> {
                if (e.id().startsWith(TextDecorator.Section.FOOTNOTE_PREFIX)) to.startFootnote(e.id());
                block(e, quoted);
            }
            default -> {
                if (e.isBlock()) block(e, quoted);
                else children(e, quoted);
            }
        }
    }

    private static boolean isTaskBox(Node n) {
        return n instanceof Element e && e.normalName().equals("input") && e.hasClass("task-list-item-checkbox");
    }

    private void block(Element e, boolean quoted) {
        to.lineBreak();
        children(e, quoted);
        to.lineBreak();
    }

    /** Decorated runs made into nodes: links and abbreviations around the text they take. */
    static final class Decorated implements TextDecorator.Output<TextNode> {
        @Override
        public void run(TextNode t, String text, char[] chars, List<TextDecorator.Span> spans) {
            if (spans.isEmpty()) return;
            int pos = 0;
            for (TextDecorator.Span sp : spans) {
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
    }
}
