package vn.antq.site.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every mistake an editor can make is reported at its file and line, with exit 1 and no trace. */
class ValidationTest {
    @TempDir
    Path dir;

    private static final String DOC = "content/van-ban/x.md";

    private TestSite.Run failsWith(TestSite site, String location, String fragment) {
        TestSite.Run run = site.build();
        assertEquals(1, run.exit(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(run.errorLines().stream().anyMatch(l -> l.startsWith(location + ":") || l.startsWith(location + ": ")),
                "expected an error at " + location + " in:\n" + run.err());
        assertTrue(run.err().contains(fragment), "expected '" + fragment + "' in:\n" + run.err());
        assertFalse(Files.exists(site.site()), "nothing may be published");
        return run;
    }

    private TestSite withDoc(String text) {
        return TestSite.create(dir).file(DOC, text);
    }

    @Test
    void missingFrontMatter() {
        failsWith(withDoc("# Tiêu đề\n\nNội dung\n"), DOC + ":1:1", "thiếu phần đầu");
    }

    @Test
    void unclosedFrontMatter() {
        failsWith(withDoc("---\ntitle: a\n\nNội dung\n"), DOC + ":1:1", "không được đóng");
    }

    @Test
    void malformedYaml() {
        failsWith(withDoc("---\ntitle: \"a\ntype: chi-thi\n---\n"), DOC, "YAML sai cú pháp");
    }

    @Test
    void tabsInYaml() {
        failsWith(withDoc("---\ntitle: a\n\ttype: chi-thi\n---\n"), DOC + ":3", "YAML sai cú pháp");
    }

    @Test
    void unknownFieldSuggestsTheRightOne() {
        failsWith(withDoc("""
                ---
                title: "A"
                type: chi-thi
                number: "1/CT-X"
                issuer: "B"
                date: 2024-01-02
                isuer: "C"
                ---
                """), DOC + ":7", "\"isuer\" (có phải \"issuer\"?)");
    }

    @Test
    void aJekyllFieldNameIsNamedInOurs() {
        TestSite.Run run = failsWith(withDoc("""
                ---
                title: "A"
                type: chi-thi
                number: "1/CT-X"
                issuer: "B"
                date: 2024-01-02
                so_hieu: "1/CT-X"
                ngay_hieu_luc: 2024-02-01
                ---
                """), DOC + ":7:10", "trường \"so_hieu\" (tên quen dùng ở Jekyll, Hugo) ở đây là \"number\"");
        assertTrue(run.err().contains(DOC + ":8:16: error: trường \"ngay_hieu_luc\" (tên quen dùng ở Jekyll, Hugo) ở đây là \"effective\""), run.err());
    }

    @Test
    void wrongType() {
        failsWith(withDoc("""
                ---
                title: [a, b]
                type: chi-thi
                number: "1/CT-X"
                issuer: "B"
                date: 2024-01-02
                ---
                """), DOC + ":2", "phải là một đoạn chữ");
    }

    @Test
    void badDateFormat() {
        failsWith(withDoc("""
                ---
                title: "A"
                type: chi-thi
                number: "1/CT-X"
                issuer: "B"
                date: 15/03/2024
                ---
                """), DOC + ":6", "sai dạng");
    }

    @Test
    void impossibleDate() {
        failsWith(withDoc("""
                ---
                title: "A"
                type: chi-thi
                number: "1/CT-X"
                issuer: "B"
                date: 2025-02-31
                ---
                """), DOC + ":6", "không tồn tại");
    }

    @Test
    void missingRequiredField() {
        failsWith(withDoc("""
                ---
                title: "A"
                type: chi-thi
                number: "1/CT-X"
                date: 2024-01-02
                ---
                """), DOC + ":1", "thiếu trường bắt buộc \"issuer\"");
    }

    @Test
    void typeOutsideTheVocabulary() {
        failsWith(withDoc("""
                ---
                title: "A"
                type: chi-thị
                number: "1/CT-X"
                issuer: "B"
                date: 2024-01-02
                ---
                """), DOC + ":3", "giá trị \"chi-thị\" không hợp lệ");
    }

    @Test
    void duplicateKey() {
        failsWith(withDoc("""
                ---
                title: "A"
                title: "B"
                ---
                """), DOC + ":3", "khai báo hai lần (lần đầu ở dòng 2)");
    }

    @Test
    void duplicateNumber() {
        TestSite site = TestSite.create(dir).file(DOC, """
                ---
                title: "Bản sao"
                type: chi-thi
                number: "06/CT-BCA-V05"
                issuer: "Bộ Công an"
                date: 2025-05-07
                ---
                """);
        failsWith(site, "content/van-ban/x.md", "trùng với văn bản content/van-ban/chi-thi-06.md");
    }

    @Test
    void duplicateNumberUnderAnotherType() {
        TestSite site = TestSite.create(dir).file(DOC, """
                ---
                title: "Bản sao"
                type: huong-dan
                number: "06/CT-BCA-V05"
                issuer: "Bộ Công an"
                date: 2025-05-07
                ---
                """);
        failsWith(site, "content/van-ban/x.md", "số hiệu \"06/CT-BCA-V05\" trùng");
    }

    @Test
    void blankNumberNeedsASlug() {
        failsWith(withDoc("""
                ---
                title: "A"
                type: ke-hoach
                number: "/KH-UBND"
                blank: [number]
                issuer: "B"
                date: 2025
                ---
                """), DOC + ":4", "hãy khai báo trường \"slug\"");
    }

    @Test
    void badDeadline() {
        failsWith(withDoc("""
                ---
                title: "A"
                type: chi-thi
                number: "1/CT-X"
                issuer: "B"
                date: 2024-01-02
                deadlines:
                  - yearly: "31/02"
                    what: "Báo cáo"
                    kind: han-bao-cao
                ---
                """), DOC + ":8", "ngày hằng năm \"31/02\" sai dạng");
    }

    @Test
    void unknownTemplate() {
        TestSite site = TestSite.create(dir).file("content/gioi-thieu.md", """
                ---
                title: "Giới thiệu"
                template: trang-dac-biet
                ---
                Nội dung
                """);
        failsWith(site, "content/gioi-thieu.md:3", "không có mẫu giao diện \"trang-dac-biet\"");
    }

    @Test
    void notUtf8() {
        TestSite site = TestSite.create(dir);
        byte[] head = "---\ntitle: \"A\"\n---\nDòng một\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Chữ l\u00e0 Latin-1\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + latin1.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(latin1, 0, all, head.length, latin1.length);
        site.bytes("content/trang.md", all);
        failsWith(site, "content/trang.md:5", "không được mã hóa UTF-8");
    }

    @Test
    void emptyFile() {
        failsWith(withDoc(""), DOC + ":1", "tệp rỗng");
    }

    @Test
    void binaryFile() {
        TestSite site = TestSite.create(dir).bytes(DOC, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        failsWith(site, DOC, "không phải văn bản");
    }

    @Test
    void linkToMissingContentFile() {
        TestSite site = TestSite.create(dir).file("content/trang.md", """
                ---
                title: "Trang"
                ---
                Đoạn đầu.

                Xem [Chỉ thị](van-ban/khong-co.md).
                """);
        failsWith(site, "content/trang.md:6", "không trỏ tới tệp nội dung nào");
    }

    @Test
    void missingSiteSettings() {
        TestSite site = TestSite.empty(dir).file(DOC, "---\ntitle: a\n---\n");
        failsWith(site, "content/_data/site.yaml", "thiếu tệp cấu hình");
    }

    @Test
    void unknownThemeInSettings() {
        TestSite site = TestSite.create(dir).file("content/_data/site.yaml", "title: \"A\"\ntheme: khong-co\n");
        failsWith(site, "content/_data/site.yaml", "không có chủ đề giao diện \"khong-co\"");
    }

    @Test
    void everyErrorOfTheBuildIsReported() {
        TestSite site = TestSite.create(dir)
                .file("content/van-ban/a.md", "---\ntitle: \"A\"\nnam: 2024\n---\n")
                .file("content/van-ban/b.md", "---\ntitle: \"B\"\ntype: xyz\n---\n")
                .file("content/c.md", "no front matter\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/van-ban/a.md:3:"), run.err());
        assertTrue(run.err().contains("content/van-ban/b.md:3:"), run.err());
        assertTrue(run.err().contains("content/c.md:1:1:"), run.err());
        assertTrue(run.errorLines().size() >= 5, run.err());
    }

    @Test
    void bomAndWindowsLineEndingsAreAccepted() {
        String text = "---\r\ntitle: \"Trang\"\r\n---\r\nNội dung **đậm**.\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        TestSite site = TestSite.create(dir).bytes("content/trang.md", withBom);
        TestSite.Run run = site.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(site.site().resolve("trang/index.html")));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, TestSite.run("build", "--no-such-option").exit());
        assertEquals(2, TestSite.run("build", "--base-url", "not a url", "--source", dir.toString()).exit());
        assertEquals(2, TestSite.run().exit());
    }

