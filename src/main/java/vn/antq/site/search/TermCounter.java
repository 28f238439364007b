package vn.antq.site.search;

import vn.antq.site.markdown.SectionText;

/**
 * Counts the terms of one page at a time: every syllable by its exact spelling and every pair
 * of adjacent syllables, weighted by field (see {@link SearchIndex#W_TITLE}), then cut by
 * partition of the keys for {@link Postings}. Not thread-safe: each thread borrows one from a
 * {@link vn.antq.site.tasks.BufferPool} and reuses it from page to page (its {@link WordReader}
 * keeps a table of the words it has seen).
 */
final class TermCounter implements WordReader.Sink {
    /**
     * One page's term counts, by partition: keys and values (weighted tf × 4 + title code), and
     * the page's weighted length.
     */
    record PageTerms(long[][] keys, int[][] values, int length) {}

    private final WordReader reader;
    private final LongIntMap tf = new LongIntMap(4096);
    /** Folded ids of the title's and metadata's syllables (a set: values unused). */
    private final LongIntMap titled = new LongIntMap(64);
    /** The field being read: its weight, whether it is the title or metadata, the previous folded id, its tokens. */
    private int weight;
    private boolean inTitle;
    private int previous, tokens;

    TermCounter(Vocabulary vocabulary) {
        reader = new WordReader(vocabulary);
    }

    /** The partition of the keys {@code key} belongs to, out of {@code parts}. */
    static int partition(long key, int parts) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) ((h >>> 40) % parts);
    }

    /** Counts one page's syllables (by spelling) and pairs. */
    PageTerms count(SearchDocument doc, int parts) {
        tf.clear();
        titled.clear();
        // presence in the title or metadata also counts on its own, unsaturated by the body
        int length = field(doc.title(), SearchIndex.W_TITLE, true) + field(doc.meta(), SearchIndex.W_META, true);
        for (SectionText sec : doc.sections()) {
            length += field(sec.heading(), SearchIndex.W_HEADING, false) + field(sec.text(), SearchIndex.W_BODY, false);
        }
        return split(doc.type() != null ? 2 : 1, parts, length);
    }

    /**
     * Adds a field's syllables and pairs to the page's counts, kept ×4 so the two low bits can
     * carry the title code; returns the field's weighted length.
     */
    private int field(String text, int weight, boolean title) {
        if (text == null || text.isEmpty()) return 0;
        this.weight = weight;
        this.inTitle = title;
        previous = -1;
        tokens = 0;
        reader.forEach(text, this);
        return tokens * weight;
    }

    @Override
    public void word(Vocabulary.Word w) {
        int folded = w.folded();
        if (inTitle) titled.put(folded, 0);
        tf.add(TermKey.syllable(folded, w.exact()), weight * 4);
        if (previous >= 0) tf.add(TermKey.pair(previous, folded), weight * 4);
        previous = folded;
        tokens++;
    }

    /** The counts cut by partition; a syllable of the title or metadata gets the title code. */
    private PageTerms split(int titleCode, int parts, int length) {
        long[] all = tf.keys();
        int[] part = new int[all.length];
        int[] sizes = new int[parts];
        for (int i = 0; i < all.length; i++) sizes[part[i] = partition(all[i], parts)]++;
        long[][] keys = new long[parts][];
        int[][] values = new int[parts][];
        for (int p = 0; p < parts; p++) {
            keys[p] = new long[sizes[p]];
            values[p] = new int[sizes[p]];
            sizes[p] = 0;
        }
        for (int i = 0; i < all.length; i++) {
            long key = all[i];
            int p = part[i], k = sizes[p]++;
            int v = tf.get(key);
            if (!TermKey.isPair(key) && titled.get(TermKey.first(key)) >= 0) v = (v & ~3) | titleCode;
            keys[p][k] = key;
            values[p][k] = v;
        }
        return new PageTerms(keys, values, length);
    }
}
