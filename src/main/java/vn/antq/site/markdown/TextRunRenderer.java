package vn.antq.site.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import vn.antq.site.text.Utf8Buffer;
import vn.antq.site.text.Utf8Text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders runs of text (text nodes joined by soft line breaks, as a browser sees them) and,
 * when the document carries a {@link Decorating}, decorates each run as it is written: cited
 * numbers become links, first abbreviations get {@code <abbr>}. Doing this on the flexmark
 * tree spares a second parse of the HTML, the costliest part of rendering a large site.
 */
final class TextRunRenderer implements NodeRenderer {
    static final DataKey<Decorating> DECORATING = new DataKey<>("ANTQ_DECORATING", (Decorating) null);

    /**
     * One page's decoration state.
     *
     * @param headings the section each heading (levels 2–4) starts
     */
    static final class Decorating {
        private final TextDecorator.Pass pass;
        private final Map<Node, TextDecorator.Section> headings;
        private final Map<Node, TextDecorator.Section> footnotes = new IdentityHashMap<>();
        private TextDecorator.Section current = TextDecorator.Section.NONE;
        /** The runs, decorated and escaped, one after the other as UTF-8; where each ends. */
        private final Utf8Buffer runs;
        private int[] runEnds = new int[64];
        private int runCount;

        /** @param runs a buffer the thread reuses from page to page */
        Decorating(TextDecorator.Pass pass, Map<Node, TextDecorator.Section> headings, Utf8Buffer runs) {
            this.pass = pass;
            this.headings = headings;
            this.runs = runs.clear();
        }

        private void endRun() {
            if (runCount == runEnds.length) runEnds = java.util.Arrays.copyOf(runEnds, runCount * 2);
            runEnds[runCount++] = runs.mark();
        }

        /**
         * The rendered HTML with each run's mark replaced by the run, as UTF-8 (encoded into
         * {@code out}, a buffer the thread reuses). flexmark's writer looks
         * at every character it is given, one by one; the runs are most of a page's text, so
         * it is given one mark ({@code U+0000}, which parsed Markdown never holds) instead.
         */
        Utf8Text fill(String html, Utf8Buffer out) {
            out.clear();
            int done = 0, next = 0;
            for (int at = html.indexOf(RUN_MARK); at >= 0; at = html.indexOf(RUN_MARK, done)) {
                if (next == runCount) break;
                out.append(html, done, at).append(runs, next == 0 ? 0 : runEnds[next - 1], runEnds[next]);
                next++;
                done = at + 1;
            }
            if (next != runCount || html.indexOf(RUN_MARK, done) >= 0) {
                throw new IllegalStateException(runCount + " text runs, " + next + "+ marks");
            }
            return out.append(html, done, html.length()).toUtf8Text();
        }
    }

    private static final char RUN_MARK = '\0';
    private static final String RUN_MARK_STRING = String.valueOf(RUN_MARK);

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (node, ctx, html) -> render(node, ctx, html)),
                new NodeRenderingHandler<>(SoftLineBreak.class, (node, ctx, html) -> render(node, ctx, html)));
    }

    private static boolean isRunPart(Node n) {
        return n instanceof Text || n instanceof SoftLineBreak;
    }

    private void render(Node node, NodeRendererContext ctx, HtmlWriter html) {
        // a run is written whole by its first node
        if (isRunPart(node.getPrevious())) return;
        String text;
        if (node instanceof Text t && !isRunPart(node.getNext())) {
            text = text(t.getChars());
        } else {
            String softBreak = ctx.getHtmlOptions().softBreak;
            StringBuilder sb = new StringBuilder();
            for (Node n = node; isRunPart(n); n = n.getNext()) {
                if (n instanceof Text t) sb.append(text(t.getChars()));
                else sb.append(softBreak);
            }
            text = sb.toString();
        }
        Decorating d = ctx.getDocument().get(DECORATING);
        char[] chars = text.toCharArray(); // escaped from an array: this loop sees every character of the site
        List<TextDecorator.Span> spans = d == null || text.isBlank() ? List.of() : d.pass.spans(text, chars, section(node, d), skipped(node));
        Utf8Buffer out = d == null ? new Utf8Buffer(text.length() + 16) : d.runs;
        int pos = 0;
        for (TextDecorator.Span sp : spans) {
            escape(chars, pos, sp.start(), out);
            if (sp.href() != null) {
                out.append("<a href=\"");
                escape(sp.href().toCharArray(), 0, sp.href().length(), out);
                out.append("\" class=\"ref\">");
                escape(chars, sp.start(), sp.end(), out);
                out.append("</a>");
            } else {
                out.append("<abbr title=\"");
                escape(sp.title().toCharArray(), 0, sp.title().length(), out);
                out.append("\">");
                escape(chars, sp.start(), sp.end(), out);
                out.append("</abbr>");
            }
            pos = sp.end();
        }
        escape(chars, pos, chars.length, out);
        if (d == null) {
            html.raw(new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            html.raw(RUN_MARK_STRING);
            d.endRun();
        }
    }

    /** Markdown text with backslash escapes and entities resolved (the common case has neither). */
    static String text(BasedSequence chars) {
        // a piece of the source is cut from it directly: flexmark copies it char by char
        String s = chars.getBase() instanceof String base && chars.getEndOffset() - chars.getStartOffset() == chars.length()
                ? base.substring(chars.getStartOffset(), chars.getEndOffset()) : chars.toString();
        if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0) s = chars.unescape();
        return s.indexOf('\r') >= 0 ? Escaping.normalizeEOL(s) : s;
    }

    /** The section a run belongs to; a heading's own text starts its section. */
    private static TextDecorator.Section section(Node node, Decorating d) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof FootnoteBlock fb) {
                return d.footnotes.computeIfAbsent(fb, k -> TextDecorator.Section.footnote(fb));
            }
            if (p instanceof Heading) {
                TextDecorator.Section s = d.headings.get(p);
                if (s != null) d.current = s;
                return d.current;
            }
        }
        return d.current;
    }

    /**
     * Text in links, code, images and headings is scanned for citations but left as it is. A
     * reference nothing defines ("[95/2026/NĐ-CP]" written in brackets) is plain text, as the
     * browser shows it: it is decorated, as the raw-HTML path does.
     */
    private static boolean skipped(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof LinkRef ref && !ref.isDefined() || p instanceof ImageRef img && !img.isDefined()) continue;
            if (p instanceof Link || p instanceof LinkRef || p instanceof AutoLink || p instanceof MailLink
                    || p instanceof Code || p instanceof Heading || p instanceof Image || p instanceof ImageRef) {
                return true;
            }
        }
        return false;
    }

    /** HTML-escapes {@code s[from, to)} as flexmark does for text: {@code & < > "}. */
    static void escape(char[] s, int from, int to, Utf8Buffer out) {
        out.appendEscaped(s, from, to - from);
    }
}
