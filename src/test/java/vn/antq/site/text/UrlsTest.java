package vn.antq.site.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlsTest {
    @Test
    void relativeLinksClimbToTheRoot() {
        assertEquals("van-ban/index.html", Urls.relative("index.html", "van-ban/index.html"));
        assertEquals("../../index.html", Urls.relative("van-ban/x/index.html", "index.html"));
        assertEquals("../../chu-de/a/index.html", Urls.relative("van-ban/x/index.html", "chu-de/a/index.html"));
    }

    @Test
    void resolvesContentPaths() {
        assertEquals("content/van-ban/b.md", Urls.resolve("content/van-ban/a.md", "b.md"));
        assertEquals("content/b.md", Urls.resolve("content/van-ban/a.md", "../b.md"));
        assertNull(Urls.resolve("content/a.md", "../../../x.md"));
    }

    @Test
    void recognisesSchemes() {
        assertTrue(Urls.hasScheme("https://x.vn"));
        assertTrue(Urls.hasScheme("javascript:alert(1)"));
        assertTrue(Urls.hasScheme("//cdn.example"));
        assertFalse(Urls.hasScheme("../a.md"));
        assertFalse(Urls.hasScheme("a.md#x:y"));
    }
}
