package vn.antq.site.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Script injection in every place content can carry it never runs; no page breaks its CSP;
 * browsing everything and completing a checklist requests nothing outside the site.
 */
class SecurityPrivacyBrowserTest {
    @TempDir
    Path dir;

    static final String XSS = "<script>window.__pwned=1;alert(1)</script>";

    /** A site whose content tries every injection an editor (or an attacker with edit rights) could write. */
    private Path hostileSite() {
        TestSite site = TestSite.create(dir);
        site.file("content/_data/glossary.yaml", """
                - term: "XSS<script>alert(1)</script>"
                  kind: abbr
                  expansion: "<img src=x onerror=alert(1)>"
                - term: "TTAT"
                  kind: term
                  definition: "<svg onload=alert(1)></svg> định nghĩa"
                """);
        site.file("content/van-ban/doc.md", """
                ---
                title: "Tiêu đề <script>alert(1)</script> <img src=x onerror=alert(1)>"
                type: chi-thi
                number: "7/CT-X"
                issuer: "Cơ quan <b onmouseover=alert(1)>X</b>"
                date: 2024-01-02
                summary: "Tóm tắt <img src=x onerror=alert(1)>"
                topics: ["<script>alert(1)</script>"]
                ---
                ## I. Mục <script>alert(1)</script>

                %s

                <p onclick="alert(1)" style="color:red">đoạn</p>

                [bấm](javascript:alert(1)) [dữ liệu](data:text/html,<script>alert(1)</script>)
                [tiêu đề độc](https://example.vn "\\" onmouseover=alert(1) x=\\"")

                <svg><script>alert(1)</script></svg> <iframe src="javascript:alert(1)"></iframe>
                <a href="jAvAsCrIpT:alert(1)">hoa thường</a> <object data="javascript:alert(1)"></object>

                Đoạn {onmouseover="alert(1)"} TTAT và XSS<script>alert(1)</script>.
                """.formatted(XSS));
        site.file("content/tu-kiem-tra/thu.md", """
                ---
                id: thu
                title: "Bảng <script>alert(1)</script>"
                version: 1
                notice: "<img src=x onerror=alert(1)>"
                result:
                  type: pass-fail
                  outcomes:
                    - id: dat
                      label: "Đạt <img src=x onerror=alert(1)>"
                      when: "all_met()"
                    - id: chua-dat
                      label: "<script>alert(1)</script>"
                      when: "not all_met()"
                ---
                ## Nhóm <script>alert(1)</script> {#nhom}

                - [ ] Tiêu chí <img src=x onerror=alert(1)> {#k1 required basis="<script>alert(1)</script>"}
                  Hướng dẫn <script>alert(1)</script> [x](javascript:alert(1))
                """);
        TestSite.Run run = site.build();
        assertEquals(0, run.exit(), run.err());
        return site.site();
    }

    private static List<String> pages(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void noAlert(Browser b, String page) {
        try {
            b.driver.switchTo().alert();
            fail("an injected script ran on " + page);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        Object pwned = ((JavascriptExecutor) b.driver).executeScript("return window.__pwned || null;");
        assertEquals(null, pwned, page);
    }

    @Test
    void injectedScriptsNeverRunAndNoPageBreaksItsCsp() throws IOException {
        Path site = hostileSite();
        try (Browser b = new Browser(site)) {
            List<String> problems = new ArrayList<>();
            for (String page : pages(site)) {
                b.driver.get(b.url(page));
                noAlert(b, page);
                for (WebElement e : b.driver.findElements(By.cssSelector("a, p, img"))) {
                    if (e.isDisplayed()) {
                        try { new org.openqa.selenium.interactions.Actions(b.driver).moveToElement(e).perform(); } catch (RuntimeException ignored) { }
                    }
                }
                noAlert(b, page);
                for (String error : b.consoleErrors()) {
                    if (!error.contains("404")) problems.add(page + ": " + error); // CSP violations are console errors
                }
            }
            // the checklist's labels and help text show as text, and its script works
            b.driver.get(b.url("tu-kiem-tra/thu/index.html"));
            b.driver.findElement(By.cssSelector("input[name=k1][value=yes]")).click();
            noAlert(b, "checklist");
            assertTrue(b.driver.findElement(By.cssSelector("[data-checklist-result]")).getText().startsWith("Đạt"));
            b.driver.get(b.url("tim-kiem/index.html?q=script"));
            noAlert(b, "search");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    @Test
    void browsingEverythingAndCompletingAChecklistRequestsNothingOutsideTheSite() throws IOException {
        Path site = Browser.site();
        try (Browser b = new Browser(site)) {
            b.requests();
            for (String page : pages(site)) b.driver.get(b.url(page));
            b.driver.get(b.url("tu-kiem-tra/an-toan-antt-co-quan/index.html"));
            for (WebElement radio : b.driver.findElements(By.cssSelector("input[type=radio][value=yes], input[type=radio][value=co]"))) {
                if (radio.isDisplayed()) radio.click();
            }
            b.driver.findElement(By.cssSelector("button[data-action=export-json]")).click();
            b.driver.findElement(By.cssSelector("button[data-action=share]")).click();
            b.driver.get(b.url("tim-kiem/index.html?q=bao+ve+bi+mat+nha+nuoc"));
            b.driver.findElement(By.id("site-search")).sendKeys("chi thi");
            List<String> outside = new ArrayList<>();
            for (String url : b.requests()) {
                if (!url.startsWith(b.origin()) && !url.startsWith("blob:" + b.origin()) && !url.startsWith("data:")) outside.add(url);
            }
            assertTrue(outside.isEmpty(), "requests outside the site: " + outside);
        }
    }
}
