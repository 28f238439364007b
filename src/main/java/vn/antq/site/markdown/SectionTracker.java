package vn.antq.site.markdown;

/**
 * A {@link TextVisitor} that knows whether the text is a heading's own, and is told where each
 * section starts: at a heading (of any level) or a footnote. The decoration and the section text
 * cut the body alike.
 */
abstract class SectionTracker<N> implements TextVisitor<N> {
    /** Whether the text now reported is a heading's own. */
    protected boolean inHeading;

    /**
     * A section starts.
     *
     * @param level the heading's level, or 0 for a footnote
     */
    abstract void section(int level, TextDecorator.Section section);

    @Override
    public void startHeading(int level, String id, String text) {
        section(level, new TextDecorator.Section(id, text));
        inHeading = true;
    }

    @Override
    public void endHeading() {
        inHeading = false;
    }

    @Override
    public void startFootnote(String id) {
        section(0, TextDecorator.Section.footnote(id));
    }
}
