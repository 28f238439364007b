package vn.antq.site.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problems;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Problems problems = new Problems(new Messages());

    private Rendered render(String md) {
        return renderer.render("content/van-ban/a.md", md, 5, "van-ban/a/index.html",
                Map.of("content/van-ban/b.md", "van-ban/b/index.html")::get, problems);
    }

    private Document html(String md) {
        return Jsoup.parseBodyFragment(render(md).html());
    }

    @Test
    void headingIdsAreFoldedToAsciiAndUnique() {
        Rendered r = render("## II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n### 1. Mục đích\n\n### 1. Mục đích\n\n## Khác {#rieng}\n");
        Document d = Jsoup.parseBodyFragment(r.html());
        assertEquals("ii-nhiem-vu-va-giai-phap", d.selectFirst("h2").id());
        assertEquals("1-muc-dich", d.select("h3").get(0).id());
        assertEquals("1-muc-dich-1", d.select("h3").get(1).id());
        assertEquals("rieng", d.select("h2").get(1).id());
        assertEquals(4, r.headings().size());
        assertEquals("II. NHIỆM VỤ VÀ GIẢI PHÁP", r.headings().get(0).text());
    }

    @Test
    void aNulCharacterInTheTextBecomesAReplacementCharacterAndEveryRunStaysInPlace() {
        // U+0000 marks text runs inside the renderer; a stray one in a file must not move them
        Rendered r = render("Đoạn một\u0000 có *nhấn* và [liên kết](https://example.org).\n\n| A | B |\n|---|---|\n| x\u0000 | y |\n");
        assertFalse(r.html().contains("\u0000"), r.html());
        Document d = Jsoup.parseBodyFragment(r.html());
        assertEquals("Đoạn một\uFFFD có nhấn và liên kết.", d.selectFirst("p").text());
        assertEquals("x\uFFFD", d.select("td").get(0).text());
        assertEquals("y", d.select("td").get(1).text());
    }

    @Test
    void searchTextIsCutAtHeadingsWithSpacesCollapsedAndLineBreaksKept() {
        Rendered r = render("  Mở   đầu\tcó *nhấn*  \ncâu sau.\n\n## Mục một\n\n- Ý  một\n- Ý hai  \n\n## Trống\n");
        assertEquals(3, r.sections().size(), r.sections().toString());
        assertEquals(new SectionText("", "", "Mở đầu có nhấn\ncâu sau."), r.sections().get(0)); // two spaces: a hard break
        assertEquals(new SectionText("muc-mot", "Mục một", "Ý một\nÝ hai"), r.sections().get(1));
        assertEquals(new SectionText("trong", "Trống", ""), r.sections().get(2));
    }

    @Test
    void gfmTablesFootnotesTaskListsAndDefinitionLists() {
        Document d = html("""
                | Cột A | Cột B |
                |---|---|
                | một | hai |

                Câu có chú thích[^1].

                - [x] Đã làm
                - [ ] Chưa làm

                Thuật ngữ
                : Định nghĩa

                [^1]: Nội dung chú thích.
                """);
        assertEquals(2, d.select("table th").size());
        assertEquals("hai", d.select("table td").get(1).text());
        assertEquals(1, d.select("sup a.footnote-ref[href=#fn-1]").size());
        assertTrue(d.select(".footnotes li#fn-1").text().contains("Nội dung chú thích."));
        assertEquals(2, d.select("li input[type=checkbox][disabled]").size());
        assertEquals(1, d.select("li input[checked]").size());
        assertEquals("Thuật ngữ", d.select("dl dt").text());
        assertEquals("Định nghĩa", d.select("dl dd").text());
    }

    @Test
    void attributeBlocksSetClasses() {
        Document d = html("**Nguyễn Văn A**\n{.signature}\n");
        assertEquals(1, d.select("p.signature").size());
    }

    @Test
    void rawHtmlIsSanitized() {
        Document d = html("""
                <script>alert(1)</script>

                <p onclick="alert(2)" style="color:red">đoạn</p>

                [bấm](javascript:alert(3)) [ảnh](data:text/html,x)

                <img src="x" onerror="alert(4)"> <iframe src="https://evil.example"></iframe>

                <a href="https://example.vn" title="t">ngoài</a> <svg><script>alert(5)</script></svg>

                Đoạn {onmouseover="alert(6)"}
                """);
        String html = d.body().html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("onmouseover"), html);
        assertFalse(html.contains("style="), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.contains("<svg"), html);
        assertEquals("https://example.vn", d.select("a[title=t]").attr("href"));
        assertTrue(html.contains("đoạn"));
    }

    @Test
    void markdownWithoutRawHtmlIsSanitizedToo() {
        Document d = html("""
                [bấm](javascript:alert(1)) [thư](mailto:a@b.vn) [ảnh](data:text/html,x) ![ảnh ngoài](https://evil.example/x.png)

                Đoạn {onmouseover="alert(2)" style="color:red" .ghi-chu}
                """);
        String body = d.body().html();
        assertFalse(body.contains("javascript:"), body);
        assertFalse(body.contains("data:"), body);
        assertFalse(body.contains("onmouseover"), body);
        assertFalse(body.contains("style="), body);
        assertFalse(body.contains("evil.example"), "no third-party images: " + body);
        assertEquals("mailto:a@b.vn", d.select("a:contains(thư)").attr("href"));
        assertEquals(1, d.select("p.ghi-chu").size());
    }

    @Test
    void linksToContentFilesBecomeRelativePageLinks() {
        Document d = html("[Văn bản B](b.md#ii-muc) và [ngoài](https://example.vn)\n");
        assertEquals("../../van-ban/b/index.html#ii-muc", d.select("a").get(0).attr("href"));
        assertEquals("https://example.vn", d.select("a").get(1).attr("href"));
        assertFalse(problems.hasErrors());
    }

    @Test
    void brokenContentLinkIsReportedAtItsLine() {
        render("Đoạn một.\n\n[hỏng](khong-co.md)\n");
        assertTrue(problems.sorted().get(0).toString().startsWith("content/van-ban/a.md:7:"), problems.sorted().toString());
    }
}
