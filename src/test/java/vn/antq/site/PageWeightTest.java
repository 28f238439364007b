package vn.antq.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page-weight budget: a page that cannot be cut and is over 300 kB is named in a warning; the build still succeeds. */
class PageWeightTest {
    @Test
    void aPageOverTheBudgetIsNamedAtItsContentFile(@TempDir Path dir) {
        TestSite site = TestSite.create(dir);
        // one paragraph of 320 kB: nothing to cut it at
        site.file("content/huong-dan/mot-doan.md", "---\ntitle: \"Một đoạn rất dài\"\n---\n" + "Nội dung bảo vệ an ninh trật tự. ".repeat(9_000) + "\n");
        TestSite.Run run = site.build("--out", dir.resolve("site").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("content/huong-dan/mot-doan.md: warning: trang huong-dan/mot-doan/index.html nặng "), run.err());
        assertTrue(run.err().contains("quá mức 300 kB"), run.err());
        assertFalse(run.err().contains("van-ban/chi-thi-06-ct-bca-v05/index.html nặng"), "a small page is not named");
    }
}
