package vn.antq.site.search;

import vn.antq.site.markdown.SectionText;

import java.util.Arrays;
import java.util.List;

/**
 * A page's section texts cut into passages of at most {@link #PASSAGE_CHARS} characters, and
 * the passages grouped into chunks of at most {@link #CHUNK_CHARS}: a posting names the passage
 * where its term weighs most, a result shows that passage, and the client loads only that
 * passage's chunk (a few kilobytes, however long the page).
 *
 * <p>A passage's code is {@code (chunk << 6 | place in chunk) + 1}; 0 means "no passage" (a term
 * only in the title or metadata). The client finds the chunk from the code alone.
 */
public final class Passages {
    /** Longest passage: a little more than the snippet a result shows. */
    static final int PASSAGE_CHARS = 500;
    /** Text of a chunk file (headings included): about 4 kB of UTF-8 for Vietnamese. */
    static final int CHUNK_CHARS = 3000;
    /** Passages of a chunk, and chunks of a page, the code can hold. */
    static final int CHUNK_PASSAGES = 64, MAX_CHUNKS = 4096;

    private int[] section = new int[16], start = new int[16], end = new int[16], code = new int[16];
    private int count;
    /** Passages with a code: the first ones (codes stop past the last chunk). */
    private int coded;

    private Passages() {}

    /** No passages yet: for an index read back from its files, which {@link #add}s them. */
    static Passages empty() {
        return new Passages();
    }

    /** The passages of {@code sections}: every section has at least one, even when it has only a heading. */
    public static Passages of(List<SectionText> sections) {
        Passages p = new Passages();
        int chunk = 0, inChunk = 0, chars = 0;
        for (int s = 0; s < sections.size(); s++) {
            SectionText sec = sections.get(s);
            String text = sec.text();
            int from = 0;
            boolean first = true;
            do {
                int to = cut(text, from);
                int size = to - from + (first || inChunk == 0 ? sec.heading().length() : 0);
                if (inChunk > 0 && (chars + size > CHUNK_CHARS || inChunk == CHUNK_PASSAGES)) {
                    chunk++;
                    inChunk = 0;
                    chars = 0;
                    size = to - from + sec.heading().length();
                }
                // past the last chunk a code can name (a page of over 12 million characters), the
                // text still counts for ranking but no result points into it
                p.add(s, from, to, chunk < MAX_CHUNKS ? (chunk << 6 | inChunk) + 1 : 0);
                inChunk++;
                chars += size;
                first = false;
                from = to;
                while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\n')) from++;
            } while (from < text.length());
        }
        return p;
    }

    /** End of the passage that starts at {@code from}: at a line break or space in its second half, if any. */
    static int cut(String text, int from) {
        int limit = from + PASSAGE_CHARS;
        if (limit >= text.length()) return text.length();
        int half = from + PASSAGE_CHARS / 2;
        int at = text.lastIndexOf('\n', limit);
        if (at > half) return at;
        at = text.lastIndexOf(' ', limit);
        if (at > half) return at;
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    void add(int s, int from, int to, int c) {
        if (count == section.length) {
            int n = count * 2;
            section = Arrays.copyOf(section, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            code = Arrays.copyOf(code, n);
        }
        section[count] = s;
        start[count] = from;
        end[count] = to;
        code[count++] = c;
        if (c != 0) coded = count;
    }

    public int count() { return count; }
    /** Index of the passage's section in the page's sections. */
    public int section(int i) { return section[i]; }
    public int start(int i) { return start[i]; }
    public int end(int i) { return end[i]; }
    public int code(int i) { return code[i]; }

    /** The chunk a passage code points into (0 for code 0: a result without a passage shows the page's opening). */
    public static int chunkOf(int code) {
        return code == 0 ? 0 : (code - 1) >> 6;
    }

    /** The passage of {@code code}, or -1 (codes increase with the passages). */
    int indexOf(int code) {
        if (code == 0) return -1;
        int i = Arrays.binarySearch(this.code, 0, coded, code);
        return i >= 0 ? i : -1;
    }
}
