package vn.antq.site.search;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ranking quality of the Java reference engine on the query set, over the published index. */
class QueryEngineTest {
    static Path site;
    static QueryEngine engine;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.builtProject();
        engine = new QueryEngine(SearchIndexReader.read(site));
    }

    /** Reciprocal rank of the expected link (page, and anchor when given) in the top 10. */
    static double reciprocalRank(List<QueryEngine.Hit> hits, String expected) {
        for (int i = 0; i < hits.size(); i++) {
            String link = expected.contains("#") ? hits.get(i).link() : hits.get(i).url();
            if (link.equals(expected)) return 1.0 / (i + 1);
        }
        return 0;
    }

    @Test
    void meanReciprocalRankOfTheQuerySet() {
        double sum = 0;
        List<String> misses = new ArrayList<>();
        for (QuerySet.Query q : QuerySet.QUERIES) {
            List<QueryEngine.Hit> hits = engine.search(q.query(), QueryEngine.Filters.NONE, 10);
            double rr = reciprocalRank(hits, q.expected());
            sum += rr;
            if (rr < 1) misses.add(q.query() + " → " + (hits.isEmpty() ? "nothing" : hits.get(0).link()) + " (rr " + rr + ")");
        }
        double mrr = sum / QuerySet.QUERIES.size();
        System.out.printf("search MRR over %d queries: %.3f%n", QuerySet.QUERIES.size(), mrr);
        misses.forEach(m -> System.out.println("  not first: " + m));
        assertTrue(QuerySet.QUERIES.size() >= 40);
        assertTrue(QuerySet.QUERIES.stream().filter(q -> q.query().equals(vn.antq.site.text.Folding.fold(q.query()))).count() >= 20,
                "half the queries are typed without diacritics");
        assertTrue(mrr >= 0.85, "MRR " + mrr + "\n" + String.join("\n", misses));
    }

    @Test
    void foldedQueryFindsDiacritics() throws IOException {
        List<QueryEngine.Hit> hits = engine.search("duong", QueryEngine.Filters.NONE, 50);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(h -> h.url().startsWith("van-ban/")));
        Set<String> spellings = new TreeSet<>();
        for (QueryEngine.Hit h : hits) {
            // every hit really contains "đường" or another spelling folding to "duong", in what the page shows
            org.jsoup.nodes.Document page = Jsoup.parse(site.resolve(h.url()).toFile(), "UTF-8");
            String text = page.select("main").text() + " " + page.select("meta[name=description]").attr("content");
            List<String> found = Tokenizer.tokens(text).stream().filter(t -> t.folded().equals("duong")).map(Tokenizer.Token::exact).toList();
            assertFalse(found.isEmpty(), h.link() + " does not contain the word");
            spellings.addAll(found.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
        }
        assertTrue(spellings.stream().anyMatch(w -> !w.equals("duong")), "typed without diacritics, it finds them: " + spellings);
    }

    @Test
    void abbreviationsExpandBothWays() {
        List<QueryEngine.Hit> abbr = engine.search("BMNN", QueryEngine.Filters.NONE, 20);
        assertTrue(abbr.stream().anyMatch(h -> h.url().equals(QuerySet.CT10)), "BMNN finds the pages about bí mật nhà nước");
        List<QueryEngine.Hit> full = engine.search("bí mật nhà nước", QueryEngine.Filters.NONE, 20);
        assertTrue(full.stream().anyMatch(h -> h.link().equals(QuerySet.GLOSSARY + "#bmnn")), "and the reverse");
    }

    @Test
    void documentNumberFindsTheDocumentsCitingIt() {
        List<QueryEngine.Hit> hits = engine.search("124/2021/TT-BCA", QueryEngine.Filters.NONE, 20);
        List<String> urls = hits.stream().map(QueryEngine.Hit::url).toList();
        assertTrue(urls.contains(QuerySet.TT124));
        assertTrue(urls.contains(QuerySet.HD363) && urls.contains(QuerySet.HP354), urls.toString());
        assertTrue(engine.search("124/2021", QueryEngine.Filters.NONE, 20).stream().anyMatch(h -> h.url().equals(QuerySet.TT124)));
    }

    @Test
    void quotedPhraseMatchesOnlyThePhrase() {
        List<QueryEngine.Hit> loose = engine.search("nhà nước bí mật", QueryEngine.Filters.NONE, 50);
        List<QueryEngine.Hit> exact = engine.search("\"nhà nước bí mật\"", QueryEngine.Filters.NONE, 50);
        assertFalse(loose.isEmpty());
        assertTrue(exact.size() < loose.size(), "the words in another order do not match the phrase");
        List<QueryEngine.Hit> phrase = engine.search("\"bí mật nhà nước\"", QueryEngine.Filters.NONE, 50);
        assertFalse(phrase.isEmpty());
    }

    @Test
    void filtersNarrowTheResults() {
        List<QueryEngine.Hit> all = engine.search("an ninh", QueryEngine.Filters.NONE, 100);
        List<QueryEngine.Hit> chiThi = engine.search("an ninh", new QueryEngine.Filters("chi-thi", null, null, null), 100);
        assertEquals(1, chiThi.size());
        assertEquals(QuerySet.CT06, chiThi.get(0).url());
        assertTrue(all.size() > chiThi.size());
        assertTrue(engine.search("an ninh", new QueryEngine.Filters(null, null, null, 2024), 100).stream()
                .allMatch(h -> h.url().equals(QuerySet.CT10) || h.url().equals(QuerySet.HD363) || h.url().equals(QuerySet.HT)));
    }
}
