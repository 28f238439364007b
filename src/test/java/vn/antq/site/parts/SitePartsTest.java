package vn.antq.site.parts;

import org.junit.jupiter.api.Test;
import vn.antq.site.markdown.SectionText;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SitePartsTest {
    private static final String PAGE = "van-ban/luat-1/index.html";
    private final Part first = new Part("chuong-i", "Chương I", null, false, 0, 0, 10, Set.of("chuong-i", "dieu-1"), true, "Chương I");
    private final Part second = new Part("chuong-ii", "Chương II. THI HÀNH", null, false, 0, 10, 20, Set.of("dieu-2", "fn-1"), false,
            "Chương II THI HÀNH");
    private final DocumentParts dp = new DocumentParts(PAGE, List.of(first, second));
    private final SiteParts parts = SiteParts.of(Map.of(PAGE, dp), Map.of());

    @Test
    void anAnchorLeadsToThePartHoldingIt() {
        assertEquals("van-ban/luat-1/chuong-ii.html#dieu-2", parts.link(PAGE, "dieu-2"));
        assertEquals(PAGE, parts.link(PAGE, ""), "the top: the contents page");
        assertEquals(PAGE, parts.link(PAGE, "khong-co"), "an unknown anchor: the contents page");
        assertEquals("van-ban/khac/index.html#a", parts.link("van-ban/khac/index.html", "a"));
        assertEquals("van-ban/luat-1/toan-van.html", dp.fullTextPath());
    }

    @Test
    void linksInBodiesAreRewrittenToTheParts() {
        String other = "<p><a href=\"../luat-1/index.html#dieu-2\">Điều 2</a> <a href=\"../luat-1/index.html#khong-co\">x</a>"
                + " <a href=\"../luat-1/index.html\">y</a> <a href=\"https://x.vn/a.html#dieu-2\">z</a> <a href=\"#tai-day\">t</a></p>";
        assertEquals("<p><a href=\"../luat-1/chuong-ii.html#dieu-2\">Điều 2</a> <a href=\"../luat-1/index.html#khong-co\">x</a>"
                + " <a href=\"../luat-1/index.html\">y</a> <a href=\"https://x.vn/a.html#dieu-2\">z</a> <a href=\"#tai-day\">t</a></p>",
                parts.rewriteLinks(other, "van-ban/khac/index.html", null));
        // inside the split page: an anchor in another part is that part's, one in this part stays
        String own = "<p><a href=\"#dieu-2\">2</a> <a href=\"#dieu-1\">1</a><sup><a href=\"#fn-1\">1</a></sup></p>";
        assertEquals("<p><a href=\"chuong-ii.html#dieu-2\">2</a> <a href=\"#dieu-1\">1</a><sup><a href=\"chuong-ii.html#fn-1\">1</a></sup></p>",
                parts.rewriteLinks(own, "van-ban/luat-1/chuong-i.html", dp));
        assertEquals("<p><a href=\"#dieu-2\">2</a> <a href=\"chuong-i.html#dieu-1\">1</a><sup><a href=\"#fn-1\">1</a></sup></p>",
                parts.rewriteLinks(own, "van-ban/luat-1/chuong-ii.html", dp));
        // the whole text on one page: its own anchors are all there
        assertEquals(own, parts.rewriteLinks(own, "van-ban/luat-1/toan-van.html", null));
        String plain = "<p>không có liên kết</p>";
        assertSame(plain, parts.rewriteLinks(plain, "a/index.html", null));
        assertSame(plain, SiteParts.NONE.rewriteLinks(plain, "a/index.html", null));
    }

    @Test
    void searchSectionsAreCutWhereAPartBeginsInsideOne() {
        List<SectionText> sections = List.of(
                new SectionText("", "", "Căn cứ Luật."),
                new SectionText("chuong-i", "Chương I", "Điều 1. Phạm vi.\nChương II THI HÀNH\nĐiều 2. Hiệu lực."));
        List<SectionText> cut = SiteParts.searchSections(dp, sections);
        assertEquals(List.of(
                new SectionText("chuong-i.html", "", "Căn cứ Luật."),
                new SectionText("chuong-i.html#chuong-i", "Chương I", "Điều 1. Phạm vi."),
                new SectionText("chuong-ii.html", "Chương II. THI HÀNH", "Chương II THI HÀNH\nĐiều 2. Hiệu lực.")), cut);
    }
}
