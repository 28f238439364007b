package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Listings in pages, in Chromium: page links from disk and under a sub-path, and the register's script over every document. */
public class PaginationBrowserTest {
    @TempDir
    static Path dir;
    static Path site;
    static Browser browser;
    static WebDriver driver;
    public static final int DOCUMENTS = 250;

    /**
     * 250 documents, newest first by number; the three the register must find are among the
     * oldest (its last page); 247 cited numbers, one of them (12-NQ/TW) by 30 documents; 494
     * relations (each plan implements 06/CT-BCA-V05 on the basis of 124/2021/TT-BCA); 30 deadlines in August.
     */
    public static TestSite corpus(Path root) throws IOException {
        TestSite s = TestSite.create(root); // holds 06/CT-BCA-V05 of 2025-05-07
        Files.copy(TestSite.PROJECT.resolve("content/_data/glossary.yaml"), root.resolve("content/_data/glossary.yaml"));
        for (int i = 1; i <= DOCUMENTS - 3; i++) {
            s.file("content/van-ban/ke-hoach-" + i + ".md", "---\ntitle: \"Kế hoạch phối hợp số " + i + " về phòng cháy\"\ntype: ke-hoach\n"
                    + "number: \"" + i + "/KH-CAT\"\nissuer: \"Công an tỉnh\"\ndate: 2026-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)
                    + "\nimplements: [\"06/CT-BCA-V05\"]\nbasis: [\"124/2021/TT-BCA\"]"
                    + (i <= 30 ? "\ndeadlines:\n  - yearly: \"19/08\"\n    what: \"Ngày hội số " + i + "\"\n    kind: ngay-hoi\n    section: \"Nội dung\"" : "")
                    + "\n---\n## Nội dung\n\nThực hiện Chỉ thị " + (100 + i) + "/CT-TTg" + (i <= 30 ? " và Nghị quyết 12-NQ/TW" : "") + ".\n");
        }
        s.file("content/van-ban/thong-tu-124.md", "---\ntitle: \"Quy định về công tác bảo vệ\"\ntype: thong-tu\nnumber: \"124/2021/TT-BCA\"\n"
                + "issuer: \"Bộ Công an\"\ndate: 2021-12-28\n---\nNội dung.\n");
        s.file("content/van-ban/ke-hoach-antt.md", "---\ntitle: \"Bảo đảm an ninh, trật tự dịp Tết\"\ntype: ke-hoach\nnumber: \"7/KH-UBND\"\n"
                + "issuer: \"UBND huyện\"\ndate: 2020-01-10\n---\nNội dung.\n");
        return s;
    }

    @BeforeAll
    static void start() throws IOException {
        TestSite s = corpus(dir.resolve("src"));
        site = dir.resolve("site");
        TestSite.Run run = s.build("--out", site.toString());
        assertEquals(0, run.exit(), run.err());
        browser = new Browser(site);
        driver = browser.driver;
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @BeforeEach
    void drain() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        browser.consoleErrors();
    }

