package vn.antq.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The six source documents as pages, their cross-references, glossary and calendar. */
class DocumentsIntegrationTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        TestSite.Run run = TestSite.run("build", "--source", TestSite.PROJECT.toString(), "--out", site.toString(),
                "--base-url", "https://antq.example.vn/");
        assertEquals(0, run.exit(), run.err());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "chuong-trinh-10-ctr-cahn-pa03 | 10/CTr-CAHN-PA03 | Chương trình | Công an Thành phố Hà Nội | 15/03/2024",
            "huong-dan-363-hd-pa03-d1 | 363/HD-PA03-Đ1 | Hướng dẫn | Phòng An ninh chính trị nội bộ (PA03), Công an Thành phố Hà Nội | 15/03/2024",
            "ke-hoach-354-kh-ubnd | 354/KH-UBND | Kế hoạch | Ủy ban nhân dân thành phố Hải Phòng | 30/12/2025",
            "ke-hoach-kh-ubnd-ha-noi-2025 | /KH-UBND | Kế hoạch | Ủy ban nhân dân thành phố Hà Nội | 2025",
            "chi-thi-06-ct-bca-v05 | 06/CT-BCA-V05 | Chỉ thị | Bộ Công an | 07/05/2025",
            "ke-hoach-ctr-bcd-hop-thanh-2024 | /CTr-BCĐ | Kế hoạch | Ban Chỉ đạo 138 xã Hợp Thành | 03/2024",
    })
    void sixDocumentsHaveTheirPageAndMetadata(String slug, String number, String type, String issuer, String date) throws IOException {
        Document d = page("van-ban/" + slug + "/index.html");
        Map<String, String> meta = new HashMap<>();
        for (Element row : d.select(".doc-meta dl > div")) meta.put(row.selectFirst("dt").text(), row.selectFirst("dd").text());
        assertTrue(meta.get("Số hiệu").startsWith(number), meta.toString());
        assertEquals(type, meta.get("Loại văn bản"));
        assertEquals(issuer, meta.get("Cơ quan ban hành"));
        assertTrue(meta.get("Ngày ban hành").startsWith(date), meta.toString());
    }

    @Test
    void everyHeadingOfEachSourceIsOnItsPage() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestSite.PROJECT.resolve("content/van-ban"))) {
            for (Path md : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String slug = md.getFileName().toString().replace(".md", "");
                Document d = page("van-ban/" + slug + "/index.html");
                List<String> headings = d.select(".doc-body h2, .doc-body h3, .doc-body h4").eachText();
                for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
                    if (line.matches("#{2,4} .*")) {
                        String text = Jsoup.parse(org.jsoup.parser.Parser.unescapeEntities(
                                line.replaceFirst("#+ ", "").replaceAll("[*_\\\\]", "").replaceAll("\\{[^}]*}$", ""), false)).text().strip();
                        if (!headings.contains(text)) missing.add(slug + ": " + text);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void thongTu124ListsTheDocumentsThatCiteIt() throws IOException {
        Document d = page("van-ban/thong-tu-124-2021-tt-bca/index.html");
        List<String> citing = d.select("#cited-by-heading + ul > li").eachText();
        assertTrue(citing.size() >= 4, citing.toString());
        assertNotNull(d.selectFirst(".notice"), "an excerpt carries a visible note");
        assertTrue(d.selectFirst(".notice").text().contains("48/2025/TT-BCA"));
    }

    @Test
    void chiThi06SaysItReplacesChiThi07AndIsImplemented() throws IOException {
        Document d = page("van-ban/chi-thi-06-ct-bca-v05/index.html");
        String relations = d.select(".relation-list").text();
        assertTrue(relations.contains("Thay thế: Chỉ thị 07/CT-BCA-V28"), relations);
        assertTrue(relations.contains("Được thực hiện bởi: Kế hoạch 354/KH-UBND"), relations);
        Document hp = page("van-ban/ke-hoach-354-kh-ubnd/index.html");
        assertTrue(hp.select(".relation-list a[href='../../van-ban/chi-thi-06-ct-bca-v05/index.html']").size() == 1);
    }

    @Test
    void citedNumbersLinkToTheirPagesInTheText() throws IOException {
        Document hp = page("van-ban/ke-hoach-354-kh-ubnd/index.html");
        assertFalse(hp.select(".doc-body a.ref[href='../../van-ban/chi-thi-06-ct-bca-v05/index.html']").isEmpty());
        // a document never links to itself
        assertTrue(hp.select(".doc-body a.ref[href='../../van-ban/ke-hoach-354-kh-ubnd/index.html']").isEmpty());
    }

    @Test
    void registerOfCitedDocumentsHasNumbersWithAndWithoutPages() throws IOException {
        Document d = page("tham-chieu/index.html");
        Element tt124 = d.getElementById("124-2021-tt-bca");
        assertNotNull(tt124);
        assertEquals("../van-ban/thong-tu-124-2021-tt-bca/index.html", tt124.selectFirst("td a").attr("href"));
        Element kl44 = d.getElementById("44-kl-tw");
        assertNotNull(kl44, "a cited number without a page still has an entry");
        assertTrue(kl44.text().contains("chưa có trên trang"));
        assertFalse(kl44.select(".place-list li").isEmpty());
    }

    @Test
    void abbreviationsCarryTheirExpansionOncePerSection() throws IOException {
        Document d = page("van-ban/chi-thi-06-ct-bca-v05/index.html");
        assertFalse(d.select("abbr[title]").isEmpty());
        Document hp = page("van-ban/ke-hoach-354-kh-ubnd/index.html");
        Element antt = hp.selectFirst("abbr:containsOwn(ANTT)");
        assertNotNull(antt);
        assertEquals("an ninh, trật tự", antt.attr("title"));
        // between two headings (or in one footnote), ANTT is marked at most once
        Map<String, Integer> perSection = new HashMap<>();
        String section = "";
        for (Element e : hp.select(".doc-body h2, .doc-body h3, .doc-body h4, .doc-body .footnotes li, .doc-body abbr")) {
            if (!e.tagName().equals("abbr")) section = e.id();
            else if (e.text().equals("ANTT")) perSection.merge(section, 1, Integer::sum);
        }
        assertTrue(perSection.values().stream().allMatch(n -> n == 1), perSection.toString());
    }

    @Test
    void glossaryPageExplainsAbbreviationsAndTerms() throws IOException {
        Document d = page("thuat-ngu/index.html");
        Element bmnn = d.getElementById("bmnn");
        assertNotNull(bmnn);
        assertTrue(bmnn.text().contains("bí mật nhà nước") || bmnn.text().contains("bí mật Nhà nước"), bmnn.text());
        assertNotNull(d.getElementById("4-ro"));
        assertNotNull(d.getElementById("6-ro"));
    }

    @Test
    void diagramLinksEveryDocumentAndShowsExternalTargets() throws IOException {
        Document d = page("so-do/index.html");
        Element svg = d.selectFirst("svg.diagram");
        assertNotNull(svg);
        List<String> links = svg.select("a").eachAttr("href");
        try (Stream<Path> s = Files.list(site.resolve("van-ban"))) {
            long documents = s.filter(Files::isDirectory).count();
            assertEquals(documents, links.size(), links.toString());
        }
        assertTrue(svg.select("g.node-external title").text().contains("07/CT-BCA-V28"));
        assertTrue(svg.select("path.edge-replaces").size() >= 1);
        assertTrue(svg.select("path.edge-implements").size() >= 4);
    }

    @Test
    void calendarPageIsOrderedThroughTheYear() throws IOException {
        Document d = page("lich/index.html");
        List<String> groups = d.select("main section > h2").eachText();
        assertEquals("Hằng tháng", groups.get(0));
        List<Integer> months = groups.stream().filter(g -> g.startsWith("Tháng ")).map(g -> Integer.parseInt(g.substring(6))).toList();
        List<Integer> sorted = new ArrayList<>(months);
        sorted.sort(null);
        assertEquals(sorted, months);
        assertTrue(d.text().contains("19/08 hằng năm"));
        assertNotNull(d.selectFirst("a[href=../lich/antq.ics]"));
    }

    @Test
    void icsIsValidICalendarWithYearlyAndMonthlyEvents() throws IOException {
        byte[] raw = Files.readAllBytes(site.resolve("lich/antq.ics"));
        String text = new String(raw, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        for (String physical : text.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "line longer than 75 octets: " + physical);
            assertFalse(physical.contains("\n"), "bare LF");
        }
        List<String> lines = List.of(text.replace("\r\n ", "").split("\r\n")); // unfold
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String l : lines) {
            if (l.equals("BEGIN:VEVENT")) current = new HashMap<>();
            else if (l.equals("END:VEVENT")) { events.add(current); current = null; }
            else if (current != null) {
                int colon = l.indexOf(':');
                String name = l.substring(0, colon).replaceAll(";.*", "");
                current.put(name, l.substring(colon + 1));
            }
        }
        assertTrue(events.size() >= 10, "events: " + events.size());
        for (Map<String, String> e : events) {
            for (String required : List.of("UID", "DTSTAMP", "DTSTART", "SUMMARY")) assertTrue(e.containsKey(required), e.toString());
            assertTrue(e.get("DTSTART").matches("\\d{8}"), e.toString());
            assertTrue(e.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), e.toString());
        }
        assertEquals(events.size(), events.stream().map(e -> e.get("UID")).distinct().count(), "UIDs are unique");
        assertTrue(events.stream().anyMatch(e -> e.get("DTSTART").endsWith("0819") && "FREQ=YEARLY".equals(e.get("RRULE"))),
                "19/8 Ngày hội, every year");
        assertTrue(events.stream().anyMatch(e -> e.get("DTSTART").endsWith("1115") && e.get("SUMMARY").toLowerCase().contains("báo cáo")),
                "report deadline 15/11");
        assertTrue(events.stream().anyMatch(e -> e.getOrDefault("RRULE", "").startsWith("FREQ=MONTHLY")), "a monthly deadline");
        assertTrue(events.stream().allMatch(e -> e.getOrDefault("URL", "").startsWith("https://antq.example.vn/van-ban/")));
    }
}
