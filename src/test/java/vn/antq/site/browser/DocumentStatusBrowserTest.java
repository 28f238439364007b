package vn.antq.site.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A document's status on the day it is read, worked out in the browser from its dates. */
class DocumentStatusBrowserTest {
    @TempDir
    Path dir;

    private static String doc(String number, String extra) {
        return "---\ntitle: \"Văn bản " + number + "\"\ntype: thong-tu\nnumber: \"" + number
                + "\"\nissuer: \"Bộ Công an\"\ndate: 2021-12-28\n" + extra + "---\nNội dung.\n";
    }

    @Test
    void datesDecideTheStatusOfTheDay() throws IOException {
        TestSite site = TestSite.create(dir)
                .file("content/van-ban/a.md", doc("1/2021/TT-BCA", "status: chua-co-hieu-luc\neffective: 2999-01-01\n"))
                .file("content/van-ban/b.md", doc("2/2021/TT-BCA", "status: con-hieu-luc\neffective: 2022-02-10\nexpires: 2024-07-01\n"))
                .file("content/van-ban/c.md", doc("3/2021/TT-BCA", "status: chua-co-hieu-luc\neffective: 2022-02-10\n"))
                .file("content/van-ban/d.md", doc("4/2021/TT-BCA", "status: het-hieu-luc-mot-phan\neffective: 2022-02-10\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exit(), run.err());
        try (Browser browser = new Browser(site.site())) {
            String[][] expected = {
                    {"thong-tu-1-2021-tt-bca", "Chưa có hiệu lực (từ 01/01/2999)"},
                    {"thong-tu-2-2021-tt-bca", "Hết hiệu lực (từ 01/07/2024)"},
                    {"thong-tu-3-2021-tt-bca", "Còn hiệu lực (từ 10/02/2022)"},
                    {"thong-tu-4-2021-tt-bca", "Hết hiệu lực một phần"}, // what the editor wrote stands when the dates agree
            };
            for (String[] e : expected) {
                browser.driver.get(browser.url("van-ban/" + e[0] + "/index.html"));
                assertEquals(e[1], browser.driver.findElement(By.cssSelector("dd[data-status]")).getText(), e[0]);
            }
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
