package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Navigation, the register's sort and filter, and the site opened from disk, in Chromium. */
class NavigationBrowserTest {
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
        driver = browser.driver;
    }

    @org.junit.jupiter.api.BeforeEach
    void drainConsole() {
        browser.consoleErrors(); // each test sees only its own messages
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private List<WebElement> visibleRows() {
        // the register's data files arrive after the keystroke: its count says so until the last
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("[data-register-count]")).stream().noneMatch(c -> c.getText().contains("đang tải")));
        return driver.findElements(By.cssSelector("table[data-register] tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    @Test
    void registerFiltersByFoldedTextAndByType() {
        driver.get(browser.url("van-ban/index.html"));
        WebElement filters = driver.findElement(By.cssSelector("[data-register-filters]"));
        assertTrue(filters.isDisplayed(), "filters appear when JavaScript runs");
        int total = visibleRows().size();
        assertTrue(total >= 6);

        // typed without diacritics, matches "Hải Phòng"
        driver.findElement(By.id("filter-text")).sendKeys("hai phong");
        List<WebElement> rows = visibleRows();
        assertEquals(1, rows.size(), "words match at word starts: 'hai' is not inside 'triển khai'");
        assertTrue(rows.get(0).getText().contains("354/KH-UBND"));
        assertEquals("Hiển thị 1/" + total + " văn bản", driver.findElement(By.cssSelector("[data-register-count]")).getText());

        driver.findElement(By.id("filter-text")).clear();
        driver.findElement(By.id("filter-text")).sendKeys(Keys.BACK_SPACE); // fire input after clear
        new Select(driver.findElement(By.id("filter-loai-van-ban"))).selectByValue("chi-thi");
        rows = visibleRows();
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("06/CT-BCA-V05"));

        new Select(driver.findElement(By.id("filter-loai-van-ban"))).selectByValue("");
        assertEquals(total, visibleRows().size());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void registerSortsByAColumnWithTheKeyboard() {
        driver.get(browser.url("van-ban/index.html"));
        WebElement numberHeader = driver.findElements(By.cssSelector("table[data-register] thead th")).get(0);
        WebElement button = numberHeader.findElement(By.tagName("button"));
        button.sendKeys(Keys.ENTER);
        assertEquals("ascending", numberHeader.getDomAttribute("aria-sort"));
        List<String> numbers = visibleRows().stream().map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList();
        // numeric order (06 < 10 < 124 < 354), blank numbers ("/KH-UBND") first
        List<Integer> leading = numbers.stream()
                .map(n -> n.matches("\\d+.*") ? Integer.parseInt(n.replaceAll("^(\\d+).*", "$1")) : -1).toList();
        List<Integer> sortedLeading = new java.util.ArrayList<>(leading);
        java.util.Collections.sort(sortedLeading);
        assertEquals(sortedLeading, leading, numbers.toString());
        button.sendKeys(Keys.ENTER);
        assertEquals("descending", numberHeader.getDomAttribute("aria-sort"));
        List<String> reversed = new java.util.ArrayList<>(
                visibleRows().stream().map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList());
        java.util.Collections.reverse(reversed);
        assertEquals(numbers, reversed);
    }

    @Test
    void printButtonAndTableOfContentsWork() {
        driver.get(browser.url("van-ban/chi-thi-06-ct-bca-v05/index.html"));
        WebElement print = driver.findElement(By.cssSelector("button[data-action=print]"));
        assertTrue(print.isDisplayed());
        WebElement toc = driver.findElement(By.cssSelector("details[data-toc]"));
        assertEquals("true", toc.getDomProperty("open"), "table of contents open on a wide screen");
        WebElement link = toc.findElement(By.cssSelector("a[href^='#']"));
        String target = link.getDomAttribute("href").substring(1);
        link.click();
        assertTrue(driver.getCurrentUrl().endsWith("#" + target));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void navigationWorksUnderASubPathAndBreadcrumbsLeadBack() {
        driver.get(browser.url("index.html"));
        driver.findElement(By.cssSelector(".site-nav a[href='van-ban/index.html']")).click();
        assertTrue(driver.getCurrentUrl().endsWith(Browser.SUB_PATH + "van-ban/index.html"));
        driver.findElement(By.cssSelector("table[data-register] tbody tr a")).click();
        assertTrue(driver.getCurrentUrl().contains(Browser.SUB_PATH + "van-ban/"));
        driver.findElement(By.cssSelector(".breadcrumb a[href='../../index.html']")).click();
        assertTrue(driver.getCurrentUrl().endsWith(Browser.SUB_PATH + "index.html"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void siteWorksOpenedFromDisk() {
        driver.get(Browser.fileUrl("index.html"));
        String color = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle");
        assertEquals("solid", color, "stylesheet loaded from disk");
        driver.findElement(By.cssSelector(".site-nav a[href='van-ban/index.html']")).click();
        assertTrue(driver.getCurrentUrl().startsWith("file:") && driver.getCurrentUrl().endsWith("van-ban/index.html"));
        assertTrue(driver.findElement(By.cssSelector("[data-register-filters]")).isDisplayed(), "script ran from file://");
        driver.findElement(By.id("filter-text")).sendKeys("ha noi");
        assertFalse(visibleRows().isEmpty());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void searchFieldSubmitsToTheSearchPage() {
        driver.get(browser.url("van-ban/chi-thi-06-ct-bca-v05/index.html"));
        WebElement q = driver.findElement(By.cssSelector("input[type=search][name=q]"));
        q.sendKeys("bảo vệ bí mật", Keys.ENTER);
        assertTrue(driver.getCurrentUrl().contains(Browser.SUB_PATH + "tim-kiem/index.html?q="), driver.getCurrentUrl());
    }

    @Test
    void unknownPageShowsTheNotFoundPage() {
        // without --base-url, 404.html links relative to the site root: right for top-level misses
        driver.get(browser.url("khong-co-trang-nay.html"));
        assertEquals("Không tìm thấy trang", driver.findElement(By.tagName("h1")).getText());
        String style = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle");
        assertEquals("solid", style);
    }
}