    @Test
    void glossaryMistakes() {
        TestSite site = TestSite.create(dir).file("content/_data/glossary.yaml", """
                - term: "ANTT"
                  kind: abbr
                  expansion: "an ninh, trật tự"
                - term: "BMNN"
                  kind: abbr
                - term: "ANTT"
                  kind: abbr
                  expansion: "lặp lại"
                """);
        TestSite.Run run = failsWith(site, "content/_data/glossary.yaml:4", "thiếu trường bắt buộc \"expansion\"");
        assertTrue(run.err().contains("content/_data/glossary.yaml:6:"), run.err());
        assertTrue(run.err().contains("thuật ngữ \"ANTT\" đã có ở dòng 1"), run.err());
    }

    @Test
    void replacesCycle() {
        TestSite site = TestSite.create(dir)
                .file("content/van-ban/a.md", "---\ntitle: A\ntype: chi-thi\nnumber: \"1/CT-X\"\nissuer: B\ndate: 2024-01-02\nreplaces: [\"2/CT-X\"]\n---\n")
                .file("content/van-ban/b.md", "---\ntitle: B\ntype: chi-thi\nnumber: \"2/CT-X\"\nissuer: B\ndate: 2024-01-03\nreplaces: [\"1/CT-X\"]\n---\n");
        failsWith(site, "content/van-ban/a.md", "vòng lặp: 1/CT-X → 2/CT-X → 1/CT-X");
    }

    @Test
    void deadlineNamingAMissingSection() {
        failsWith(withDoc("""
                ---
                title: "A"
                type: chi-thi
                number: "1/CT-X"
                issuer: "B"
                date: 2024-01-02
                deadlines:
                  - yearly: "19/08"
                    what: "Ngày hội"
                    kind: ngay-hoi
                    section: "IV. TỔ CHỨC THỰC HIỆN"
                ---
                ## I. MỤC TIÊU
                """), DOC + ":8", "không có tiêu đề mục nào như vậy");
    }
}