    private List<WebElement> visibleRows() {
        // the register's data files arrive after the keystroke: its count says so until the last
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("[data-register-count]")).stream().noneMatch(c -> c.getText().contains("đang tải")));
        return driver.findElements(By.cssSelector("table[data-register] tbody tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    private void walk(Function<String, String> url) {
        driver.get(url.apply("van-ban/index.html"));
        assertEquals("Trang 1/3", driver.findElement(By.cssSelector("[data-pager] p")).getText());
        assertEquals(100, visibleRows().size());
        driver.findElement(By.cssSelector("[data-pager] a[rel=next]")).click();
        assertTrue(driver.getCurrentUrl().endsWith("van-ban/trang/2/index.html"), driver.getCurrentUrl());
        assertEquals("Văn bản (trang 2)", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector("[data-pager] a[aria-label='Trang 3']")).click();
        assertEquals(DOCUMENTS - 200, visibleRows().size());
        assertTrue(driver.findElement(By.cssSelector("table[data-register]")).getText().contains("124/2021/TT-BCA"));
        driver.findElement(By.cssSelector("[data-pager] a[aria-label='Trang 1']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("van-ban/index.html"), driver.getCurrentUrl());
        // a term with more than a page of documents, and the register of cited numbers
        driver.get(url.apply("loai-van-ban/ke-hoach/index.html"));
        driver.findElement(By.cssSelector("[data-pager] a[rel=next]")).click();
        assertTrue(driver.getCurrentUrl().endsWith("loai-van-ban/ke-hoach/trang/2/index.html"), driver.getCurrentUrl());
        assertFalse(driver.findElements(By.cssSelector("table.register tbody tr")).isEmpty());
        driver.get(url.apply("tham-chieu/index.html"));
        driver.findElement(By.cssSelector("[data-pager] a[rel=next]")).click();
        assertTrue(driver.getCurrentUrl().endsWith("tham-chieu/trang/2/index.html"), driver.getCurrentUrl());
        assertEquals(50, driver.findElements(By.cssSelector("table.cited-register tbody tr")).size());
        // a number cited everywhere, a crowded month, the relations' second page
        driver.get(url.apply("tham-chieu/index.html"));
        while (driver.findElements(By.cssSelector("a[href$='tham-chieu/12-nq-tw/index.html']")).isEmpty()) {
            driver.findElement(By.cssSelector("[data-pager] a[rel=next]")).click();
        }
        driver.findElement(By.cssSelector("a[href$='tham-chieu/12-nq-tw/index.html']")).click();
        assertEquals(30, driver.findElements(By.cssSelector(".place-list > li")).size());
        driver.get(url.apply("lich/index.html"));
        driver.findElement(By.cssSelector("a[href$='lich/thang-8/index.html']")).click();
        assertEquals(30, driver.findElements(By.cssSelector(".event-list > li")).size());
        assertTrue(driver.findElement(By.cssSelector("a[download]")).getDomProperty("href").endsWith("lich/antq.ics"));
        driver.get(url.apply("so-do/index.html"));
        driver.findElement(By.cssSelector("[data-pager] a[rel=next]")).click();
        assertTrue(driver.getCurrentUrl().endsWith("so-do/trang/2/index.html"), driver.getCurrentUrl());
        assertEquals(494 - 250, driver.findElements(By.cssSelector("main table tbody tr")).size());
    }

    @Test
    void pageLinksWorkUnderASubPath() {
        walk(browser::url);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void pageLinksWorkFromDisk() {
        walk((path) -> site.resolve(path).toUri().toString());
        assertEquals(List.of(), browser.consoleErrors());
    }

    private void filter(String text) {
        WebElement input = driver.findElement(By.id("filter-text"));
        input.clear();
        input.sendKeys(text);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.cssSelector("[data-register-count]")).getText().equals("Hiển thị 1/" + DOCUMENTS + " văn bản"));
    }

    @Test
    void theRegistersFilterFindsDocumentsOfEveryPage() {
        driver.get(browser.url("van-ban/index.html"));
        assertFalse(driver.findElement(By.cssSelector("table[data-register]")).getText().contains("124/2021/TT-BCA"), "on the last page only");
        filter("thông tư 124");
        List<WebElement> rows = visibleRows();
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("124/2021/TT-BCA"));
        assertEquals("Hiển thị 1/" + DOCUMENTS + " văn bản", driver.findElement(By.cssSelector("[data-register-count]")).getText());
        assertFalse(driver.findElement(By.cssSelector("[data-pager]")).isDisplayed(), "the page links stand aside while filtering");
        WebElement link = rows.get(0).findElement(By.tagName("a"));
        assertTrue(link.getDomProperty("href").endsWith("/mot/duong-dan/van-ban/thong-tu-124-2021-tt-bca/index.html"), link.getDomProperty("href"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().endsWith("van-ban/thong-tu-124-2021-tt-bca/index.html"));
        assertEquals("Quy định về công tác bảo vệ", driver.findElement(By.tagName("h1")).getText());

        driver.get(browser.url("van-ban/index.html"));
        filter("chi thi 06");
        assertTrue(visibleRows().get(0).getText().contains("06/CT-BCA-V05"));
        filter("ANTT");
        assertTrue(visibleRows().get(0).getText().contains("Bảo đảm an ninh, trật tự dịp Tết"), "the abbreviation is expanded as in search");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void filtersLiveInTheAddress() {
        driver.get(browser.url("van-ban/trang/2/index.html?q=" + java.net.URLEncoder.encode("thông tư 124", java.nio.charset.StandardCharsets.UTF_8)));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> visibleRows().size() == 1);
        assertEquals("thông tư 124", driver.findElement(By.id("filter-text")).getDomProperty("value"));
        filter("ANTT");
        assertTrue(driver.getCurrentUrl().endsWith("?q=ANTT"), driver.getCurrentUrl());
        // sorting sorts every document: the oldest first
        driver.findElement(By.id("filter-text")).clear();
        driver.findElement(By.id("filter-text")).sendKeys(" ");
        WebElement dateHeader = driver.findElements(By.cssSelector("table[data-register] thead th")).get(4);
        dateHeader.findElement(By.tagName("button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "ascending".equals(dateHeader.getDomAttribute("aria-sort")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> visibleRows().get(0).getText().contains("7/KH-UBND"));
        assertEquals(100, visibleRows().size(), "a hundred at a time");
        driver.findElement(By.cssSelector("[data-register-more] button")).click();
        assertEquals(200, visibleRows().size());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void listingsFitA320PixelScreen() {
        driver.manage().window().setSize(new Dimension(320, 800));
        driver.get(browser.url("van-ban/index.html?q=ke+hoach")); // the register's rows drawn by its script
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.cssSelector("[data-register-count]")).getText().startsWith("Hiển thị 248/"));
        assertEquals(0L, ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue(), "the filtered register scrolls sideways");
        for (String page : List.of("van-ban/trang/2/index.html", "loai-van-ban/ke-hoach/index.html", "tham-chieu/index.html",
                "tham-chieu/12-nq-tw/index.html", "lich/index.html", "lich/thang-8/index.html", "so-do/trang/2/index.html", "tim-kiem/index.html")) {
            driver.get(browser.url(page));
            long overflow = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
            assertEquals(0L, overflow, page + " scrolls sideways");
        }
    }
}
