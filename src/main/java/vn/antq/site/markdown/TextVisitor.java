package vn.antq.site.markdown;

/**
 * What a walk over a rendered body reports, in reading order: the same events whether the
 * walk is over flexmark's tree (Markdown alone, {@link FlexmarkTextWalk}) or over the jsoup
 * tree of cleaned raw HTML ({@link JsoupTextWalk}), so what is made of the text — the
 * decoration ({@link TextDecorator.Decorating}) and the text by section ({@link SectionText})
 * — is written once for both.
 *
 * @param <N> the tree's node a run of text comes from, for whoever writes its decoration
 */
interface TextVisitor<N> {
    /** A heading with an id starts: its own text follows, then {@link #endHeading}. */
    void startHeading(int level, String id, String text);

    void endHeading();

    /** A footnote's text follows ({@code id} "fn-3"); footnotes come after the body's text. */
    void startFootnote(String id);

    /**
     * A run of running text as a reader sees it: text nodes joined, a line break in it is a
     * space. Cited and decorated; {@code quoted} (inside a link or a heading): cited only.
     */
    void text(N at, String text, boolean quoted);

    /** Other text on the page, neither cited nor decorated: inline code, an entity between runs. */
    void shown(String text);

    /** A code block's text, as written (its line breaks kept). */
    void code(String text);

    /** A block starts or ends, or a hard line break. */
    void lineBreak();

    /** Both visitors, {@code a} first, told every event. */
    static <N> TextVisitor<N> both(TextVisitor<? super N> a, TextVisitor<? super N> b) {
        return new TextVisitor<>() {
            @Override
            public void startHeading(int level, String id, String text) {
                a.startHeading(level, id, text);
                b.startHeading(level, id, text);
            }

            @Override
            public void endHeading() {
                a.endHeading();
                b.endHeading();
            }

            @Override
            public void startFootnote(String id) {
                a.startFootnote(id);
                b.startFootnote(id);
            }

            @Override
            public void text(N at, String text, boolean quoted) {
                a.text(at, text, quoted);
                b.text(at, text, quoted);
            }

            @Override
            public void shown(String text) {
                a.shown(text);
                b.shown(text);
            }

            @Override
            public void code(String text) {
                a.code(text);
                b.code(text);
            }

            @Override
            public void lineBreak() {
                a.lineBreak();
                b.lineBreak();
            }
        };
    }
}
