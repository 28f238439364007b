package vn.antq.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the real content/ and checks the published pages with jsoup. */
class SiteIntegrationTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        TestSite.Run run = TestSite.run("build", "--source", TestSite.PROJECT.toString(), "--out", site.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s)Đã dựng \\d+ trang \\(\\d+ văn bản\\) trong [0-9.]+ giây.*"), run.out());
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(p).toString(), Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
    }

    @Test
    void everyPageIsVietnameseUnderAStrictCsp() {
        assertTrue(pages.size() > 20);
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            Document d = e.getValue();
            assertEquals("vi", d.selectFirst("html").attr("lang"), e.getKey());
            Element csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp, e.getKey());
            assertEquals("default-src 'self'", csp.attr("content"), e.getKey());
            assertTrue(d.select("script:not([src])").isEmpty(), "inline script in " + e.getKey());
            assertTrue(d.select("style").isEmpty(), "style element in " + e.getKey());
            assertTrue(d.select("[style]").isEmpty(), "style attribute in " + e.getKey());
            for (Element el : d.getAllElements()) {
                el.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), a + " in " + e.getKey()));
            }
            assertNotNull(d.selectFirst("input[type=search][name=q]"), "search field on " + e.getKey());
            assertNotNull(d.selectFirst("nav.site-nav"), e.getKey());
        }
    }

    @Test
    void everyInternalLinkAndAssetResolvesToAFileAndAnchor() {
        List<String> broken = new ArrayList<>();
        Map<String, Document> byPath = new HashMap<>(pages);
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (e.getKey().equals("404.html")) continue; // links there are relative to the site root by design
            Path from = site.resolve(e.getKey());
            for (Element el : e.getValue().select("[href], [src], form[action]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.hasAttr("src") ? el.attr("src") : el.attr("action");
                if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:")) {
                    assertTrue(el.tagName().equals("a") || el.tagName().equals("link") && el.attr("rel").equals("canonical"),
                            "external resource " + url + " in " + e.getKey());
                    continue;
                }
                String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
                Path target = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(e.getKey() + " → " + url);
                    continue;
                }
                if (fragment != null && !fragment.isEmpty()) {
                    Document t = byPath.get(site.relativize(target).toString());
                    if (t == null || t.getElementById(java.net.URLDecoder.decode(fragment, StandardCharsets.UTF_8)) == null) {
                        broken.add(e.getKey() + " → " + url + " (no such anchor)");
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void documentPagesShowTheirMetadata() {
        Document d = pages.get("van-ban/chi-thi-06-ct-bca-v05/index.html");
        assertNotNull(d);
        String meta = d.select(".doc-meta").text();
        assertTrue(meta.contains("06/CT-BCA-V05"), meta);
        assertTrue(meta.contains("Chỉ thị"), meta);
        assertTrue(meta.contains("Bộ Công an"), meta);
        assertTrue(meta.contains("07/05/2025"), meta);
        assertTrue(meta.contains("Lương Tam Quang"), meta);
        assertTrue(meta.contains("Còn hiệu lực"), meta);
        assertNotNull(d.selectFirst("button[data-action=print]"));
        assertFalse(d.select("details.toc a[href^=#]").isEmpty());
        assertTrue(d.select(".breadcrumb a").stream().anyMatch(a -> a.attr("href").equals("../../van-ban/index.html")));
        assertEquals("Về nâng cao chất lượng, hiệu quả phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, cơ sở giáo dục đáp ứng yêu cầu, nhiệm vụ bảo đảm an ninh, trật tự trong tình hình mới",
                d.selectFirst("h1").text());
    }

    @Test
    void blankNumberAndDateAreShownAsBlank() {
        Document d = pages.get("van-ban/ke-hoach-kh-ubnd-ha-noi-2025/index.html");
        String meta = d.select(".doc-meta").text();
        assertTrue(meta.contains("/KH-UBND"), meta);
        assertTrue(meta.contains("số để trống trong bản gốc"), meta);
        assertTrue(meta.contains("ngày để trống trong bản gốc"), meta);
    }

    @Test
    void footnotesAreRealFootnotes() {
        Document d = pages.get("van-ban/ke-hoach-354-kh-ubnd/index.html");
        assertEquals(10, d.select(".footnotes li").size());
        assertEquals(10, d.select("sup a.footnote-ref").size());
    }

    @Test
    void registerListsEveryDocumentNewestFirst() throws IOException {
        Document d = pages.get("van-ban/index.html");
        List<Path> sources;
        try (Stream<Path> s = Files.list(TestSite.PROJECT.resolve("content/van-ban"))) {
            sources = s.filter(p -> p.toString().endsWith(".md")).toList();
        }
        var rows = d.select("table[data-register] tbody tr");
        assertEquals(sources.size(), rows.size());
        List<String> dates = rows.stream().map(r -> r.select("td").get(4).attr("data-value")).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        assertNotNull(d.selectFirst("form[data-register-filters][hidden]"), "filters appear only with JavaScript");
    }

    @Test
    void taxonomyPagesGroupDocuments() {
        Document types = pages.get("loai-van-ban/index.html");
        assertNotNull(types);
        assertTrue(types.text().contains("Chỉ thị"));
        Document chiThi = pages.get("loai-van-ban/chi-thi/index.html");
        assertTrue(chiThi.select("tbody tr").text().contains("06/CT-BCA-V05"));
        assertNotNull(pages.get("co-quan-ban-hanh/bo-cong-an/index.html"));
        assertNotNull(pages.get("doi-tuong/co-so-giao-duc/index.html"));
        assertNotNull(pages.get("nam/2025/index.html"));
        assertFalse(pages.keySet().stream().filter(p -> p.startsWith("chu-de/")).toList().isEmpty());
    }

    @Test
    void homeHasLatestDocumentsAndSearch() {
        Document home = pages.get("index.html");
        assertFalse(home.select(".doc-list li").isEmpty());
        assertTrue(home.select("#checklists-heading + p + ul a").size() >= 7, "home lists the checklists");
        assertNotNull(home.selectFirst("form[role=search][action=tim-kiem/index.html] input[name=q]"));
        assertNotNull(pages.get("404.html"));
        assertNotNull(pages.get("tim-kiem/index.html"));
    }

    @Test
    void assetsHaveContentHashedNames() throws IOException {
        try (Stream<Path> s = Files.walk(site.resolve("assets"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                assertTrue(p.getFileName().toString().matches(".+\\.[0-9a-f]{10}\\.(css|js)"), p.toString());
            }
        }
    }

    @Test
    void robotsButNoSitemapOrFeedWithoutBaseUrl() {
        assertTrue(Files.exists(site.resolve("robots.txt")));
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        assertFalse(Files.exists(site.resolve("feed.xml")));
    }

    @Test
    void sitemapAndFeedUseTheBaseUrl() throws Exception {
        Path out = tmp.resolve("with-base");
        TestSite.Run run = TestSite.run("build", "--source", TestSite.PROJECT.toString(), "--out", out.toString(),
                "--base-url", "https://antq.example.vn/huong-dan");
        assertEquals(0, run.exit(), run.err());
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        var sitemap = xml.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        var locs = sitemap.getElementsByTagName("loc");
        assertTrue(locs.getLength() > 20);
        for (int i = 0; i < locs.getLength(); i++) {
            assertTrue(locs.item(i).getTextContent().startsWith("https://antq.example.vn/huong-dan/"));
        }
        var feed = xml.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertTrue(feed.getElementsByTagName("entry").getLength() >= 6);
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://antq.example.vn/huong-dan/sitemap.xml"));
        assertTrue(Files.readString(out.resolve("404.html"), StandardCharsets.UTF_8).contains("href=\"/huong-dan/index.html\""));
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path again = tmp.resolve("again");
        assertEquals(0, TestSite.run("build", "--source", TestSite.PROJECT.toString(), "--out", again.toString()).exit());
        Map<String, byte[]> a = TestSite.tree(site);
        Map<String, byte[]> b = TestSite.tree(again);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
    }

}
