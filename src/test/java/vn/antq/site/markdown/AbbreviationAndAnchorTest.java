package vn.antq.site.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.site.TestSite;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problems;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Glossary abbreviations are marked only in running text (not in capitals or codes), and links
 * to headings with Vietnamese ids reach them: both with and without raw HTML in the body.
 */
class AbbreviationAndAnchorTest {
    /** Raw HTML at the end of a body sends it through jsoup instead of the flexmark-only path. */
    private static final String RAW = "\n\n<span class=\"raw\"></span>\n";
    /** Enough running text that the paragraph as a whole is not "mostly capitals". */
    private static final String TAIL = " theo những nội dung đã được quy định";

    private static final Map<String, String> GLOSSARY = new LinkedHashMap<>();
    static {
        for (String t : List.of("AN", "CA", "TP", "ANTT", "ANTQ", "ANQG", "UBND", "HĐND", "BCA", "TNHH", "DN", "KT.", "Đ/c")) {
            GLOSSARY.put(t, "nghĩa của " + t);
        }
    }

    private final MarkdownRenderer renderer = new MarkdownRenderer(new Decorations(Map.of(), GLOSSARY));

    private String render(String md) {
        return renderer.render("content/van-ban/a.md", md, 1, "van-ban/a/index.html",
                Map.of("content/van-ban/b.md", "van-ban/b/index.html")::get, new Problems(new Messages())).html();
    }

    /** The first paragraph, rendered without and with raw HTML: the two must agree. */
    private Element paragraph(String md) {
        Element plain = Jsoup.parseBodyFragment(render(md)).selectFirst("p");
        Element raw = Jsoup.parseBodyFragment(render(md + RAW)).selectFirst("p");
        assertEquals(plain.outerHtml(), raw.outerHtml(), "both render paths agree on: " + md);
        return plain;
    }

