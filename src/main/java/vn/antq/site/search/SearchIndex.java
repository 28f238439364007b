package vn.antq.site.search;

import vn.antq.site.markdown.SectionText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index: for every folded syllable and every pair of adjacent syllables, the
 * pages containing it with a precomputed BM25 impact (field-weighted term frequency
 * normalised by page length), split by exact spelling so diacritics-exact matches can rank
 * higher. Long posting lists keep only the highest impacts, so no query has to download
 * them whole.
 */
public final class SearchIndex {
    static final double K1 = 1.2, B = 0.75;
    /** Field weights: title above headings and metadata, above body. */
    static final int W_TITLE = 4, W_META = 2, W_HEADING = 2, W_BODY = 1;
    /** Most postings kept per spelling of a term. */
    static final int MAX_POSTINGS = 1000;
    /** Text kept per section and per page for excerpts, sub-results and phrase checks. */
    static final int SECTION_CHARS = 600, PAGE_CHARS = 12000;

    /**
     * Postings of one term: exact spelling → [doc, value, doc, value, ...] by doc id, where
     * value = impact × 4 + title code (0: not in the title or metadata, 1: in them, 2: in them
     * and the page is a document — readers mostly look for documents).
     */
    public record Term(int df, Map<String, int[]> variants) {}

    /** What the client loads per result: title, address, and the capped section texts. */
    public record Excerpt(String title, String url, String kind, String detail, List<SectionText> sections) {}

    final List<SearchDocument> docs;
    final Map<String, Term> terms;
    final List<Excerpt> excerpts;
    /** Abbreviations and their expansions, both as folded token lists. */
    final List<List<List<String>>> expansions;

    private SearchIndex(List<SearchDocument> docs, Map<String, Term> terms, List<Excerpt> excerpts,
                        List<List<List<String>>> expansions) {
        this.docs = docs;
        this.terms = terms;
        this.excerpts = excerpts;
        this.expansions = expansions;
    }

    /** An index read back from its published files. */
    static SearchIndex of(List<SearchDocument> docs, Map<String, Term> terms, List<Excerpt> excerpts,
                          List<List<List<String>>> expansions) {
        return new SearchIndex(docs, terms, excerpts, expansions);
    }

    public int size() { return docs.size(); }
    public Map<String, Term> terms() { return terms; }
    public List<Excerpt> excerpts() { return excerpts; }
    public List<SearchDocument> docs() { return docs; }
    public List<List<List<String>>> expansions() { return expansions; }

    /**
     * Terms are numbered so a page's counts and the postings can be kept in primitive maps: a
     * key holds a syllable (folded id and exact-spelling id) or a pair of syllables (two
     * folded ids), see {@link Vocabulary}.
     */
    private static final long PAIR = 1L << 62;
    private static final int ID_BITS = 31, ID_MASK = (1 << ID_BITS) - 1;

    private static long syllableKey(Vocabulary.Word w) {
        return ((long) w.folded() << ID_BITS) | w.exact();
    }

    private static long pairKey(int foldedA, int foldedB) {
        return PAIR | ((long) foldedA << ID_BITS) | foldedB;
    }

    /** One page's term counts, by partition: keys and values (weighted tf × 4 + title code). */
    private record PageTerms(long[][] keys, int[][] values) {}

