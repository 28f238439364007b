package vn.antq.site.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check} finds planted mistakes at their file and line; {@code new} scaffolds without overwriting. */
class CheckAndNewTest {
    @TempDir
    Path dir;

    @Test
    void checkFindsBrokenLinksAnchorsAndUnknownReferences() throws Exception {
        TestSite site = TestSite.create(dir).file("content/tu-kiem-tra/thu.md", """
                ---
                id: thu
                title: "Thử"
                version: 1
                result:
                  type: pass-fail
                  outcomes:
                    - id: dat
                      label: "Đạt"
                      when: "all_met()"
                ---
                ## Nhóm {#nhom}

                - [ ] Có kế hoạch {#k1 required}
                """).file("content/gioi-thieu.md", """
                ---
                title: "Giới thiệu"
                ---
                Đoạn mở đầu.

                Xem [văn bản](van-ban/chi-thi-06.md#khong-co-muc-nay).

                Một [trang không có](../khong-co/index.html).

                Bảng kiểm: [mục lạ](tu-kiem-tra/thu.md#item-k9).
                """);
        TestSite.Run run = TestSite.run("check", "--source", dir.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/gioi-thieu.md:6: error: liên kết \"../van-ban/chi-thi-06-ct-bca-v05/index.html#khong-co-muc-nay\" trỏ tới mục (#...) không có"), run.err());
        assertTrue(run.err().contains("content/gioi-thieu.md:8: error: liên kết \"../khong-co/index.html\" trỏ tới trang không có"), run.err());
        assertTrue(run.err().contains("content/gioi-thieu.md:10: error: liên kết \"../tu-kiem-tra/thu/index.html#item-k9\" trỏ tới mục"), run.err());
        assertFalse(run.err().contains("#item-k1"), "a known item is fine");
        assertFalse(Files.exists(site.site()), "check publishes nothing");
    }

    @Test
    void checkReportsGlossaryGapsAsWarnings() {
        TestSite.create(dir)
                .file("content/_data/glossary.yaml", "- term: \"PCCC\"\n  kind: abbr\n  expansion: \"phòng cháy, chữa cháy\"\n")
                .file("content/van-ban/chi-thi-06.md", """
                        ---
                        title: "Về nâng cao chất lượng phong trào"
                        type: chi-thi
                        number: "06/CT-BCA-V05"
                        issuer: "Bộ Công an"
                        date: 2025-05-07
                        ---
                        ## I. MỤC TIÊU

                        Bảo đảm ANTT trong cơ quan, theo Thông tư 124/2021/TT-BCA.
                        """);
        TestSite.Run run = TestSite.run("check", "--source", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("content/_data/glossary.yaml:1: warning: thuật ngữ \"PCCC\" không được dùng"), run.err());
        assertTrue(run.err().contains("content/van-ban/chi-thi-06.md:10: warning: chữ viết tắt \"ANTT\" chưa có"), run.err());
        assertFalse(run.err().contains("\"TT\""), "parts of document numbers are not abbreviations: " + run.err());
        assertFalse(run.err().contains("\"MỤC\""), run.err());
    }

    @Test
    void theProjectContentChecksClean() {
        TestSite.Run run = TestSite.run("check", "--source", TestSite.PROJECT.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains(": error: "), run.err());
    }

    @Test
    void newScaffoldsAndNeverOverwrites() throws Exception {
        TestSite site = TestSite.create(dir);
        TestSite.Run run = TestSite.run("new", "trang", "Giới thiệu Đội công tác", "--source", dir.toString());
        assertEquals(0, run.exit(), run.err());
        Path page = dir.resolve("content/gioi-thieu-doi-cong-tac.md");
        assertTrue(Files.readString(page).contains("title: \"Giới thiệu Đội công tác\""));
        TestSite.Run again = TestSite.run("new", "trang", "Giới thiệu Đội công tác", "--source", dir.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("đã có: không ghi đè"), again.err());

        assertEquals(0, TestSite.run("new", "van-ban", "Kế hoạch năm 2026", "--type", "ke-hoach", "--number", "12/KH-UBND",
                "--source", dir.toString()).exit());
        assertTrue(Files.exists(dir.resolve("content/van-ban/ke-hoach-12-kh-ubnd.md")));
        assertEquals(0, TestSite.run("new", "bang-kiem", "Phòng cháy chữa cháy", "--source", dir.toString()).exit());
        assertTrue(Files.exists(dir.resolve("content/tu-kiem-tra/phong-chay-chua-chay.md")));
        assertEquals(2, TestSite.run("new", "van-ban", "X", "--type", "khong-co", "--source", dir.toString()).exit());
        // the scaffolded checklist and page build; the document asks for its issuer
        TestSite.Run build = site.build();
        assertEquals(1, build.exit());
        assertTrue(build.err().contains("content/van-ban/ke-hoach-12-kh-ubnd.md:5:"), build.err());
        assertFalse(build.err().contains("tu-kiem-tra/phong-chay-chua-chay.md"), build.err());
    }
}
