package vn.antq.site.search;

/**
 * A term of the index packed into one {@code long}: a syllable (its folded id and its exact
 * spelling's id, see {@link Vocabulary}) or a pair of adjacent syllables (two folded ids). A
 * page's counts and the postings are kept in primitive maps ({@link LongIntMap}) keyed this
 * way: tens of millions of (term, page) entries at national scale, and keys as objects were
 * most of the index's time and memory. Only this class knows the layout.
 */
final class TermKey {
    private TermKey() {}

    /** Bit 62 tells a pair from a syllable; ids take 31 bits each below it (so a key is never negative). */
    private static final long PAIR = 1L << 62;
    private static final int ID_BITS = 31, ID_MASK = (1 << ID_BITS) - 1;

    /** The key of a syllable as spelled. */
    static long syllable(int folded, int exact) {
        return ((long) folded << ID_BITS) | exact;
    }

    /** The key of two adjacent syllables, by their folded forms. */
    static long pair(int foldedFirst, int foldedSecond) {
        return PAIR | ((long) foldedFirst << ID_BITS) | foldedSecond;
    }

    static boolean isPair(long key) {
        return (key & PAIR) != 0;
    }

    /** A syllable's folded id, or a pair's first folded id. */
    static int first(long key) {
        return (int) (key >>> ID_BITS) & ID_MASK;
    }

    /** A syllable's exact-spelling id, or a pair's second folded id. */
    static int second(long key) {
        return (int) key & ID_MASK;
    }
}