    /** @param abbreviations abbreviation → expansion, from the glossary */
    public static SearchIndex build(List<SearchDocument> docs, Map<String, String> abbreviations) {
        int n = docs.size();
        Vocabulary vocabulary = new Vocabulary();
        // pages are counted in parallel batches, then their postings appended in page order
        // by one task per partition of the keys; memory holds one batch of page counts at a time
        final int parts = 4;
        List<Postings> postings = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) postings.add(new Postings());
        int[] length = new int[n];
        ThreadLocal<LongIntMap> counts = ThreadLocal.withInitial(() -> new LongIntMap(4096));
        ThreadLocal<WordReader> readers = ThreadLocal.withInitial(() -> new WordReader(vocabulary));
        final int batch = 256;
        for (int from = 0; from < n; from += batch) {
            int to = Math.min(n, from + batch);
            List<PageTerms> local = java.util.stream.IntStream.range(from, to).parallel()
                    .mapToObj(d -> count(docs.get(d), readers.get(), counts.get(), length, d, parts)).toList();
            final int first = from;
            java.util.stream.IntStream.range(0, parts).parallel().forEach(p -> {
                Postings part = postings.get(p);
                for (int i = 0; i < local.size(); i++) {
                    long[] keys = local.get(i).keys()[p];
                    int[] values = local.get(i).values()[p];
                    for (int k = 0; k < keys.length; k++) part.add(keys[k], values[k]);
                    part.endPage(first + i);
                }
            });
        }
        double avg = 0;
        for (int l : length) avg += l;
        avg = n == 0 ? 1 : Math.max(1, avg / n);
        final double average = avg;
        // impacts, capped lists, and terms by their published keys
        Map<String, Term> terms = new java.util.concurrent.ConcurrentSkipListMap<>();
        postings.parallelStream().forEach(part -> {
            Map<Integer, Map<String, int[]>> syllables = new HashMap<>();
            int[][] lists = part.lists();
            for (int slot = 0; slot < lists.length; slot++) {
                long key = part.keys[slot];
                int[] flat = lists[slot];
                lists[slot] = null;
                for (int i = 0; i < flat.length; i += 2) {
                    int d = flat[i], counted = flat[i + 1];
                    flat[i + 1] = impact(counted >> 2, length[d], average) * 4 + (counted & 3);
                }
                int a = (int) (key >>> ID_BITS) & ID_MASK, b = (int) key & ID_MASK;
                if ((key & PAIR) != 0) {
                    int df = flat.length / 2;
                    if (df > MAX_POSTINGS) flat = strongest(flat, MAX_POSTINGS);
                    terms.put(Tokenizer.bigram(vocabulary.folded(a), vocabulary.folded(b)), new Term(df, Map.of("", flat)));
                } else {
                    syllables.computeIfAbsent(a, k -> new TreeMap<>()).put(vocabulary.exact(b), flat);
                }
            }
            // a syllable's spellings share its key's partition only by chance: merge them below
            syllables.forEach((folded, variants) -> terms.merge(vocabulary.folded(folded), new Term(0, variants), (x, y) -> {
                Map<String, int[]> all = new TreeMap<>(x.variants());
                all.putAll(y.variants());
                return new Term(0, all);
            }));
        });
        terms.replaceAll((key, term) -> term.df() > 0 ? term : syllable(term.variants()));
        List<Excerpt> excerpts = new ArrayList<>(n);
        for (SearchDocument doc : docs) excerpts.add(excerpt(doc));
        List<List<List<String>>> expansions = new ArrayList<>();
        for (Map.Entry<String, String> a : new TreeMap<>(abbreviations).entrySet()) {
            List<String> abbr = folded(a.getKey());
            List<String> full = folded(a.getValue());
            if (!abbr.isEmpty() && !full.isEmpty() && !abbr.equals(full)) expansions.add(List.of(abbr, full));
        }
        return new SearchIndex(docs, new TreeMap<>(terms), excerpts, expansions);
    }

    /** A syllable's term: pages with any spelling count once for its df; each spelling's list is capped. */
    private static Term syllable(Map<String, int[]> variants) {
        int df;
        if (variants.size() == 1) {
            df = variants.values().iterator().next().length / 2;
        } else {
            java.util.BitSet all = new java.util.BitSet();
            for (int[] flat : variants.values()) for (int i = 0; i < flat.length; i += 2) all.set(flat[i]);
            df = all.cardinality();
        }
        Map<String, int[]> capped = new TreeMap<>();
        variants.forEach((v, flat) -> capped.put(v, flat.length / 2 > MAX_POSTINGS ? strongest(flat, MAX_POSTINGS) : flat));
        return new Term(df, capped);
    }

    private static int partition(long key, int parts) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) ((h >>> 40) % parts);
    }

    /**
     * The postings of one partition of the keys, as they come: (slot, value) pairs page after
     * page, then cut into one list per key. Appending to one array instead of to a list per key
     * spares a jump to a different list for every one of a national site's tens of millions of
     * postings.
     */
    private static final class Postings {
        final LongIntMap slots = new LongIntMap(1 << 16);
        /** Slot → its key, and how many postings it has. */
        long[] keys = new long[1024];
        int[] counts = new int[1024];
        int slotCount;
        /** (slot, value) pairs in page order, and where each page's pairs end. */
        int[] entries = new int[1 << 16];
        int size;
        int[] pageEnds = new int[256];
        int pages;

        void add(long key, int value) {
            int slot = slots.get(key);
            if (slot < 0) {
                slot = slotCount++;
                if (slot == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, slot * 2);
                    counts = java.util.Arrays.copyOf(counts, slot * 2);
                }
                slots.put(key, slot);
                keys[slot] = key;
            }
            counts[slot]++;
            if (size + 2 > entries.length) entries = java.util.Arrays.copyOf(entries, entries.length * 2);
            entries[size++] = slot;
            entries[size++] = value;
        }

        /** Ends the postings of page {@code doc} (pages come in order, each once). */
        void endPage(int doc) {
            if (doc != pages) throw new IllegalStateException("page " + doc + " after " + pages);
            if (pages == pageEnds.length) pageEnds = java.util.Arrays.copyOf(pageEnds, pages * 2);
            pageEnds[pages++] = size;
        }

        /** Slot → [doc, value, doc, value, ...] in doc order; the pairs as they came are dropped. */
        int[][] lists() {
            int[][] out = new int[slotCount][];
            for (int s = 0; s < slotCount; s++) out[s] = new int[counts[s] * 2];
            int[] filled = new int[slotCount];
            int e = 0;
            for (int d = 0; d < pages; d++) {
                for (int end = pageEnds[d]; e < end; e += 2) {
                    int s = entries[e], f = filled[s];
                    out[s][f] = d;
                    out[s][f + 1] = entries[e + 1];
                    filled[s] = f + 2;
                }
            }
            entries = null;
            return out;
        }
    }

    /** Counts one page's syllables (by spelling) and pairs; records its weighted length. */
    private static PageTerms count(SearchDocument doc, WordReader reader, LongIntMap tf, int[] length, int d, int parts) {
        tf.clear();
        // presence in the title or metadata also counts on its own, unsaturated by the body
        java.util.Set<Integer> titled = new java.util.HashSet<>();
        int len = add(reader, tf, doc.title(), W_TITLE, titled) + add(reader, tf, doc.meta(), W_META, titled);
        for (SectionText sec : doc.sections()) {
            len += add(reader, tf, sec.heading(), W_HEADING, null) + add(reader, tf, sec.text(), W_BODY, null);
        }
        length[d] = len;
        int code = doc.type() != null ? 2 : 1;
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
            int p = part[i], k = sizes[p]++;
            int v = tf.get(all[i]);
            if ((all[i] & PAIR) == 0 && titled.contains((int) (all[i] >>> ID_BITS) & ID_MASK)) v = (v & ~3) | code;
            keys[p][k] = all[i];
            values[p][k] = v;
        }
        return new PageTerms(keys, values);
    }

    /** The {@code keep} postings of highest impact (ties: lower doc), in doc order. */
    static int[] strongest(int[] flat, int keep) {
        // impacts are small integers (see impact): counted, not sorted
        int max = 0;
        for (int i = 1; i < flat.length; i += 2) max = Math.max(max, flat[i] >> 2);
        int[] count = new int[max + 1];
        for (int i = 1; i < flat.length; i += 2) count[flat[i] >> 2]++;
        int threshold = max, above = 0; // the keep-th highest impact, and how many are higher
        while (above + count[threshold] < keep) above += count[threshold--];
        int ties = keep - above; // postings at the threshold kept, lowest docs first (flat is in doc order)
        int[] out = new int[keep * 2];
        int o = 0;
        for (int i = 0; i < flat.length; i += 2) {
            int impact = flat[i + 1] >> 2;
            if (impact > threshold || (impact == threshold && ties-- > 0)) {
                out[o++] = flat[i];
                out[o++] = flat[i + 1];
            }
        }
        return out;
    }

    static List<String> folded(String text) {
        List<String> out = new ArrayList<>();
        for (Tokenizer.Token t : Tokenizer.tokens(text)) out.add(t.folded());
        return out;
    }

    /** BM25's term-frequency part, with length normalisation, as an integer 1..220. */
    static int impact(int tf, int length, double avg) {
        double v = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg));
        return (int) Math.max(1, Math.round(v * 100));
    }

    /**
     * Adds a field's syllables (by exact spelling) and pairs to one page's counts, kept ×4 so
     * the two low bits can carry the title code; returns the field's weighted length.
     *
     * @param titled where the field's folded syllables are also put, or null
     */
    private static int add(WordReader reader, LongIntMap tf, String text, int weight, java.util.Set<Integer> titled) {
        if (text == null || text.isEmpty()) return 0;
        int[] state = {-1, 0}; // previous folded id, tokens
        reader.forEach(text, w -> {
            if (titled != null) titled.add(w.folded());
            tf.add(syllableKey(w), weight * 4);
            if (state[0] >= 0) tf.add(pairKey(state[0], w.folded()), weight * 4);
            state[0] = w.folded();
            state[1]++;
        });
        return state[1] * weight;
    }

    /** Section texts capped so a result costs the client a few kilobytes. */
    private static Excerpt excerpt(SearchDocument doc) {
        List<SectionText> out = new ArrayList<>();
        int budget = PAGE_CHARS;
        for (SectionText s : doc.sections()) {
            // every section keeps its anchor and heading; text only while the budget lasts
            String text = s.text();
            int max = Math.max(0, Math.min(SECTION_CHARS, budget));
            if (text.length() > max) {
                int cut = text.lastIndexOf(' ', max);
                text = max == 0 ? "" : text.substring(0, cut > max / 2 ? cut : max);
            }
            budget -= text.length();
            out.add(new SectionText(s.anchor(), s.heading(), text));
        }
        return new Excerpt(doc.title(), doc.url(), doc.kind(), doc.detail(), out);
    }

    /** Shard of a term key: FNV-1a over its UTF-8 bytes, as search.js computes it. */
    public static int shard(String key, int shards) {
        int h = 0x811c9dc5;
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }

}
