package vn.antq.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.search.QueryEngine;
import vn.antq.site.search.SearchIndexReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long document becomes a contents page, chapter pages and one printable whole text; links, search and check follow. */
public class LongDocumentsIntegrationTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Path out;
    static final String FOLDER = "van-ban/luat-99-2025-qh15/";

    /** About 700 kB of HTML: five chapters of articles, each article with a heading and paragraphs. */
    /** The Luật 99/2025/QH15 of {@link #longBody} at content/van-ban/luat-99.md (page van-ban/luat-99-2025-qh15/). */
    public static void addLongDocument(TestSite site) {
        site.file("content/van-ban/luat-99.md", """
                ---
                title: "An ninh cơ sở"
                type: luat
                number: "99/2025/QH15"
                issuer: "Quốc hội"
                date: 2025-06-01
                ---
                """ + longBody());
    }

    private static String longBody() {
        StringBuilder sb = new StringBuilder("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\n");
        int article = 0;
        for (String chapter : List.of("I", "II", "III", "IV", "V")) {
            sb.append("## Chương ").append(chapter).append(". QUY ĐỊNH CỦA CHƯƠNG ").append(chapter).append("\n\n");
            for (int a = 0; a < 24; a++) {
                article++;
                sb.append("### Điều ").append(article).append(". Nội dung điều ").append(article).append("\n\n");
                for (int p = 0; p < 40; p++) {
                    sb.append("Cơ quan, tổ chức, doanh nghiệp có trách nhiệm bảo vệ an ninh, trật tự tại đơn vị theo khoản ")
                            .append(p + 1).append(" Điều ").append(article).append(" của Luật này");
                    if (article == 77 && p == 0) sb.append(", kể cả việc tuần tra canh gác ban đêm ở kho xăng dầu");
                    sb.append(".\n\n");
                }
            }
        }
        return sb.toString();
    }

    @BeforeAll
    static void build() {
        site = TestSite.create(dir.resolve("src"));
        addLongDocument(site);
        site.file("content/van-ban/ke-hoach-1.md", """
                ---
                title: "Triển khai Luật An ninh cơ sở"
                type: ke-hoach
                number: "1/KH-UBND"
                issuer: "UBND tỉnh"
                date: 2025-07-01
                ---
                ## Nhiệm vụ

                Thực hiện [Điều 77](luat-99.md#điều-77-nội-dung-điều-77) và [toàn bộ Luật](luat-99.md).
                """);
        out = dir.resolve("site");
        TestSite.Run run = site.build("--out", out.toString(), "--base-url", "https://antq.example/");
        assertEquals(0, run.exit(), run.err());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    private static List<String> partFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(out.resolve(FOLDER))) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.html") && !n.equals("toan-van.html")).sorted().forEach(names::add);
        }
        return names;
    }

    @Test
    void everyPartIsASmallDownloadAndTheContentsPageListsThemInOrder() throws IOException {
        assertTrue(Files.size(out.resolve(FOLDER + "toan-van.html")) > 600_000, "the body is long enough to be split");
        List<String> files = partFiles();
        assertTrue(files.size() >= 5, files.toString());
        for (String f : files) assertTrue(Files.size(out.resolve(FOLDER + f)) < 300_000, f + ": " + Files.size(out.resolve(FOLDER + f)));
        assertTrue(Files.size(out.resolve(FOLDER + "index.html")) < 60_000);
        Document index = page(FOLDER + "index.html");
        List<String> listed = index.select(".parts-list a").eachAttr("href");
        assertEquals(files.size(), listed.size());
        assertEquals("chuong-i-quy-dinh-cua-chuong-i.html", listed.get(0).substring(listed.get(0).lastIndexOf('/') + 1),
                "the preamble is too small for a page of its own: it opens the first chapter's");
        assertTrue(index.select(".parts-list a").text().contains("Chương III. QUY ĐỊNH CỦA CHƯƠNG III"));
        assertEquals("../../van-ban/luat-99-2025-qh15/toan-van.html", index.select(".parts a[href$=toan-van.html]").attr("href"));
        assertTrue(index.select(".doc-body").text().isEmpty(), "the contents page does not carry the text");
        assertTrue(index.select("button[data-action=print]").isEmpty(), "printing is the whole text's, linked from the contents");
        assertEquals("Số hiệu 99/2025/QH15", index.select(".doc-meta dl > div").first().text());
    }

    @Test
    void partsLinkToEachOtherBothWaysAndTellBrowsersSo() throws IOException {
        List<String> listed = page(FOLDER + "index.html").select(".parts-list a").eachAttr("href");
        Document second = page(listed.get(1).replace("../../", ""));
        assertEquals(listed.get(0), second.select("link[rel=prev]").attr("href"));
        assertEquals(listed.get(2), second.select("link[rel=next]").attr("href"));
        assertEquals(listed.get(0), second.select(".part-nav a.part-prev").first().attr("href"));
        assertEquals(listed.get(2), second.select(".part-nav a.part-next").last().attr("href"));
        assertEquals("../../van-ban/luat-99-2025-qh15/index.html", second.select(".part-nav a.part-contents").first().attr("href"));
        assertTrue(second.select("h1").text().startsWith("Chương") || second.select("h1").text().startsWith("Điều"), second.select("h1").text());
        assertEquals("An ninh cơ sở", second.select(".breadcrumb li").get(2).text());
        Document first = page(listed.get(0).replace("../../", ""));
        assertTrue(first.select("link[rel=prev]").isEmpty());
        Document last = page(listed.get(listed.size() - 1).replace("../../", ""));
        assertTrue(last.select("link[rel=next]").isEmpty());
        assertEquals("vi", last.select("html").attr("lang"));
    }

    @Test
    void theWholeTextIsOnePrintablePageNotIndexed() throws IOException {
        Document whole = page(FOLDER + "toan-van.html");
        assertEquals("noindex", whole.select("meta[name=robots]").attr("content"));
        assertEquals(1, whole.select("button[data-action=print]").size());
        assertEquals("https://antq.example/van-ban/luat-99-2025-qh15/", whole.select("link[rel=canonical]").attr("href"));
        assertEquals(120, whole.select(".doc-body h3").size(), "every article");
        assertEquals(1, whole.select("[id=dieu-77-noi-dung-dieu-77]").size(), "the whole text holds every anchor");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("toan-van.html"));
        assertTrue(sitemap.contains("van-ban/luat-99-2025-qh15/chuong-i-quy-dinh-cua-chuong-i.html"));
    }

    @Test
    void aLinkToAnArticleGoesToThePartHoldingIt() throws IOException {
        Document plan = page("van-ban/ke-hoach-1-kh-ubnd/index.html");
        String href = plan.select(".doc-body a").first().attr("href");
        assertTrue(href.startsWith("../../" + FOLDER) && href.endsWith(".html#dieu-77-noi-dung-dieu-77") && !href.contains("index.html"), href);
        Document target = page(href.substring(6, href.indexOf('#')));
        assertEquals(1, target.select("#dieu-77-noi-dung-dieu-77").size(), "the anchor is on that part");
        assertEquals("../../" + FOLDER + "index.html", plan.select(".doc-body a").get(1).attr("href"), "a link to the page: its contents");
    }

    @Test
    void searchLeadsToThePartWhereTheWordsAre() throws IOException {
        QueryEngine engine = new QueryEngine(SearchIndexReader.read(out));
        List<QueryEngine.Hit> hits = engine.search("tuan tra canh gac kho xang dau", QueryEngine.Filters.NONE, 5);
        assertEquals(FOLDER + "index.html", hits.get(0).url());
        String link = hits.get(0).link();
        assertTrue(link.startsWith(FOLDER) && link.endsWith("#dieu-77-noi-dung-dieu-77") && !link.contains("index.html"), link);
        assertTrue(Files.readString(out.resolve(link.substring(0, link.indexOf('#')))).contains("kho xăng dầu"));
    }

    @Test
    void checkFindsEveryLinkAndAnchorOfThePartsResolved() {
        TestSite.Run run = TestSite.run("check", "--source", site.root.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("error"), run.err());
    }

    @Test
    void theSameInputGivesTheSameParts() throws IOException {
        Path again = dir.resolve("again");
        assertEquals(0, site.build("--out", again.toString(), "--base-url", "https://antq.example/").exit());
        var a = TestSite.tree(out);
        var b = TestSite.tree(again);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertTrue(java.util.Arrays.equals(a.get(k), b.get(k)), k);
    }
}
