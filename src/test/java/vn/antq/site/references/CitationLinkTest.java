package vn.antq.site.references;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers written the ways real texts write them are linked to their page, with raw HTML in the body or not. */
class CitationLinkTest {
    @TempDir
    Path dir;

    @Test
    void bracketedBrokenAndGluedNumbersLinkToTheirPage() throws IOException {
        String text = "Theo Chỉ thị số [06/CT-BCA-V05] ngày 07/5/2025, Chỉ thị 06/CT-BCA-\nV05 và Chỉ thị số 06/CT-BCA-V05ngày 07/5/2025.\n";
        TestSite site = TestSite.create(dir)
                .file("content/van-ban/a.md", "---\ntitle: \"A\"\ntype: ke-hoach\nnumber: \"1/KH-X\"\nissuer: \"X\"\ndate: 2025-06-01\n---\n" + text)
                .file("content/van-ban/b.md", "---\ntitle: \"B\"\ntype: ke-hoach\nnumber: \"2/KH-X\"\nissuer: \"X\"\ndate: 2025-06-01\n---\n"
                        + text + "\n<span class=\"raw\">HTML</span>\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exit(), run.err());
        for (String page : List.of("van-ban/ke-hoach-1-kh-x/index.html", "van-ban/ke-hoach-2-kh-x/index.html")) {
            Document d = Jsoup.parse(site.site().resolve(page).toFile(), "UTF-8");
            List<String> links = d.select(".doc-body a.ref").eachAttr("href");
            assertEquals(List.of("../../van-ban/chi-thi-06-ct-bca-v05/index.html", "../../van-ban/chi-thi-06-ct-bca-v05/index.html", "../../van-ban/chi-thi-06-ct-bca-v05/index.html"),
                    links, page);
            assertEquals("06/CT-BCA-V05", d.select(".doc-body a.ref").get(2).text(), "the glued word stays outside the link");
        }
    }
}
