package vn.antq.site.search;

import vn.antq.site.markdown.SectionText;
import vn.antq.site.tasks.BufferPool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;

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
    /** Ints per posting: doc, value, passage. */
    static final int POSTING = 3;

    /**
     * Postings of one term: exact spelling → [doc, value, passage, ...] by doc id, where
     * value = impact × 4 + title code (0: not in the title or metadata, 1: in them, 2: in them
     * and the page is a document — readers mostly look for documents), and passage is the code of
     * the passage where the term weighs most in the page ({@link Passages}; 0: none).
     */
    public record Term(int df, Map<String, int[]> variants) {
        /** Where {@code doc}'s posting starts in {@code list}, or -1. */
        static int find(int[] list, int doc) {
            int lo = 0, hi = list.length / POSTING - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1, d = list[mid * POSTING];
                if (d < doc) lo = mid + 1;
                else if (d > doc) hi = mid - 1;
                else return mid * POSTING;
            }
            return -1;
        }

        /** Whether {@code doc} has a posting under any spelling. */
        boolean has(int doc) {
            for (int[] list : variants.values()) if (find(list, doc) >= 0) return true;
            return false;
        }
    }

    /**
     * What a result shows: title, address, kind, detail line, and the page's sections cut into
     * passages; the client loads the chunk of passages a result points into.
     */
    public record Excerpt(String title, String url, String kind, String detail, List<SectionText> sections, Passages passages) {
        /** The anchor of the section a passage code points into ("" for none: the page's top). */
        public String anchorOf(int code) {
            int i = passages.indexOf(code);
            return i < 0 ? "" : sections.get(passages.section(i)).anchor();
        }
    }

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

    /** Partitions of the term keys, each appended to and published by one task. */
    private static final int PARTS = 4;
    /** Pages counted at a time: memory holds one batch of page counts. */
    private static final int BATCH = 256;

    /** @param abbreviations abbreviation → expansion, from the glossary */
    public static SearchIndex build(List<SearchDocument> docs, Map<String, String> abbreviations) {
        int n = docs.size();
        // terms are numbered so a page's counts and the postings live in primitive maps (TermKey)
        Vocabulary vocabulary = new Vocabulary();
        int[] length = new int[n];
        Passages[] passages = new Passages[n];
        List<Postings> postings = postings(docs, vocabulary, length, passages);
        Map<String, Term> terms = terms(postings, vocabulary, length, averageLength(length));
        List<Excerpt> excerpts = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            SearchDocument doc = docs.get(d);
            excerpts.add(new Excerpt(doc.title(), doc.url(), doc.kind(), doc.detail(), doc.sections(), passages[d]));
        }
        return new SearchIndex(docs, terms, excerpts, expansions(abbreviations));
    }

    /**
     * Every page's terms, appended to the partitions of the keys: pages are counted in parallel
     * batches, then appended in page order by one task per partition, so the output is the same
     * on any number of cores.
     *
     * @param length   where each page's weighted length is put
     * @param passages where each page's passages are put
     */
    private static List<Postings> postings(List<SearchDocument> docs, Vocabulary vocabulary, int[] length, Passages[] passages) {
        List<Postings> postings = new ArrayList<>(PARTS);
        for (int p = 0; p < PARTS; p++) postings.add(new Postings());
        BufferPool<TermCounter> counters = new BufferPool<>(() -> new TermCounter(vocabulary));
        for (int from = 0; from < docs.size(); from += BATCH) {
            int first = from, to = Math.min(docs.size(), from + BATCH);
            List<TermCounter.PageTerms> batch = IntStream.range(first, to).parallel()
                    .mapToObj(d -> counters.with(counter -> counter.count(docs.get(d), PARTS))).toList();
            for (int i = 0; i < batch.size(); i++) {
                length[first + i] = batch.get(i).length();
                passages[first + i] = batch.get(i).cut();
            }
            IntStream.range(0, PARTS).parallel().forEach(p -> {
                for (int i = 0; i < batch.size(); i++) postings.get(p).appendPage(batch.get(i), p, first + i);
            });
        }
        return postings;
    }

    private static double averageLength(int[] length) {
        double sum = 0;
        for (int l : length) sum += l;
        return length.length == 0 ? 1 : Math.max(1, sum / length.length);
    }

    /** The terms under their published keys, sorted: partitions are published in parallel. */
    private static Map<String, Term> terms(List<Postings> postings, Vocabulary vocabulary, int[] length, double average) {
        Map<String, Term> terms = new ConcurrentSkipListMap<>();
        // folded syllable → its spellings' lists: a syllable's spellings share a partition only by chance
        Map<String, Map<String, int[]>> spellings = new ConcurrentHashMap<>();
        postings.parallelStream().forEach(part -> publish(part, vocabulary, length, average, terms, spellings));
        spellings.forEach((folded, variants) -> terms.put(folded, syllable(variants)));
        return new TreeMap<>(terms);
    }

    /**
     * One partition's lists with their impacts: a pair's list is capped and put in
     * {@code terms}, a syllable's goes under its folded form in {@code spellings}.
     */
    private static void publish(Postings part, Vocabulary vocabulary, int[] length, double average,
                                Map<String, Term> terms, Map<String, Map<String, int[]>> spellings) {
        Map<Integer, Map<String, int[]>> syllables = new HashMap<>();
        int[][] lists = part.lists();
        for (int slot = 0; slot < lists.length; slot++) {
            long key = part.key(slot);
            int[] flat = lists[slot];
            lists[slot] = null;
            toImpacts(flat, length, average);
            int first = TermKey.first(key), second = TermKey.second(key);
            if (TermKey.isPair(key)) {
                String bigram = Tokenizer.bigram(vocabulary.folded(first), vocabulary.folded(second));
                terms.put(bigram, new Term(flat.length / POSTING, Map.of("", capped(flat))));
            } else {
                syllables.computeIfAbsent(first, k -> new TreeMap<>()).put(vocabulary.exact(second), flat);
            }
        }
        syllables.forEach((folded, variants) -> spellings.merge(vocabulary.folded(folded), variants, (x, y) -> {
            Map<String, int[]> all = new TreeMap<>(x);
            all.putAll(y);
            return all;
        }));
    }

    /** Turns a list's counted values (weighted tf × 4 + title code) into impact × 4 + title code, in place. */
    private static void toImpacts(int[] flat, int[] length, double average) {
        for (int i = 0; i < flat.length; i += POSTING) {
            int d = flat[i], counted = flat[i + 1];
            flat[i + 1] = impact(counted >> 2, length[d], average) * 4 + (counted & 3);
        }
    }

    /** A list cut to its {@link #MAX_POSTINGS} strongest postings, if longer. */
    private static int[] capped(int[] flat) {
        return flat.length / POSTING > MAX_POSTINGS ? strongest(flat, MAX_POSTINGS) : flat;
    }

    /** Abbreviations and their expansions as folded token lists, by abbreviation. */
    private static List<List<List<String>>> expansions(Map<String, String> abbreviations) {
        List<List<List<String>>> expansions = new ArrayList<>();
        for (Map.Entry<String, String> a : new TreeMap<>(abbreviations).entrySet()) {
            List<String> abbr = folded(a.getKey());
            List<String> full = folded(a.getValue());
            if (!abbr.isEmpty() && !full.isEmpty() && !abbr.equals(full)) expansions.add(List.of(abbr, full));
        }
        return expansions;
    }

    /** A syllable's term: pages with any spelling count once for its df; each spelling's list is capped. */
    private static Term syllable(Map<String, int[]> variants) {
        int df;
        if (variants.size() == 1) {
            df = variants.values().iterator().next().length / POSTING;
        } else {
            java.util.BitSet all = new java.util.BitSet();
            for (int[] flat : variants.values()) for (int i = 0; i < flat.length; i += POSTING) all.set(flat[i]);
            df = all.cardinality();
        }
        Map<String, int[]> capped = new TreeMap<>();
        variants.forEach((v, flat) -> capped.put(v, capped(flat)));
        return new Term(df, capped);
    }

    /** The {@code keep} postings of highest impact (ties: lower doc), in doc order. */
    static int[] strongest(int[] flat, int keep) {
        // impacts are small integers (see impact): counted, not sorted
        int max = 0;
        for (int i = 1; i < flat.length; i += POSTING) max = Math.max(max, flat[i] >> 2);
        int[] count = new int[max + 1];
        for (int i = 1; i < flat.length; i += POSTING) count[flat[i] >> 2]++;
        int threshold = max, above = 0; // the keep-th highest impact, and how many are higher
        while (above + count[threshold] < keep) above += count[threshold--];
        int ties = keep - above; // postings at the threshold kept, lowest docs first (flat is in doc order)
        int[] out = new int[keep * POSTING];
        int o = 0;
        for (int i = 0; i < flat.length; i += POSTING) {
            int impact = flat[i + 1] >> 2;
            if (impact > threshold || (impact == threshold && ties-- > 0)) {
                out[o++] = flat[i];
                out[o++] = flat[i + 1];
                out[o++] = flat[i + 2];
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
