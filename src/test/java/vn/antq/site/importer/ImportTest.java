package vn.antq.site.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import}: each front-matter shape of a real Jekyll corpus, what it reports, and a build of the result. */
class ImportTest {
    @TempDir
    Path dir;

    private Path old(String name, String text) throws IOException {
        Path p = dir.resolve("cu/" + name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private TestSite.Run importInto(TestSite site) {
        return TestSite.run("import", dir.resolve("cu").toString(), "--source", site.root.toString());
    }

    private static String read(TestSite site, String path) throws IOException {
        return Files.readString(site.root.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void jekyllFrontMatterBecomesOurs() throws IOException {
        old("nd-13.md", """
                ---
                layout: vanban
                title: "Nghị định về bảo vệ dữ liệu cá nhân"
                so_hieu: "13/2023/NĐ-CP"
                loai_van_ban: "Nghị định"
                co_quan_ban_hanh: "Chính phủ"
                ngay_ban_hanh: "17/4/2023"
                ngay_hieu_luc: "01/7/2023"
                nguoi_ky: "Trần Lưu Quang"
                trich_yeu: "Quy định về bảo vệ dữ liệu cá nhân"
                can_cu: "Luật An ninh mạng số 24/2018/QH14; Luật Tổ chức Chính phủ số 76/2015/QH13"
                tinh_trang: "Còn hiệu lực"
                tags: [dữ liệu, an ninh mạng]
                mau_khac: "x"
                ---
                # NGHỊ ĐỊNH

                Nội dung.
                """);
        TestSite site = TestSite.create(dir.resolve("site"));
        TestSite.Run run = importInto(site);
        assertEquals(0, run.exit(), run.err());
        String doc = read(site, "content/van-ban/nghi-dinh-13-2023-nd-cp.md");
        for (String line : new String[] {"title: \"Nghị định về bảo vệ dữ liệu cá nhân\"", "type: nghi-dinh", "number: \"13/2023/NĐ-CP\"",
                "issuer: \"Chính phủ\"", "date: 2023-04-17", "effective: 2023-07-01", "signer: \"Trần Lưu Quang\"",
                "summary: \"Quy định về bảo vệ dữ liệu cá nhân\"", "status: con-hieu-luc", "topics: [\"dữ liệu\",\"an ninh mạng\"]",
                "basis: [\"24/2018/QH14\",\"76/2015/QH13\"]"}) {
            assertTrue(doc.contains(line + "\n"), line + " in\n" + doc);
        }
        assertTrue(doc.endsWith("# NGHỊ ĐỊNH\n\nNội dung.\n"), "the text as it was");
        assertTrue(run.err().contains("cu/nd-13.md:14: warning: các trường không chuyển được, đã bỏ: mau_khac"), run.err());
        assertFalse(run.err().contains("layout"), "the old site's own fields are dropped without a word");
        TestSite.Run build = site.build();
        assertEquals(0, build.exit(), build.err());
    }

    @Test
    void aMetadataTableOrBoldLinesAreReadToo() throws IOException {
        old("159.md", """
                ---
                title: "Nghị quyết 159/NQ-CP về việc bổ sung dự án Luật"
                date: 2026-06-20
                ---
                # NGHỊ QUYẾT

                | Trường | Giá trị |
                |---|---|
                | Số hiệu | 159/NQ-CP |
                | Ngày ban hành | 20/6/2026 |
                | Ngày hiệu lực | 20/6/2026 (cùng ngày ký) |
                | Cơ quan ban hành | Chính phủ |
                """);
        old("244.md", """
                ---
                title: "Nghị định quy định chi tiết"
                ---
                **Số:** 244/2026/NĐ-CP
                **Ngày ban hành:** 05/9/2026
                **Cơ quan ban hành:** Chính phủ
                """);
        TestSite site = TestSite.create(dir.resolve("site"));
        TestSite.Run run = importInto(site);
        assertEquals(0, run.exit(), run.err());
        String nq = read(site, "content/van-ban/nghi-quyet-159-nq-cp.md");
        assertTrue(nq.contains("number: \"159/NQ-CP\"\n") && nq.contains("date: 2026-06-20\n") && nq.contains("effective: 2026-06-20\n"), nq);
        String nd = read(site, "content/van-ban/nghi-dinh-244-2026-nd-cp.md");
        assertTrue(nd.contains("date: 2026-09-05\n") && nd.contains("issuer: \"Chính phủ\"\n"), nd);
        assertEquals(0, site.build().exit());
    }

    @Test
    void filesThatAreNoDocumentBecomePagesAndSayWhy() throws IOException {
        old("chu-de/an-ninh-quốc-gia.md", """
                ---
                title: "An ninh quốc gia"
                ---
                | **Số hiệu** | Đang cập nhật |

                Tổng hợp các văn bản.
                """);
        old("a.md", "---\ntitle: \"A\"\nso_hieu: \"70/2026/TT-BCA\"\nngay_ban_hanh: 2026-05-01\nco_quan_ban_hanh: \"Bộ Công an\"\n---\nMột.\n");
        old("b.md", "---\ntitle: \"B\"\nso_hieu: \"70/2026/TT-BCA\"\nngay_ban_hanh: 2026-05-02\nco_quan_ban_hanh: \"Bộ Công an\"\n---\nHai.\n");
        old("hong.md", "---\ntitle: \"Hỏng\nso_hieu: 1/2026/TT-BCA\n---\nBa.\n");
        TestSite site = TestSite.create(dir.resolve("site"));
        TestSite.Run run = importInto(site);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("cu/chu-de/an-ninh-quốc-gia.md:4: warning: không có số hiệu"), run.err());
        assertTrue(Files.exists(site.root.resolve("content/cu/chu-de/an-ninh-quoc-gia.md")), "a page, its name folded");
        assertTrue(Files.exists(site.root.resolve("content/van-ban/thong-tu-70-2026-tt-bca.md")));
        assertTrue(run.err().contains("cu/b.md:3: warning: số hiệu 70/2026/TT-BCA trùng với một tệp đã nhập trước"), run.err());
        assertTrue(read(site, "content/cu/b.md").endsWith("Hai.\n"), "the second one kept as a page");
        assertTrue(run.err().contains("cu/hong.md:") && run.err().contains("error: YAML sai cú pháp"), run.err());
        assertTrue(read(site, "content/cu/hong.md").contains("Ba."), "unreadable YAML: the text is kept as a page");
        assertEquals(0, site.build().exit(), "the result builds");
        // a second import changes nothing and says so
        String before = read(site, "content/van-ban/thong-tu-70-2026-tt-bca.md");
        TestSite.Run again = importInto(site);
        assertTrue(again.err().contains("content/van-ban/thong-tu-70-2026-tt-bca.md đã có: không ghi đè"), again.err());
        assertEquals(before, read(site, "content/van-ban/thong-tu-70-2026-tt-bca.md"));
    }

    @Test
    void theOldSitesLinksLeadToTheImportedFiles() throws IOException {
        old("lao-dong/nghi-dinh-161.md", "---\ntitle: \"Nghị định 161\"\nso_hieu: \"161/2026/NĐ-CP\"\nngay_ban_hanh: 2026-05-01\n---\nMột.\n");
        old("lao-dong/tong-hop.md", "---\ntitle: \"Tổng hợp\"\n---\nXem [Nghị định 161](/van-ban/lao-dong/nghi-dinh-161/#dieu-1),\n"
                + "[cùng thư mục](nghi-dinh-161.html) và [trang đã bỏ](/van-ban/lao-dong/khong-co/).\n");
        TestSite site = TestSite.create(dir.resolve("site"));
        TestSite.Run run = importInto(site);
        assertEquals(0, run.exit(), run.err());
        String page = read(site, "content/cu/lao-dong/tong-hop.md");
        assertTrue(page.contains("[Nghị định 161](../../van-ban/nghi-dinh-161-2026-nd-cp.md#dieu-1)"), page);
        assertTrue(page.contains("[cùng thư mục](../../van-ban/nghi-dinh-161-2026-nd-cp.md)"), page);
        assertTrue(page.contains("[trang đã bỏ](/van-ban/lao-dong/khong-co/)"), "left as written: " + page);
        assertTrue(run.err().contains("cu/lao-dong/tong-hop.md:5: warning: liên kết \"/van-ban/lao-dong/khong-co/\" trỏ tới một trang của trang cũ"),
                run.err());
        assertEquals(0, site.build().exit());
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAndTheRestImported() throws IOException {
        Path bad = dir.resolve("cu/cu-hong.md");
        Files.createDirectories(bad.getParent());
        Files.write(bad, new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, '\n', '-', '-', '-', '\n'});
        old("tot.md", "---\ntitle: \"Tốt\"\n---\nMột.\n");
        TestSite site = TestSite.create(dir.resolve("site"));
        TestSite.Run run = importInto(site);
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(run.err().contains("cu/cu-hong.md:2:") && run.err().contains("error:"), run.err());
        assertTrue(Files.exists(site.root.resolve("content/cu/tot.md")));
        assertFalse(Files.exists(site.root.resolve("content/cu/cu-hong.md")));
    }

    /** The real corpus of 290 files (../shared/corpus), imported beside the project's own content, then built. */
    @Test
    void theRealCorpusImportsAndBuilds() throws IOException {
        Path corpus = TestSite.PROJECT.resolve("../shared/corpus/van-ban-phap-luat").normalize();
        assertTrue(Files.isDirectory(corpus), "the corpus is beside the project: " + corpus);
        Path root = dir.resolve("site");
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), root.resolve("content"));
        TestSite site = TestSite.empty(root);
        TestSite.Run run = TestSite.run("import", corpus.toString(), "--source", root.toString());
        assertEquals(0, run.exit(), run.err());
        long documents;
        try (Stream<Path> s = Files.list(root.resolve("content/van-ban"))) {
            documents = s.count();
        }
        assertTrue(documents >= 150, documents + " documents");
        assertFalse(run.err().contains("Exception"), run.err());
        TestSite.Run build = site.build();
        assertEquals(0, build.exit(), build.err());
        String page = Files.readString(root.resolve("site/van-ban/nghi-dinh-20-2026-nd-cp/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Nguyễn Chí Dũng") && page.contains("15/01/2026"), "signer and date from the old front matter");
        // a Luật the corpus holds is linked from the texts that cite it
        StringBuilder cited = new StringBuilder(Files.readString(root.resolve("site/tham-chieu/index.html"), StandardCharsets.UTF_8));
        try (Stream<Path> pages = Files.walk(root.resolve("site/tham-chieu/trang"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) cited.append(Files.readString(p, StandardCharsets.UTF_8));
        }
        assertTrue(cited.toString().contains("02/2016/QH14"), "in a page of the register of cited numbers");
    }
}
