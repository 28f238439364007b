package vn.antq.site.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.BuildResult;
import vn.antq.site.IncrementalBuild;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incremental rebuild on the project's own content (checklists naming documents, the
 * glossary, deadlines, many citations between real documents): a run of editors' edits, each
 * checked against a fresh full build, byte for byte.
 */
class IncrementalRebuildProjectTest {
    @TempDir
    Path dir;

    @Test
    void editsOfTheRealDocumentsMatchAFullBuild() throws IOException {
        TestSite.empty(dir);
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), dir.resolve("content"));
        IncrementalOracle o = new IncrementalOracle(dir, "https://antq.example.vn/");

        // the directive's title: the checklist built on it, the plan implementing it, the decision citing it
        IncrementalBuild.Result r = o.edit("content/van-ban/chi-thi-06-ct-bca-v05.md",
                t -> t.replaceFirst("title: \"Về nâng cao", "title: \"Về việc nâng cao"));
        o.assertSameAsFullBuild();
        assertTrue(o.rewritten().containsAll(List.of("tu-kiem-tra/trien-khai-chi-thi-06/index.html",
                "van-ban/ke-hoach-354-kh-ubnd/index.html", "van-ban/quyet-dinh-510-qd-bca-v05/index.html",
                "tham-chieu/index.html", "van-ban/index.html")), o.rewritten()::toString);
        assertFalse(r.rendered().contains("tu-kiem-tra/phan-loai-phong-trao/index.html"), "its basis is another decision");
        assertFalse(r.rendered().contains("van-ban/chuong-trinh-10-ctr-cahn-pa03/index.html"), "it does not name the directive");

        // a new citation in the circular's text, with an abbreviation of the glossary
        o.edit("content/van-ban/thong-tu-124-2021-tt-bca.md",
                t -> t.replace("## Điều 3. Nguyên tắc", "## Điều 3. Nguyên tắc\n\nXem thêm Quyết định 510/QĐ-BCA-V05 về ANTT."));
        o.assertSameAsFullBuild();
        assertTrue(Files.readString(o.site().resolve("van-ban/quyet-dinh-510-qd-bca-v05/index.html")).contains("124/2021/TT-BCA"));

        // topics and a date: term pages, the order of every list
        o.edit("content/van-ban/huong-dan-363-hd-pa03-d1.md", t -> t.replace("\"công tác dân vận\", ", "\"dân vận\", "));
        o.assertSameAsFullBuild();
        o.edit("content/van-ban/ke-hoach-354-kh-ubnd.md", t -> t.replace("date: 2025-12-30", "date: 2023-12-30"));
        o.assertSameAsFullBuild();

        // a guide in the footer, its text only; the home page's text saved unchanged: its page's
        // fingerprint is the same, so it is not rendered again
        r = o.edit("content/huong-dan/bien-tap.md", t -> t + "\nMột dòng thêm.\n", "content/_index.md");
        o.assertSameAsFullBuild();
        assertEquals(Set.of("huong-dan/bien-tap/index.html"), r.rendered());

        // a heading a deadline names is renamed: the error a full build gives, nothing written
        r = o.edit("content/van-ban/chi-thi-06-ct-bca-v05.md", t -> t.replace("### 7. Tổ chức thực hiện", "### 7. Thực hiện"));
        assertEquals(IncrementalBuild.Status.FAILED, r.status());
        BuildResult full = o.fullBuild();
        assertEquals(IncrementalOracle.lines(full.problems().sorted()), IncrementalOracle.lines(r.problems().sorted()));
        assertEquals(Set.of(), o.rewritten());
        // and the deadline follows the heading: the calendar changes
        o.edit("content/van-ban/chi-thi-06-ct-bca-v05.md", t -> t.replace("section: \"7. Tổ chức thực hiện\"", "section: \"7. Thực hiện\""));
        o.assertSameAsFullBuild();
        assertTrue(o.rewritten().containsAll(List.of("lich/index.html", "van-ban/chi-thi-06-ct-bca-v05/index.html")), o.rewritten()::toString);
    }
}
