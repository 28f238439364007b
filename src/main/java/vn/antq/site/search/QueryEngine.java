package vn.antq.site.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference query engine over a {@link SearchIndex}; search.js implements the same
 * steps with the same arithmetic, and a test requires identical ranked results.
 *
 * <ol>
 *   <li>Tokens of the query; a "quoted phrase" of several syllables must also have each of its
 *       adjacent pairs in the page.</li>
 *   <li>Alternatives: the query itself, and each abbreviation swapped for its expansion or
 *       the reverse (BMNN ⇄ bí mật nhà nước), scored ×0.9.</li>
 *   <li>A page matches an alternative when it has every syllable (any spelling). Score: BM25
 *       (idf × precomputed impact) per syllable, spellings other than a diacritics-exact query
 *       ×0.6, plus idf × presence in the title or metadata, plus the BM25 of each adjacent
 *       pair (phrase and proximity).</li>
 *   <li>Ranked by score (rounded to 1e-6), then page order; filters; phrase check.</li>
 *   <li>Sub-result: the passage where the query weighs most: each syllable votes with its idf
 *       for the passage where it weighs most in the page (a posting names it), each adjacent
 *       pair with its idf; ties go to the earlier passage.</li>
 * </ol>
 */
public final class QueryEngine {
    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]*)[\"“”]");
    static final double ALTERNATIVE = 0.9, OTHER_SPELLING = 0.6, PAIR = 1.0, TITLE = 2.0;

    /**
     * A ranked result: the page, the anchor of its best section ("" for the page top), and the
     * code of its best passage ({@link Passages}; 0: none, the page's opening is shown).
     */
    public record Hit(int doc, String url, String anchor, double score, int passage) {
        public String link() {
            if (anchor.isEmpty()) return url;
            // a long page's part: "chuong-ii.html#dieu-5", beside the page (parts.SiteParts)
            if (anchor.contains(".html")) return url.substring(0, url.lastIndexOf('/') + 1) + anchor;
            return url + "#" + anchor;
        }
    }

    /** Optional filters; null means any. */
    public record Filters(String type, String issuer, String audience, Integer year) {
        public static final Filters NONE = new Filters(null, null, null, null);
    }

    private final SearchIndex index;

    public QueryEngine(SearchIndex index) {
        this.index = index;
    }

    public List<Hit> search(String query, Filters filters, int limit) {
        List<List<String>> phrases = new ArrayList<>();
        Matcher q = QUOTED.matcher(query);
        while (q.find()) {
            List<String> p = SearchIndex.folded(q.group(1));
            if (!p.isEmpty()) phrases.add(p);
        }
        List<Tokenizer.Token> tokens = Tokenizer.tokens(query.replaceAll("[\"“”]", " "));
        if (tokens.isEmpty()) return List.of();
        List<List<Tokenizer.Token>> alternatives = alternatives(tokens);

        Map<Integer, Double> best = new HashMap<>();
        Map<Integer, Integer> bestAlt = new HashMap<>();
        for (int a = 0; a < alternatives.size(); a++) {
            Map<Integer, Double> scores = score(alternatives.get(a));
            // an alternative of more syllables must not win on their number alone (BMNN vs 4 syllables)
            double factor = a == 0 ? 1.0 : ALTERNATIVE * Math.min(1.0, (double) tokens.size() / alternatives.get(a).size());
            for (Map.Entry<Integer, Double> e : scores.entrySet()) {
                double s = e.getValue() * factor;
                Double old = best.get(e.getKey());
                if (old == null || s > old) {
                    best.put(e.getKey(), s);
                    bestAlt.put(e.getKey(), a);
                }
            }
        }
        List<int[]> order = new ArrayList<>();
        List<Double> rounded = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : best.entrySet()) {
            if (!passes(index.docs.get(e.getKey()), filters)) continue;
            order.add(new int[] {e.getKey(), order.size()});
            rounded.add(round(e.getValue() * index.docs.get(e.getKey()).prior()));
        }
        order.sort((x, y) -> {
            int c = Double.compare(rounded.get(y[1]), rounded.get(x[1]));
            return c != 0 ? c : Integer.compare(x[0], y[0]);
        });
        List<Hit> hits = new ArrayList<>();
        for (int[] o : order) {
            if (hits.size() >= limit) break;
            int doc = o[0];
            if (!phrases.isEmpty() && !hasPhrases(doc, phrases)) continue;
            SearchIndex.Excerpt ex = index.excerpts.get(doc);
            int passage = passage(doc, alternatives.get(bestAlt.get(doc)));
            hits.add(new Hit(doc, ex.url(), ex.anchorOf(passage), rounded.get(o[1]), passage));
        }
        return hits;
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** The query, then each abbreviation swapped for its expansion, or an expansion for its abbreviation. */
    public List<List<Tokenizer.Token>> alternatives(List<Tokenizer.Token> tokens) {
        List<List<Tokenizer.Token>> out = new ArrayList<>();
        out.add(tokens);
        List<String> folded = tokens.stream().map(Tokenizer.Token::folded).toList();
        for (List<List<String>> pair : index.expansions) {
            for (int dir = 0; dir < 2; dir++) {
                List<String> from = pair.get(dir), to = pair.get(1 - dir);
                int at = indexOf(folded, from);
                if (at < 0) continue;
                List<Tokenizer.Token> alt = new ArrayList<>(tokens.subList(0, at));
                for (String t : to) alt.add(new Tokenizer.Token(t, t));
                alt.addAll(tokens.subList(at + from.size(), tokens.size()));
                out.add(alt);
            }
        }
        return out;
    }

    static int indexOf(List<String> haystack, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            for (int j = 0; j < needle.size(); j++) if (!haystack.get(i + j).equals(needle.get(j))) continue outer;
            return i;
        }
        return -1;
    }

    double idf(int df) {
        int n = index.size();
        return StrictMath.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Scores of the pages having every syllable of one alternative. */
    private Map<Integer, Double> score(List<Tokenizer.Token> tokens) {
        Map<Integer, Double> scores = null;
        Set<String> seen = new HashSet<>();
        for (Tokenizer.Token t : tokens) {
            if (!seen.add(t.exact() + "\u0000" + t.folded())) continue;
            SearchIndex.Term term = index.terms.get(t.folded());
            if (term == null) return Map.of();
            boolean plain = t.exact().equals(t.folded());
            Map<Integer, Double> contribution = new HashMap<>();
            Map<Integer, Integer> titles = new HashMap<>();
            for (Map.Entry<String, int[]> v : term.variants().entrySet()) {
                double factor = plain || v.getKey().equals(t.exact()) ? 1.0 : OTHER_SPELLING;
                int[] p = v.getValue();
                for (int i = 0; i < p.length; i += SearchIndex.POSTING) {
                    double c = factor * (p[i + 1] >> 2) / 100.0;
                    contribution.merge(p[i], c, Math::max);
                    if ((p[i + 1] & 3) != 0) titles.merge(p[i], p[i + 1] & 3, Math::max);
                }
            }
            double idf = idf(term.df());
            Map<Integer, Double> next = new HashMap<>();
            if (scores == null) {
                for (Map.Entry<Integer, Double> e : contribution.entrySet()) next.put(e.getKey(), idf * e.getValue());
            } else {
                for (Map.Entry<Integer, Double> e : scores.entrySet()) {
                    Double c = contribution.get(e.getKey());
                    if (c != null) next.put(e.getKey(), e.getValue() + idf * c);
                }
            }
            for (Map.Entry<Integer, Integer> title : new java.util.TreeMap<>(titles).entrySet()) {
                Double s = next.get(title.getKey());
                if (s != null) next.put(title.getKey(), s + idf * TITLE * (title.getValue() == 2 ? 120 : 100) / 100.0);
            }
            scores = next;
            if (scores.isEmpty()) return scores;
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) pairs.add(Tokenizer.bigram(tokens.get(i).folded(), tokens.get(i + 1).folded()));
        for (String pair : pairs) {
            SearchIndex.Term term = index.terms.get(pair);
            if (term == null) continue;
            double idf = idf(term.df());
            int[] p = term.variants().get("");
            for (int i = 0; i < p.length; i += SearchIndex.POSTING) {
                Double s = scores.get(p[i]);
                if (s != null) scores.put(p[i], s + PAIR * idf * (p[i + 1] >> 2) / 100.0);
            }
        }
        return scores == null ? Map.of() : scores;
    }

    private static boolean passes(SearchDocument d, Filters f) {
        if (f.type() != null && !f.type().equals(d.type())) return false;
        if (f.issuer() != null && !f.issuer().equals(d.issuer())) return false;
        if (f.audience() != null && !d.audience().contains(f.audience())) return false;
        return f.year() == null || f.year() == d.year();
    }

    /** Whether the page has every phrase: its syllable, or each of its adjacent pairs. */
    private boolean hasPhrases(int doc, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (phrase.size() == 1) {
                SearchIndex.Term term = index.terms.get(phrase.get(0));
                if (term == null || !term.has(doc)) return false;
            }
            for (int i = 0; i + 1 < phrase.size(); i++) {
                SearchIndex.Term term = index.terms.get(Tokenizer.bigram(phrase.get(i), phrase.get(i + 1)));
                if (term == null || !term.has(doc)) return false;
            }
        }
        return true;
    }

    /**
     * The code of the passage where the query weighs most in the page: each syllable (as typed:
     * its spelling's factor chooses among the lists) votes its idf for the passage its posting
     * names, each adjacent pair its idf; 0 when no posting names one.
     */
    private int passage(int doc, List<Tokenizer.Token> tokens) {
        Map<Integer, Double> votes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Tokenizer.Token t : tokens) {
            if (!seen.add(t.exact() + "\u0000" + t.folded())) continue;
            SearchIndex.Term term = index.terms.get(t.folded());
            if (term == null) continue;
            boolean plain = t.exact().equals(t.folded());
            double bestValue = -1;
            int code = 0;
            for (Map.Entry<String, int[]> v : term.variants().entrySet()) {
                int at = SearchIndex.Term.find(v.getValue(), doc);
                if (at < 0) continue;
                double value = (plain || v.getKey().equals(t.exact()) ? 1.0 : OTHER_SPELLING) * (v.getValue()[at + 1] >> 2);
                if (value > bestValue) {
                    bestValue = value;
                    code = v.getValue()[at + 2];
                }
            }
            if (code != 0) votes.merge(code, idf(term.df()), Double::sum);
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) pairs.add(Tokenizer.bigram(tokens.get(i).folded(), tokens.get(i + 1).folded()));
        for (String pair : pairs) {
            SearchIndex.Term term = index.terms.get(pair);
            if (term == null) continue;
            int[] p = term.variants().get("");
            int at = SearchIndex.Term.find(p, doc);
            if (at >= 0 && p[at + 2] != 0) votes.merge(p[at + 2], idf(term.df()), Double::sum);
        }
        int best = 0;
        double bestScore = 0;
        for (Map.Entry<Integer, Double> e : new java.util.TreeMap<>(votes).entrySet()) {
            double score = round(e.getValue());
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }
}
