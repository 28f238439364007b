package vn.antq.site.search;

import vn.antq.site.markdown.SectionText;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** A growable list of ints: postings without boxing (a national site has tens of millions). */
    private static final class IntList {
        int[] a = new int[8];
        int n;

        void add(int x, int y) {
            if (n + 2 > a.length) a = java.util.Arrays.copyOf(a, a.length * 2);
            a[n++] = x;
            a[n++] = y;
        }
    }

    /** @param abbreviations abbreviation → expansion, from the glossary */
    public static SearchIndex build(List<SearchDocument> docs, Map<String, String> abbreviations) {
        int n = docs.size();
        // term → spelling → [doc, weighted tf, ...] in doc order; pages are tokenized in parallel
        // batches and merged in order, so memory holds one batch of per-page maps at a time
        // postings are split into partitions by key, each merged by its own task: the merge,
        // not the tokenizing, was the slow part on large sites
        final int parts = 4;
        List<Map<String, Map<String, IntList>>> postings = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) postings.add(new HashMap<>());
        Tokenizer tokenizer = new Tokenizer();
        int[] length = new int[n];
        final int batch = 256;
        for (int from = 0; from < n; from += batch) {
            int to = Math.min(n, from + batch);
            List<Map<String, Map<String, Integer>>> local = java.util.stream.IntStream.range(from, to).parallel()
                    .mapToObj(d -> {
                        Map<String, Map<String, Integer>> tf = new HashMap<>();
                        SearchDocument doc = docs.get(d);
                        int len = add(tokenizer, tf, doc.title(), W_TITLE) + add(tokenizer, tf, doc.meta(), W_META);
                        for (SectionText sec : doc.sections()) {
                            len += add(tokenizer, tf, sec.heading(), W_HEADING) + add(tokenizer, tf, sec.text(), W_BODY);
                        }
                        // presence in the title or metadata also counts on its own, unsaturated by the body
                        int code = doc.type() != null ? 2 : 1;
                        for (Tokenizer.Token t : tokenizer.tokenize(doc.title() + "\n" + doc.meta())) {
                            Map<String, Integer> variants = tf.get(t.folded());
                            if (variants != null) variants.replaceAll((v, count) -> (count & ~3) | code);
                        }
                        length[d] = len;
                        return tf;
                    }).toList();
            final int first = from;
            java.util.stream.IntStream.range(0, parts).parallel().forEach(p -> {
                Map<String, Map<String, IntList>> part = postings.get(p);
                for (int i = 0; i < local.size(); i++) {
                    int d = first + i;
                    for (Map.Entry<String, Map<String, Integer>> e : local.get(i).entrySet()) {
                        if (Math.floorMod(e.getKey().hashCode(), parts) != p) continue;
                        Map<String, IntList> variants = part.computeIfAbsent(e.getKey(), k -> new HashMap<>(2));
                        for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
                            variants.computeIfAbsent(v.getKey(), k -> new IntList()).add(d, v.getValue());
                        }
                    }
                }
            });
        }
        double avg = 0;
        for (int l : length) avg += l;
        avg = n == 0 ? 1 : Math.max(1, avg / n);
        final double average = avg;
        Map<String, Term> terms = new java.util.concurrent.ConcurrentSkipListMap<>();
        postings.stream().flatMap(m -> m.entrySet().stream()).parallel().forEach(e -> {
            java.util.BitSet all = new java.util.BitSet(n);
            Map<String, int[]> variants = new TreeMap<>();
            for (Map.Entry<String, IntList> v : e.getValue().entrySet()) {
                IntList list = v.getValue();
                int count = list.n / 2;
                int[] flat = new int[list.n];
                for (int i = 0; i < list.n; i += 2) {
                    int d = list.a[i], counted = list.a[i + 1];
                    all.set(d);
                    flat[i] = d;
                    flat[i + 1] = impact(counted >> 2, length[d], average) * 4 + (counted & 3);
                }
                if (count > MAX_POSTINGS) flat = strongest(flat, MAX_POSTINGS);
                variants.put(v.getKey(), flat);
            }
            terms.put(e.getKey(), new Term(all.cardinality(), variants));
        });
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

    /** The {@code keep} postings of highest impact (ties: lower doc), back in doc order. */
    private static int[] strongest(int[] flat, int keep) {
        List<int[]> postings = new ArrayList<>(flat.length / 2);
        for (int i = 0; i < flat.length; i += 2) postings.add(new int[] {flat[i], flat[i + 1]});
        postings.sort(Comparator.comparingInt((int[] p) -> -(p[1] >> 2)).thenComparingInt(p -> p[0]));
        postings = new ArrayList<>(postings.subList(0, keep));
        postings.sort(Comparator.comparingInt(p -> p[0]));
        int[] out = new int[keep * 2];
        for (int i = 0; i < keep; i++) {
            out[2 * i] = postings.get(i)[0];
            out[2 * i + 1] = postings.get(i)[1];
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
     * Adds a field's unigrams (by exact spelling) and bigrams to one page's counts, kept ×4 so
     * the two low bits can carry the title code; returns the field's weighted length.
     */
    private static int add(Tokenizer tokenizer, Map<String, Map<String, Integer>> tf, String text, int weight) {
        if (text == null || text.isEmpty()) return 0;
        List<Tokenizer.Token> tokens = tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            Tokenizer.Token t = tokens.get(i);
            tf.computeIfAbsent(t.folded(), k -> new HashMap<>(2)).merge(t.exact(), weight * 4, Integer::sum);
            if (i + 1 < tokens.size()) {
                tf.computeIfAbsent(Tokenizer.bigram(t.folded(), tokens.get(i + 1).folded()), k -> new HashMap<>(2))
                        .merge("", weight * 4, Integer::sum);
            }
        }
        return tokens.size() * weight;
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
