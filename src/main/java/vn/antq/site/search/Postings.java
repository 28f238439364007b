package vn.antq.site.search;

import java.util.Arrays;

/**
 * The postings of one partition of the term keys, as they come: (slot, value, passage) triples page after
 * page, then cut into one list per key. Appending to one array instead of to a list per key
 * spares a jump to a different list for every one of a national site's tens of millions of
 * postings. Not thread-safe: one task appends to a partition at a time.
 */
final class Postings {
    private final LongIntMap slots = new LongIntMap(1 << 16);
    /** Slot → its key, and how many postings it has. */
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int slotCount;
    /** (slot, value, passage) triples in page order, and where each page's triples end. */
    private int[] entries = new int[3 << 15];
    private int size;
    private int[] pageEnds = new int[256];
    private int pages;

    /** Appends page {@code doc}'s terms of partition {@code part} (pages come in order, each once). */
    void appendPage(TermCounter.PageTerms page, int part, int doc) {
        long[] keys = page.keys()[part];
        int[] values = page.values()[part], passages = page.passages()[part];
        for (int k = 0; k < keys.length; k++) add(keys[k], values[k], passages[k]);
        endPage(doc);
    }

    private void add(long key, int value, int passage) {
        int slot = slots.get(key);
        if (slot < 0) {
            slot = slotCount++;
            if (slot == keys.length) {
                keys = Arrays.copyOf(keys, slot * 2);
                counts = Arrays.copyOf(counts, slot * 2);
            }
            slots.put(key, slot);
            keys[slot] = key;
        }
        counts[slot]++;
        if (size + 3 > entries.length) entries = Arrays.copyOf(entries, entries.length * 2);
        entries[size++] = slot;
        entries[size++] = value;
        entries[size++] = passage;
    }

    private void endPage(int doc) {
        if (doc != pages) throw new IllegalStateException("page " + doc + " after " + pages);
        if (pages == pageEnds.length) pageEnds = Arrays.copyOf(pageEnds, pages * 2);
        pageEnds[pages++] = size;
    }

    /** The key of a slot of {@link #lists()}. */
    long key(int slot) {
        return keys[slot];
    }

    /** Slot → [doc, value, passage, doc, value, passage, ...] in doc order; the triples as they came are dropped. */
    int[][] lists() {
        int[][] out = new int[slotCount][];
        for (int s = 0; s < slotCount; s++) out[s] = new int[counts[s] * 3];
        int[] filled = new int[slotCount];
        int e = 0;
        for (int d = 0; d < pages; d++) {
            for (int end = pageEnds[d]; e < end; e += 3) {
                int s = entries[e], f = filled[s];
                out[s][f] = d;
                out[s][f + 1] = entries[e + 1];
                out[s][f + 2] = entries[e + 2];
                filled[s] = f + 3;
            }
        }
        entries = null;
        return out;
    }
}
