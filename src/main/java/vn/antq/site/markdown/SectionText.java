package vn.antq.site.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text of a rendered page cut at its headings (and footnotes), for the search
 * index: each piece becomes a sub-result linking to its anchor.
 *
 * @param anchor  id of the heading or footnote ("" for the text before the first heading)
 * @param heading the heading's text ("" before the first heading)
 */
public record SectionText(String anchor, String heading, String text) {

    /** {@code sections} kept in {@code spill} when it is on disk (one read per section), else in the heap. */
    public static List<SectionText> keptIn(List<SectionText> sections, vn.antq.site.text.Spill spill) {
        return spill.onDisk() ? SpilledSections.of(sections, spill) : List.copyOf(sections);
    }

    /** Gathers the sections of one page as a walk over either tree reports its text. */
    static Collector collector() {
        return new Collector();
    }

    /**
     * Text gathered section by section, normalised as it comes: runs of spaces become one
     * space, a line break swallows the spaces around it, and the ends are stripped. A heading's
     * own text is its section's name, not part of its text.
     */
    static final class Collector extends SectionTracker<Object> {
        private final List<SectionText> out = new ArrayList<>();
        private char[] text = new char[4096];
        /** Chars on their way in. */
        private char[] scratch = new char[1024];
        private int length;
        /** Whitespace seen since the last character kept: none, a space, or a line break. */
        private int pending;
        private static final int NONE = 0, SPACE = 1, NEWLINE = 2;
        private String anchor = "", heading = "";

        private Collector() {}

        /** The sections, once the walk is over. */
        List<SectionText> finish() {
            flush();
            return out;
        }

        @Override
        void section(int level, TextDecorator.Section s) {
            start(s.anchor(), s.heading());
        }

        @Override
        public void text(Object at, String text, boolean quoted) {
            if (!inHeading) append(text, false);
        }

        @Override
        public void shown(String text) {
            if (!inHeading) append(text, true);
        }

        @Override
        public void code(String text) {
            if (inHeading) return;
            lineBreak();
            append(text, true);
            lineBreak();
        }

        @Override
        public void lineBreak() {
            if (!inHeading) pending = NEWLINE;
        }

        private void start(String anchor, String heading) {
            flush();
            this.anchor = anchor;
            this.heading = heading;
        }

        private void flush() {
            String s = new String(text, 0, length);
            if (!s.isEmpty() || !heading.isEmpty()) out.add(new SectionText(anchor, heading, s));
            length = 0;
            pending = NONE;
        }

        /**
         * Appends {@code s}; each char kept takes at most two places (a space before it).
         *
         * @param newlines whether a line break in {@code s} is one in the text (else a space, as
         *                 in running text)
         */
        private void append(String s, boolean newlines) {
            int n0 = s.length();
            if (scratch.length < n0) scratch = new char[Math.max(n0, scratch.length * 2)];
            s.getChars(0, n0, scratch, 0);
            if (length + 2 * n0 > text.length) text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, length + 2 * n0));
            char[] c = scratch, t = text;
            int n = length, p = pending;
            for (int i = 0; i < n0; i++) {
                char ch = c[i];
                if (ch == '\n' && newlines) {
                    p = NEWLINE;
                } else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') {
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
    }
}
