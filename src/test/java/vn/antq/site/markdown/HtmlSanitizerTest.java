package vn.antq.site.markdown;

import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.antq.site.content.Problems;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What may stay in content under the CSP {@code default-src 'self'}: the markup Markdown makes,
 * never script, handlers, {@code style}, frames, forms, {@code javascript:}/{@code data:} URLs or
 * third-party images. Both paths: jsoup's cleaner (bodies with raw HTML) and the attribute filter
 * (Markdown alone).
 */
class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private String clean(String html) {
        return sanitizer.cleanDocument(html).body().html();
    }

    @Test
    void codeStylesFramesAndFormsAreRemoved() {
        String html = clean("""
                <script>alert(1)</script><p onclick="alert(2)" onMouseOver="x()" style="color:red">đoạn</p>
                <style>p{}</style><iframe src="https://x.example"></iframe><object data="x"></object><embed src="x">
                <form action="/x"><button>gửi</button><input type="text" name="q"></form>
                <a href="javascript:alert(3)">a</a><a href="JavaScript:alert(4)">b</a><a href="vbscript:x">c</a>
                <a href="data:text/html,x">d</a><img src="data:image/png;base64,AA" alt="e"><svg><script>alert(5)</script></svg>
                """);
        for (String gone : List.of("<script", "alert(1)", "onclick", "onmouseover", "style", "<iframe", "<object", "<embed",
                "<form", "<button", "type=\"text\"", "javascript:", "vbscript:", "data:", "<svg", "alert(5)")) {
            assertFalse(html.toLowerCase().contains(gone.toLowerCase()), gone + " in " + html);
        }
        assertTrue(html.contains("<p>đoạn</p>"), "the text stays: " + html);
    }

    @Test
    void theMarkupMarkdownMakesIsKept() {
        String kept = """
                <h2 id="ii-nhiem-vu" class="x" lang="vi">II. Nhiệm vụ</h2><p title="t"><abbr title="An ninh Tổ quốc">ANTQ</abbr> \
                <a href="../../van-ban/b/index.html#muc-1">b</a> <a href="#fn-1">1</a> <a href="https://example.vn">n</a> \
                <a href="mailto:a@b.vn">m</a> <a href="tel:+8424">t</a> <del>x</del> <mark>y</mark> <kbd>k</kbd></p>\
                <ol start="3"><li>ba</li></ol><table><thead><tr><th scope="col" align="left">A</th></tr></thead>\
                <tbody><tr><td align="right">1</td></tr></tbody></table><details><summary>Tóm tắt</summary><p>z</p></details>\
                <figure><img src="../../anh/so-do.png" alt="sơ đồ"><figcaption>Hình 1</figcaption></figure>""";
        assertEquals(kept, clean(kept), "relative links stay relative, nothing is added or dropped");
        assertTrue(sanitizer.isSafe(kept));
    }

    @Test
    void onlyTaskListCheckboxesSurviveAndCannotBeTicked() {
        Document d = sanitizer.cleanDocument("<ul><li><input type=\"checkbox\" checked> việc</li></ul><input type=\"password\">");
        assertEquals(1, d.select("input").size());
        assertTrue(d.selectFirst("input").hasAttr("disabled"));
        assertTrue(d.selectFirst("input").hasAttr("checked"));
    }

    @Test
    void imagesComeOnlyFromTheSite() {
        String html = clean("<img src=\"https://tracker.example/p.gif\" alt=\"a\"><img src=\"http://x.example/p.gif\" alt=\"b\"><a href=\"ftp://x.example/f\">f</a>");
        assertFalse(html.contains("example"), html);
        assertTrue(html.contains("alt=\"a\"") && html.contains(">f</a>"), "the image's text and the link's stay: " + html);
    }

    @Test
    void isSafeTellsWhetherCleaningChangesAnything() {
        assertTrue(sanitizer.isSafe("<p><a href=\"../b/index.html\">b</a></p>"));
        for (String bad : List.of("<script>x</script>", "<p onclick=\"x\">a</p>", "<p style=\"color:red\">a</p>",
                "<a href=\"javascript:x\">a</a>", "<iframe></iframe>")) {
            assertFalse(sanitizer.isSafe(bad), bad);
        }
    }

    /** The attributes of one element after the Markdown path's filter, by name. */
    static Set<String> filtered(String... nameValue) {
        MutableAttributes a = new MutableAttributes();
        for (int i = 0; i < nameValue.length; i += 2) a.addValue(nameValue[i], nameValue[i + 1]);
        HtmlSanitizer.filterMarkdownAttributes(a);
        return new TreeSet<>(a.keySet());
    }

    @Test
    void theMarkdownPathKeepsOnlyMarkdownsOwnAttributes() {
        assertEquals(Set.of("class", "id", "title"),
                filtered("id", "a", "class", "ghi-chu", "title", "t", "onclick", "x()", "OnLoad", "x()", "style", "color:red", "data-x", "1"));
        assertEquals(Set.of("href"), filtered("href", "../b/index.html#muc"));
        assertEquals(Set.of("href"), filtered("href", "https://example.vn/a?b=1&c=2"));
        assertEquals(Set.of("href"), filtered("href", "mailto:a@b.vn"));
        assertEquals(Set.of("src"), filtered("src", "../../anh/a.png"));
        assertEquals(Set.of(), filtered("src", "https://tracker.example/p.gif"));
        assertEquals(Set.of(), filtered("src", "//tracker.example/p.gif"));
    }

    @Test
    void aUrlIsJudgedAsTheBrowserWillReadIt() {
        // a browser drops tabs and newlines inside a URL, and controls and spaces around it
        for (String url : List.of("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
                "\u0001javascript:alert(1)", "java&#9;script:alert(1)", "javascript&colon;alert(1)", "data:text/html,x")) {
            assertEquals(Set.of(), filtered("href", url), url.replace("\t", "\\t").replace("\n", "\\n"));
        }
        assertEquals(Set.of(), filtered("src", "/\\tracker.example/p.gif"), "read as //tracker.example");
    }

    @Test
    void markdownLinksCannotSmuggleAScriptUrl() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (String md : List.of("[a](java&#9;script:alert(1))", "[a](https://example.vn){href=\"java&#9;script:alert(1)\"}",
                "![i](java&#10;script:alert(1))")) {
            String html = renderer.render("content/a.md", md + "\n", 1, "a/index.html", Map.<String, String>of()::get, new Problems(new vn.antq.site.content.Messages())).html();
            assertFalse(html.contains("script:"), md + " → " + html);
        }
    }
}
