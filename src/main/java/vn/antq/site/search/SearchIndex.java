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
        List<Postings> postings = postings(docs, vocabulary, length);
        Map<String, Term> terms = terms(postings, vocabulary, length, averageLength(length));
        List<Excerpt> excerpts = new ArrayList<>(n);
        for (SearchDocument doc : docs) excerpts.add(excerpt(doc));
        return new SearchIndex(docs, terms, excerpts, expansions(abbreviations));
    }

    /**
     * Every page's terms, appended to the partitions of the keys: pages are counted in parallel
     * batches, then appended in page order by one task per partition, so the output is the same
     * on any number of cores.
     *
     * @param length where each page's weighted length is put
     */
    private static List<Postings> postings(List<SearchDocument> docs, Vocabulary vocabulary, int[] length) {
        List<Postings> postings = new ArrayList<>(PARTS);
        for (int p = 0; p < PARTS; p++) postings.add(new Postings());
        BufferPool<TermCounter> counters = new BufferPool<>(() -> new TermCounter(vocabulary));
        for (int from = 0; from < docs.size(); from += BATCH) {
            int first = from, to = Math.min(docs.size(), from + BATCH);
            List<TermCounter.PageTerms> batch = IntStream.range(first, to).parallel()
                    .mapToObj(d -> counters.with(counter -> counter.count(docs.get(d), PARTS))).toList();
            for (int i = 0; i < batch.size(); i++) length[first + i] = batch.get(i).length();
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
                terms.put(bigram, new Term(flat.length / 2, Map.of("", capped(flat))));
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
        for (int i = 0; i < flat.length; i += 2) {
            int d = flat[i], counted = flat[i + 1];
            flat[i + 1] = impact(counted >> 2, length[d], average) * 4 + (counted & 3);
        }
    }

    /** A list cut to its {@link #MAX_POSTINGS} strongest postings, if longer. */
    private static int[] capped(int[] flat) {
        return flat.length / 2 > MAX_POSTINGS ? strongest(flat, MAX_POSTINGS) : flat;
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
            df = variants.values().iterator().next().length / 2;
        } else {
            java.util.BitSet all = new java.util.BitSet();
            for (int[] flat : variants.values()) for (int i = 0; i < flat.length; i += 2) all.set(flat[i]);
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
