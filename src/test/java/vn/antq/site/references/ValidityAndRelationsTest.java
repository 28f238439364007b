package vn.antq.site.references;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Effective and expiry dates, the statuses, and relations (amends, guides, basis) shown both ways. */
class ValidityAndRelationsTest {
    @TempDir
    Path dir;

    static String doc(String type, String number, String extra) {
        return "---\ntitle: \"Văn bản " + number + "\"\ntype: " + type + "\nnumber: \"" + number
                + "\"\nissuer: \"Bộ Công an\"\ndate: 2021-12-28\n" + extra + "---\nNội dung.\n";
    }

    private static Document page(TestSite site, String path) throws IOException {
        return Jsoup.parse(site.site().resolve(path).toFile(), "UTF-8");
    }

    private static String meta(Document d, String label) {
        return d.select(".doc-meta div").stream().filter(div -> div.selectFirst("dt").text().equals(label))
                .map(div -> div.selectFirst("dd").text()).findFirst().orElse(null);
    }

    private static List<String> relations(Document d) {
        return d.select(".relation-list li").eachText();
    }

    @Test
    void relationsAndDatesAreShownOnBothDocuments() throws IOException {
        TestSite site = TestSite.create(dir)
                .file("content/van-ban/tt-124.md", doc("thong-tu", "124/2021/TT-BCA",
                        "status: con-hieu-luc\neffective: 2022-02-10\nbasis: [\"06/CT-BCA-V05\"]\n"))
                .file("content/van-ban/tt-48.md", doc("thong-tu", "48/2025/TT-BCA",
                        "effective: 2025-08-15\namends: [\"124/2021/TT-BCA\"]\n"))
                .file("content/van-ban/hd-1.md", doc("huong-dan", "01/HD-V05", "guides: [\"124/2021/TT-BCA\"]\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exit(), run.err());
        Document tt124 = page(site, "van-ban/thong-tu-124-2021-tt-bca/index.html");
        assertEquals("10/02/2022", meta(tt124, "Ngày có hiệu lực"));
        assertEquals("Còn hiệu lực", meta(tt124, "Tình trạng"));
        List<String> shown = relations(tt124);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("Căn cứ:") && s.contains("06/CT-BCA-V05")), shown.toString());
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("Được sửa đổi, bổ sung bởi:") && s.contains("48/2025/TT-BCA")), shown.toString());
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("Được hướng dẫn bởi:") && s.contains("01/HD-V05")), shown.toString());
        Document tt48 = page(site, "van-ban/thong-tu-48-2025-tt-bca/index.html");
        assertTrue(relations(tt48).stream().anyMatch(s -> s.startsWith("Sửa đổi, bổ sung:") && s.contains("124/2021/TT-BCA")), relations(tt48).toString());
        assertEquals("Chưa rõ", meta(tt48, "Tình trạng"), "no status written: not claimed to be in force");
        Document ct06 = page(site, "van-ban/chi-thi-06-ct-bca-v05/index.html");
        assertTrue(relations(ct06).stream().anyMatch(s -> s.startsWith("Là căn cứ của:") && s.contains("124/2021/TT-BCA")), relations(ct06).toString());
        // the diagram's table lists them too
        String table = page(site, "so-do/index.html").select("table").text();
        assertTrue(table.contains("Sửa đổi, bổ sung") && table.contains("Hướng dẫn") && table.contains("Căn cứ"), table);
    }

    @Test
    void theSeedThongTu124StatesWhatItsTextSays() throws IOException {
        Document d = Jsoup.parse(TestSite.builtProject().resolve("van-ban/thong-tu-124-2021-tt-bca/index.html").toFile(), "UTF-8");
        assertEquals("10/02/2022", meta(d, "Ngày có hiệu lực"));
        assertTrue(relations(d).stream().anyMatch(s -> s.startsWith("Được sửa đổi, bổ sung bởi:") && s.contains("48/2025/TT-BCA")),
                relations(d).toString());
    }

    @Test
    void everyStatusHasItsLabel() throws IOException {
        TestSite site = TestSite.create(dir);
        String[][] statuses = {{"chua-co-hieu-luc", "Chưa có hiệu lực"}, {"con-hieu-luc", "Còn hiệu lực"},
                {"het-hieu-luc-mot-phan", "Hết hiệu lực một phần"}, {"het-hieu-luc", "Hết hiệu lực"}, {"chua-ro", "Chưa rõ"}};
        for (int i = 0; i < statuses.length; i++) {
            site.file("content/van-ban/s" + i + ".md", doc("quyet-dinh", i + 1 + "/QĐ-BCA", "status: " + statuses[i][0] + "\n"));
        }
        TestSite.Run run = site.build();
        assertEquals(0, run.exit(), run.err());
        for (int i = 0; i < statuses.length; i++) {
            assertEquals(statuses[i][1], meta(page(site, "van-ban/quyet-dinh-" + (i + 1) + "-qd-bca/index.html"), "Tình trạng"));
        }
    }

    @Test
    void impossibleDatesAndRelationsToItselfAreErrorsAtTheirFile() {
        TestSite site = TestSite.create(dir)
                .file("content/van-ban/a.md", doc("thong-tu", "1/2021/TT-BCA", "effective: 2022-02-10\nexpires: 2020-01-01\n"))
                .file("content/van-ban/c.md", doc("thong-tu", "3/2021/TT-BCA", "status: con-hieu-luc-mot-phan\n"));
        TestSite.Run run = site.build();
        assertEquals(1, run.exit());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(run.err().contains("content/van-ban/a.md:8: error: ngày hết hiệu lực 01/01/2020 trước ngày có hiệu lực 10/02/2022"), run.err());
        assertTrue(run.err().contains("content/van-ban/c.md:7:9: error: giá trị \"con-hieu-luc-mot-phan\" không hợp lệ"), run.err());
        assertFalse(Files.exists(site.site()));
        TestSite itself = TestSite.create(dir.resolve("itself"))
                .file("content/van-ban/b.md", doc("thong-tu", "2/2021/TT-BCA", "amends: [\"2/2021/TT-BCA\"]\n"));
        run = itself.build();
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/van-ban/b.md:1: error: văn bản không thể thay thế, sửa đổi, hướng dẫn hay làm căn cứ cho chính nó"), run.err());
    }
}
