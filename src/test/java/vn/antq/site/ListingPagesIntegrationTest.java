package vn.antq.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.browser.PaginationBrowserTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Listings in pages, as files: how many, how heavy, where a number cited everywhere goes, and that check finds every link. */
class ListingPagesIntegrationTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        site = PaginationBrowserTest.corpus(dir.resolve("src"));
        out = dir.resolve("site");
        TestSite.Run run = site.build("--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("kB HTML"), "no page over the budget: " + run.err());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theRegisterAndItsTermsAreInPagesOfAHundred() throws IOException {
        assertTrue(Files.isRegularFile(out.resolve("van-ban/trang/3/index.html")));
        assertFalse(Files.exists(out.resolve("van-ban/trang/4")));
        assertEquals(100, page("van-ban/trang/2/index.html").select("table[data-register] tbody tr").size());
        assertEquals(50, page("van-ban/trang/3/index.html").select("table[data-register] tbody tr").size());
        Document second = page("van-ban/trang/2/index.html");
        assertEquals("../../../van-ban/index.html", second.select("link[rel=prev]").attr("href"));
        assertEquals("../../../van-ban/trang/3/index.html", second.select("link[rel=next]").attr("href"));
        assertEquals("page", second.select("[data-pager] a[aria-current]").attr("aria-current"));
        assertEquals("2", second.select("[data-pager] a[aria-current]").text());
        // the term "Kế hoạch" holds 248 documents
        assertTrue(Files.isRegularFile(out.resolve("loai-van-ban/ke-hoach/trang/3/index.html")));
        assertTrue(page("loai-van-ban/thong-tu/index.html").select("[data-pager]").isEmpty(), "a short term has no page links");
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) assertTrue(Files.size(p) < 300_000, p.toString());
        }
    }

    @Test
    void theRegistersDataFilesHoldEveryDocumentOnePageOfTheRegisterEach() throws IOException {
        String data = page("van-ban/index.html").select("[data-register-filters]").attr("data-register-data");
        String[] files = data.split(" ");
        assertEquals(3, files.length, data);
        assertEquals(data, page("van-ban/trang/3/index.html").select("[data-register-filters]").attr("data-register-data").replace("../../../", "../"));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        int rows = 0;
        com.fasterxml.jackson.databind.JsonNode lastShard = null;
        for (int k = 0; k < files.length; k++) {
            assertTrue(files[k].matches("\\.\\./van-ban/du-lieu-" + (k + 1) + "\\.[0-9a-f]{10}\\.js"), files[k]);
            String js = Files.readString(out.resolve(files[k].substring(3)));
            assertTrue(js.startsWith("self.antqRegisterLoaded(" + k + ",{"), js.substring(0, 40));
            lastShard = mapper.readTree(js.substring(js.indexOf(',') + 1, js.lastIndexOf(')')));
            rows += lastShard.get("rows").size();
        }
        assertEquals(PaginationBrowserTest.DOCUMENTS, rows);
        // the last page of the register holds the oldest, 124/2021/TT-BCA among them
        var parsed = lastShard;
        var row = java.util.stream.StreamSupport.stream(parsed.get("rows").spliterator(), false)
                .filter(r -> r.get(1).asText().equals("124/2021/TT-BCA")).findFirst().orElseThrow();
        assertEquals("thong-tu-124-2021-tt-bca", row.get(0).asText(), "the slug: the script makes the path");
        assertEquals("Thông tư", parsed.get("types").get(row.get(3).asInt()).get(1).asText());
        assertEquals("Bộ Công an", parsed.get("issuers").get(row.get(4).asInt()).asText());
        assertEquals("2021-12-28", row.get(5).asText());
        assertEquals(7, row.size(), "the date shown (28/12/2021) is the ISO date reversed: not repeated");
        assertEquals(String.valueOf(PaginationBrowserTest.DOCUMENTS), page("van-ban/trang/3/index.html").select("[data-register-filters]").attr("data-total"));
    }

    @Test
    void aNumberCitedEverywhereHasItsOwnPageOfPlaces() throws IOException {
        Path own = out.resolve("tham-chieu/12-nq-tw/index.html");
        assertTrue(Files.isRegularFile(own));
        assertEquals(30, Jsoup.parse(own.toFile(), "UTF-8").select(".place-list > li").size());
        boolean linked = false;
        for (int n = 1; n <= 6 && !linked; n++) {
            Path p = out.resolve(n == 1 ? "tham-chieu/index.html" : "tham-chieu/trang/" + n + "/index.html");
            if (!Files.exists(p)) break;
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            var row = d.select("tr#12-nq-tw");
            if (row.isEmpty()) continue;
            assertEquals(20, row.select(".place-list > li").size(), "the register shows the first 20");
            assertEquals("Xem cả 30 chỗ dẫn chiếu", row.select("a[href$=tham-chieu/12-nq-tw/index.html]").text());
            linked = true;
        }
        assertTrue(linked);
    }

    @Test
    void aCrowdedMonthOfTheCalendarHasItsOwnPage() throws IOException {
        Document calendar = page("lich/index.html");
        var august = calendar.select("section:has(h2:containsOwn(Tháng 8))");
        assertEquals(10, august.select(".event-list > li").size(), "the calendar shows the month's first ten");
        assertEquals("Xem cả 30 mốc", august.select("a[href=../lich/thang-8/index.html]").text());
        Document month = page("lich/thang-8/index.html");
        assertEquals(30, month.select(".event-list > li").size());
        assertEquals("../../lich/antq.ics", month.select("a[download]").attr("href"));
    }

    @Test
    void theTableOfRelationsIsInPagesTheDiagramOnTheFirst() throws IOException {
        Document first = page("so-do/index.html");
        assertEquals(250, first.select("main table tbody tr").size());
        assertFalse(first.select("figure svg").isEmpty());
        Document second = page("so-do/trang/2/index.html");
        assertEquals(494 - 250, second.select("main table tbody tr").size());
        assertTrue(second.select("figure svg").isEmpty());
        assertEquals("../../../so-do/index.html", second.select("link[rel=prev]").attr("href"));
    }

    @Test
    void theSearchPageWithoutJavaScriptLeadsToTheRegister() throws IOException {
        Document search = page("tim-kiem/index.html");
        assertTrue(Files.size(out.resolve("tim-kiem/index.html")) < 30_000, "no list of every document");
        assertEquals("Danh mục 250 văn bản", search.select("[data-search-nojs] a[href=../van-ban/index.html]").text());
        assertFalse(search.select("[data-search-nojs] a[href$=loai-van-ban/index.html]").isEmpty());
    }

    @Test
    void checkFindsEveryPageLinkResolved() {
        TestSite.Run run = TestSite.run("check", "--source", site.root.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains(": error: "), run.err());
    }
}
