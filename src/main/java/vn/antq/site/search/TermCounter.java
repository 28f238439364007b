package vn.antq.site.search;

import vn.antq.site.markdown.SectionText;

import java.util.List;

/**
 * Counts the terms of one page at a time: every syllable by its exact spelling and every pair
 * of adjacent syllables, weighted by field (see {@link SearchIndex#W_TITLE}), then cut by
 * partition of the keys for {@link Postings}. Not thread-safe: each thread borrows one from a
 * {@link vn.antq.site.tasks.BufferPool} and reuses it from page to page (its {@link WordReader}
 * keeps a table of the words it has seen).
 */
final class TermCounter implements WordReader.Sink {
    /**
     * One page's term counts, by partition: keys, values (weighted tf × 4 + title code) and the
     * code of the passage where each weighs most (0: none, see {@link Passages}); the page's
     * weighted length, and its passages.
     */
    record PageTerms(long[][] keys, int[][] values, int[][] passages, int length, Passages cut) {}

    private final WordReader reader;
    private final LongIntMap tf = new LongIntMap(4096);
    /** The passage being read: its counts. */
    private final LongIntMap passage = new LongIntMap(512);
    /** Per key: code of the passage where it weighs most, × 4096, + its weighted tf there (capped). */
    private final LongIntMap best = new LongIntMap(4096);
    /** Where {@link #word} counts: the page's counts for the title and metadata, else the passage's. */
    private LongIntMap into;
    private int passageCode;
    private final LongIntMap.Entry keepBest = this::keepBest;
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
        best.clear();
        into = tf;
        // presence in the title or metadata also counts on its own, unsaturated by the body
        int length = field(doc.title(), SearchIndex.W_TITLE, true, true) + field(doc.meta(), SearchIndex.W_META, true, true);
        List<SectionText> sections = List.copyOf(doc.sections()); // read once: it may be on disk
        Passages cut = Passages.of(sections);
        into = passage;
        for (int i = 0; i < cut.count(); i++) {
            SectionText sec = sections.get(cut.section(i));
            boolean first = i == 0 || cut.section(i - 1) != cut.section(i);
            passage.clear();
            if (first) length += field(sec.heading(), SearchIndex.W_HEADING, false, true);
            String text = sec.text();
            String piece = cut.start(i) == 0 && cut.end(i) == text.length() ? text : text.substring(cut.start(i), cut.end(i));
            // a pair across two passages of one section still counts (in the second)
            length += field(piece, SearchIndex.W_BODY, false, first);
            passageCode = cut.code(i);
            passage.forEach(keepBest);
        }
        return split(doc.type() != null ? 2 : 1, parts, length, cut);
    }

    /** Adds a passage's count of a key to the page's, and keeps the passage if the key weighs most there. */
    private void keepBest(long key, int counted) {
        tf.add(key, counted);
        if (passageCode == 0) return;
        int weighed = Math.min(counted >> 2, 4095), old = best.get(key);
        if (old < 0 || (old & 4095) < weighed) best.put(key, passageCode << 12 | weighed);
    }

    /**
     * Adds a field's syllables and pairs to the current counts, kept ×4 so the two low bits can
     * carry the title code; returns the field's weighted length.
     *
     * @param fresh whether the field starts a run of text (no pair with the word before it)
     */
    private int field(String text, int weight, boolean title, boolean fresh) {
        if (text == null || text.isEmpty()) return 0;
        this.weight = weight;
        this.inTitle = title;
        if (fresh) previous = -1;
        tokens = 0;
        reader.forEach(text, this);
        return tokens * weight;
    }

    @Override
    public void word(Vocabulary.Word w) {
        int folded = w.folded();
        if (inTitle) titled.put(folded, 0);
        into.add(TermKey.syllable(folded, w.exact()), weight * 4);
        if (previous >= 0) into.add(TermKey.pair(previous, folded), weight * 4);
        previous = folded;
        tokens++;
    }

    /** The counts cut by partition; a syllable of the title or metadata gets the title code. */
    private PageTerms split(int titleCode, int parts, int length, Passages cut) {
        long[] all = tf.keys();
        int[] part = new int[all.length];
        int[] sizes = new int[parts];
        for (int i = 0; i < all.length; i++) sizes[part[i] = partition(all[i], parts)]++;
        long[][] keys = new long[parts][];
        int[][] values = new int[parts][];
        int[][] passages = new int[parts][];
        for (int p = 0; p < parts; p++) {
            keys[p] = new long[sizes[p]];
            values[p] = new int[sizes[p]];
            passages[p] = new int[sizes[p]];
            sizes[p] = 0;
        }
        for (int i = 0; i < all.length; i++) {
            long key = all[i];
            int p = part[i], k = sizes[p]++;
            int v = tf.get(key);
            if (!TermKey.isPair(key) && titled.get(TermKey.first(key)) >= 0) v = (v & ~3) | titleCode;
            keys[p][k] = key;
            values[p][k] = v;
            int b = best.get(key);
            passages[p][k] = b < 0 ? 0 : b >>> 12;
        }
        return new PageTerms(keys, values, passages, length, cut);
    }
}