    private List<String> marked(String sentence) {
        return paragraph(sentence + TAIL).select("abbr").eachText();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Huy động lực lượng CA tham gia|CA",
            "Chỉ thị về ANTT, ANTQ trong năm|ANTT,ANTQ",
            "Xử lý theo Luật ANQG|ANQG",
            "Gửi HĐND, UBND các tỉnh|HĐND,UBND",
            "Gửi HĐND/UBND các tỉnh|HĐND,UBND",
            "Ghi rõ Công an tỉnh/TP nơi cư trú|TP",
            "Viện Pasteur TP. Hồ Chí Minh|TP",
            "Một ngân hàng ở Lạch Tray, TP.Hải Phòng|TP",
            "Gửi về Ban chỉ đạo 138/TP qua Phòng|TP",
            "Địa chỉ ở TP HCM|TP",
            "Giá đất do UBND TP Hà Nội quy định|UBND,TP",
            "Cán bộ CA TP Hà Nội|CA,TP",
            "Sắp xếp công ty TNHH MTV của nhà nước|TNHH",
            "Người ký (KT. Bộ trưởng)|KT.",
            // a spelling with a sign is abbreviated even among capitals
            "Nơi nhận: các bộ; KT. THỦ TƯỚNG, ký|KT.",
            "Gửi Đ/c Thủ trưởng|Đ/c",
            "Thực hiện Chỉ thị 06/CT-BCA-V05 của BCA|BCA",
    })
    void abbreviationsInRunningTextAreMarked(String testCase) {
        String[] parts = testCase.split("\\|");
        assertEquals(List.of(parts[1].split(",")), marked(parts[0]), parts[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a word of text in capitals
            "Nơi nhận: BỘ CÔNG AN; các đơn vị",
            "Chương V AN TOÀN THỰC PHẨM và các quy định khác",
            "in dòng chữ “KHU VỰC BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG” màu vàng",
            "dòng chữ “ĐIỀU LỆNH CA.” ở dưới",
            "mục CÔNG TÁC BẢO ĐẢM TRẬT TỰ (ANTT) TRÊN ĐỊA BÀN ở xã",
            // a code
            "Dùng chứng thư PKI/CA của tổ chức",
            "Theo Mẫu số 01-TP-TGPL ban hành kèm",
            "Theo mẫu TP- LS-05 ban hành kèm",
            "Ghi vào mẫu CA-03 và",
            "Cơ chế đặc thù TP.HCM và",
            "Báo cáo (Mẫu số B02-DN) kèm",
            "Định mức KT-KT. cho",
            "Tệp Phu luc_BCA.doc và",
            "Biểu số 004.N/BCB-TP và",
            // never inside a document number
            "Thực hiện Chỉ thị 06/CT-BCA-V05 về",
    })
    void abbreviationsInCapitalsAndCodesAreNotMarked(String sentence) {
        assertEquals(List.of(), marked(sentence), sentence);
    }

    @Test
    void aSkippedOccurrenceDoesNotUseUpTheSectionsFirstMark() {
        Element p = paragraph("Chương V AN TOÀN THỰC PHẨM, rồi Đội AN Giáo dục và khoa học" + TAIL);
        assertEquals(1, p.select("abbr").size(), p.outerHtml());
        assertTrue(p.html().contains("Đội <abbr title=\"nghĩa của AN\">AN</abbr> Giáo dục"), p.outerHtml());
    }

    @Test
    void capitalWordsAreVietnameseSyllablesNotCodes() {
        for (String w : List.of("CÔNG", "TOÀN", "NINH", "THỦ", "TƯỚNG", "NGHĨA", "ĐƯỜNG", "NGƯỜI", "KHUYẾN", "QUỐC", "GIỮA")) {
            assertTrue(AbbreviationFinder.isCapitalWord(w), w);
        }
        for (String w : List.of("MTV", "HCM", "PKI", "TGPL", "CN", "KGVX", "Công", "V", "A1", "ODA")) {
            assertFalse(AbbreviationFinder.isCapitalWord(w), w);
        }
    }

    private static final String CHAPTERS = """
            ## Chương I {#chương-i}

            Đoạn một {#điểm-a}

            ## Điều 5. Phạm vi

            Xem [a](#chương-i), [b](#ch%C6%B0%C6%A1ng-i), [c](#Chương-I), [d](#điều-5-phạm-vi), [e](#điểm-a),
            [f][r], [g](b.md#chương-ii), [h](b.md#item-k1_ke_hoach), [i](https://example.vn/#chương-i),
            [j](mailto:a@b.vn#chương), [k](#fn-1), [l](#).

            [r]: #chương-i
            """;

    @Test
    void fragmentsOfInternalLinksAreFoldedLikeHeadingIdsOnBothPaths() {
        for (String md : List.of(CHAPTERS, CHAPTERS + RAW)) {
            Document d = Jsoup.parseBodyFragment(render(md));
            assertEquals("chuong-i", d.selectFirst("h2").id());
            Map<String, String> hrefs = new LinkedHashMap<>();
            for (Element a : d.select("p a")) hrefs.put(a.text(), a.attr("href"));
            assertEquals("#chuong-i", hrefs.get("a"), md);
            assertEquals("#chuong-i", hrefs.get("b"), "percent-encoded: decoded, then folded");
            assertEquals("#chuong-i", hrefs.get("c"));
            assertEquals("#dieu-5-pham-vi", hrefs.get("d"));
            assertEquals("#điểm-a", hrefs.get("e"), "an id of the page as written is kept");
            assertEquals("#chuong-i", hrefs.get("f"), "reference links too");
            assertEquals("../../van-ban/b/index.html#chuong-ii", hrefs.get("g"));
            assertEquals("../../van-ban/b/index.html#item-k1_ke_hoach", hrefs.get("h"), "ids the site writes are kept");
            assertEquals("https://example.vn/#chương-i", hrefs.get("i"), "external links are left alone");
            assertEquals("mailto:a@b.vn#chương", hrefs.get("j"));
            assertEquals("#fn-1", hrefs.get("k"));
            assertEquals("#", hrefs.get("l"));
        }
    }

    @Test
    void rawHtmlIdsAndLinksAreFoldedOnlyWhenTheyDoNotMatch() {
        Document d = Jsoup.parseBodyFragment(render("""
                ## Chương I {#chương-i}

                <span id="Dieu_1"></span> <a href="#Dieu_1">một</a> <a href="#chương-i">hai</a> [ba](#Dieu_1)
                """));
        assertEquals("#Dieu_1", d.selectFirst("a:containsOwn(một)").attr("href"));
        assertEquals("#chuong-i", d.selectFirst("a:containsOwn(hai)").attr("href"));
        assertEquals("#Dieu_1", d.selectFirst("a:containsOwn(ba)").attr("href"));
    }

    @Test
    void anchorsFoldedDecodedAndDecodedMalformedAreKept() {
        assertEquals("chuong-i", Anchors.fold("chương-i"));
        assertEquals("chuong-i", Anchors.fold("ch%C6%B0%C6%A1ng-i"));
        assertEquals("item-k1_ke_hoach", Anchors.fold("item-k1_ke_hoach"));
        assertEquals("ii-muc", Anchors.fold("II-Mục"));
        assertEquals("a+b", Anchors.decode("a+b"));
        assertEquals("%E2%28", Anchors.decode("%E2%28"), "not UTF-8: as written");
        assertEquals("%4", Anchors.decode("%4"));
    }

    @TempDir
    Path dir;

    @Test
    void aDocumentLinkingToItsVietnameseHeadingIdsBuildsAndChecksClean() {
        TestSite site = TestSite.create(dir).file("content/van-ban/chi-thi-06.md", """
                ---
                title: "Về nâng cao chất lượng phong trào"
                type: chi-thi
                number: "06/CT-BCA-V05"
                issuer: "Bộ Công an"
                date: 2025-05-07
                ---
                1. [Chương I](#chương-i)
                2. [Chương II](#ch%C6%B0%C6%A1ng-ii)

                ## Chương I: QUY ĐỊNH CHUNG {#chương-i}

                Nội dung.

                ## Chương II: TỔ CHỨC {#chương-ii}

                Nội dung <span class="ghi-chu">có HTML</span>, xem [Chương I](#chương-i).
                """).file("content/gioi-thieu.md", """
                ---
                title: "Giới thiệu"
                ---
                Xem [Chương II](van-ban/chi-thi-06.md#chương-ii).
                """);
        TestSite.Run build = site.build();
        assertEquals(0, build.exit(), build.err());
        TestSite.Run check = TestSite.run("check", "--source", dir.toString());
        assertEquals(0, check.exit(), check.err());
        assertFalse(check.err().contains("trỏ tới mục"), check.err());
    }

    @Test
    void aLinkToAVietnameseHeadingThatIsNotThereIsStillReported() {
        TestSite.create(dir).file("content/gioi-thieu.md", """
                ---
                title: "Giới thiệu"
                ---
                Xem [Chương IX](van-ban/chi-thi-06.md#chương-ix).
                """);
        TestSite.Run check = TestSite.run("check", "--source", dir.toString());
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().contains("content/gioi-thieu.md:4: error: liên kết \"../van-ban/chi-thi-06-ct-bca-v05/index.html#chuong-ix\" trỏ tới mục"),
                "at the line the editor wrote it: " + check.err());
    }
}
