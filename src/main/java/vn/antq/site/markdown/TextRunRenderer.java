package vn.antq.site.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
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

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Renders runs of text (text nodes joined by soft line breaks, as a browser sees them). When
 * the document carries {@link Runs}, each run is written as a mark, later replaced by the run
 * as a {@link FlexmarkTextWalk} decorated it: cited numbers become links, first abbreviations
 * get {@code <abbr>}. Doing this on the flexmark tree spares a second parse of the HTML, the
 * costliest part of rendering a large site.
 */
final class TextRunRenderer implements NodeRenderer {
    static final DataKey<Runs> RUNS = new DataKey<>("ANTQ_RUNS", (Runs) null);

    /**
     * One page's runs: the renderer's marks, then the runs decorated and escaped, one after the
     * other as UTF-8, in the order the walk told them, which must be the order the renderer
     * wrote them (checked run by run).
     */
    static final class Runs implements TextDecorator.Output<Node> {
        private final Utf8Buffer runs;
        private int[] runEnds = new int[64];
        /** The node each run the walk told starts at. */
        private Node[] starts = new Node[64];
        private int runCount;
        /** The node each run the renderer wrote starts at. */
        private Node[] rendered = new Node[64];
        private int renderedCount;

        /** @param runs a buffer the thread reuses from page to page */
        Runs(Utf8Buffer runs) {
            this.runs = runs.clear();
        }

        @Override
        public void run(Node at, String text, char[] chars, List<TextDecorator.Span> spans) {
            write(chars, spans, runs);
            if (runCount == runEnds.length) {
                runEnds = Arrays.copyOf(runEnds, runCount * 2);
                starts = Arrays.copyOf(starts, runCount * 2);
            }
            starts[runCount] = at;
            runEnds[runCount++] = runs.mark();
        }

        /** The renderer writes the run starting at {@code node}. */
        private void rendered(Node node) {
            if (renderedCount == rendered.length) rendered = Arrays.copyOf(rendered, renderedCount * 2);
            rendered[renderedCount++] = node;
        }

        /**
         * The rendered HTML with each run's mark replaced by the run, as UTF-8 (encoded into
         * {@code out}, a buffer the thread reuses). flexmark's writer looks
         * at every character it is given, one by one; the runs are most of a page's text, so
         * it is given one mark ({@code U+0000}, which parsed Markdown never holds) instead.
         */
        Utf8Text fill(String html, Utf8Buffer out) {
            for (int i = 0; i < Math.min(runCount, renderedCount); i++) {
                if (starts[i] != rendered[i]) {
                    throw new IllegalStateException("text run " + i + " rendered at " + rendered[i].getStartOffset()
                            + " but told at " + starts[i].getStartOffset() + ": the walk and the renderer disagree on the text");
                }
            }
            out.clear();
            int done = 0, next = 0;
            for (int at = html.indexOf(RUN_MARK); at >= 0; at = html.indexOf(RUN_MARK, done)) {
                if (next == runCount) break;
                out.append(html, done, at).append(runs, next == 0 ? 0 : runEnds[next - 1], runEnds[next]);
                next++;
                done = at + 1;
            }
            if (next != runCount || renderedCount != runCount || html.indexOf(RUN_MARK, done) >= 0) {
                throw new IllegalStateException(runCount + " text runs told, " + renderedCount + " rendered, " + next + "+ marks");
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

    private void render(Node node, NodeRendererContext ctx, HtmlWriter html) {
        // a run is written whole by its first node
        if (FlexmarkTextWalk.isRunPart(node.getPrevious())) return;
        Runs runs = ctx.getDocument().get(RUNS);
        if (runs != null) {
            runs.rendered(node);
            html.raw(RUN_MARK_STRING);
            return;
        }
        // not decorated (raw HTML follows the other path): the run as it is
        StringBuilder sb = new StringBuilder();
        for (Node n = node; FlexmarkTextWalk.isRunPart(n); n = n.getNext()) {
            if (n instanceof Text t) sb.append(text(t.getChars()));
            else sb.append(ctx.getHtmlOptions().softBreak);
        }
        char[] chars = sb.toString().toCharArray();
        Utf8Buffer out = new Utf8Buffer(chars.length + 16);
        write(chars, List.of(), out);
        html.raw(new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Markdown text with backslash escapes and entities resolved (the common case has neither). */
    static String text(BasedSequence chars) {
        // a piece of the source is cut from it directly: flexmark copies it char by char
        String s = chars.getBase() instanceof String base && chars.getEndOffset() - chars.getStartOffset() == chars.length()
                ? base.substring(chars.getStartOffset(), chars.getEndOffset()) : chars.toString();
        if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0) s = chars.unescape();
        return s.indexOf('\r') >= 0 ? Escaping.normalizeEOL(s) : s;
    }

    /** A run's text escaped, its spans made into links and abbreviations. */
    private static void write(char[] chars, List<TextDecorator.Span> spans, Utf8Buffer out) {
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
    }

    /** HTML-escapes {@code s[from, to)} as flexmark does for text: {@code & < > "}. */
    static void escape(char[] s, int from, int to, Utf8Buffer out) {
        out.appendEscaped(s, from, to - from);
    }
}
