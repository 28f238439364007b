package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.antq.site.search.QueryEngine;
import vn.antq.site.search.QuerySet;
import vn.antq.site.search.SearchIndexReader;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search in Chromium: the shipped script against the Java engine, and what readers type. */
class SearchBrowserTest {
    static Browser browser;
    static WebDriver driver;
    static QueryEngine java;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
        driver = browser.driver;
        java = new QueryEngine(SearchIndexReader.read(Browser.site()));
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void drain() {
        browser.consoleErrors();
    }

    private List<WebElement> results(String query) {
        driver.get(browser.url("tim-kiem/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.cssSelector("[data-search-status]")).getText().isEmpty());
        return driver.findElements(By.cssSelector("[data-search-results] a[data-result]"));
    }

    /** The first 20 results: the first page of 10, then "more" once (it adds the next 10 and moves the focus to the 11th). */
    private List<WebElement> twoPages(String query) {
        List<WebElement> first = results(query);
        assertEquals(10, first.size(), "a page of results is 10");
        driver.findElement(By.cssSelector("[data-search-more]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("[data-search-results] a[data-result]")).size() > 10);
        List<WebElement> all = driver.findElements(By.cssSelector("[data-search-results] a[data-result]"));
        assertEquals(all.get(10), driver.switchTo().activeElement(), "the first new result has the focus");
        return all;
    }

    private static String relative(WebElement a) {
        String href = a.getDomAttribute("href");
        return href.startsWith("../") ? href.substring(3) : href;
    }

    @Test
    void scriptAndJavaEngineRankIdentically() {
        driver.get(browser.url("tim-kiem/index.html"));
        List<String> disagreements = new ArrayList<>();
        List<String> queries = new ArrayList<>(QuerySet.QUERIES.stream().map(QuerySet.Query::query).toList());
        queries.addAll(List.of("duong", "đường", "\"bí mật nhà nước\"", "nhà nước bí mật", "an ninh", "124/2021", "xyzzy"));
        for (String q : queries) {
            @SuppressWarnings("unchecked")
            List<String> js = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "self.antqSearch.search(arguments[0], {}, 10).then((hits) => done(hits.map((h) => h.url + '#' + h.anchor + ' ' + h.score)));", q);
            List<String> expected = java.search(q, QueryEngine.Filters.NONE, 10).stream()
                    .map(h -> h.url() + "#" + h.anchor() + " " + format(h.score())).toList();
            if (!expected.equals(js)) disagreements.add(q + "\n  java: " + expected + "\n  js:   " + js);
        }
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Numbers as JavaScript prints them. */
    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
        String s = String.valueOf(d);
        return s.contains("E") ? new java.math.BigDecimal(d).toPlainString() : s;
    }

    @Test
    void foldedQueryFindsDiacritics() {
        List<WebElement> hits = results("duong");
        assertFalse(hits.isEmpty());
        String excerpts = driver.findElement(By.cssSelector("[data-search-results]")).getText().toLowerCase();
        assertTrue(excerpts.contains("đường"), "a result shows đường for the query duong");
        assertFalse(driver.findElements(By.cssSelector("[data-search-results] mark")).isEmpty(), "hits are highlighted");
    }

    @Test
    void protectingStateSecretsRanksTheHanoiSectionFirst() {
        List<WebElement> hits = results("bao ve bi mat nha nuoc");
        assertEquals("van-ban/chuong-trinh-10-ctr-cahn-pa03/index.html#5-cong-tac-bao-ve-bi-mat-nha-nuoc", relative(hits.get(0)));
        assertTrue(driver.findElement(By.cssSelector(".result-section")).getText().contains("bí mật nhà nước"));
    }

    @Test
    void abbreviationAndExpansionFindEachOther() {
        List<String> abbr = results("BMNN").stream().map(SearchBrowserTest::relative).toList();
        assertTrue(abbr.stream().anyMatch(u -> u.startsWith("van-ban/chuong-trinh-10-ctr-cahn-pa03/")), abbr.toString());
        List<String> full = twoPages("bí mật nhà nước").stream().map(SearchBrowserTest::relative).toList();
        assertTrue(full.contains("thuat-ngu/index.html#bmnn"), full.toString());
    }

    @Test
    void documentNumberListsTheDocumentsCitingIt() {
        List<String> urls = twoPages("124/2021/TT-BCA").stream().map(SearchBrowserTest::relative).map(u -> u.replaceAll("#.*", "")).toList();
        assertEquals("van-ban/thong-tu-124-2021-tt-bca/index.html", urls.get(0));
        // the documents that cite it (see their "Văn bản này dẫn chiếu" lists)
        assertTrue(urls.containsAll(List.of("van-ban/huong-dan-363-hd-pa03-d1/index.html", "van-ban/ke-hoach-354-kh-ubnd/index.html",
                "van-ban/chuong-trinh-10-ctr-cahn-pa03/index.html", "van-ban/ke-hoach-ctr-bcd-hop-thanh-2024/index.html")), urls.toString());
    }

    @Test
    void quotedPhraseMatchesOnlyThePhrase() {
        int loose = results("nhà nước bí mật").size();
        int quoted = results("\"nhà nước bí mật\"").size();
        assertTrue(quoted < loose, quoted + " vs " + loose);
        for (WebElement a : results("\"bí mật nhà nước\"")) assertFalse(relative(a).isEmpty());
    }

    @Test
    void filtersNarrowTheResults() {
        driver.get(browser.url("tim-kiem/index.html?q=an+ninh&type=chi-thi"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("a[data-result]")).isEmpty());
        List<WebElement> hits = driver.findElements(By.cssSelector("a[data-result]"));
        assertEquals(1, hits.size());
        assertEquals("chi-thi", driver.findElement(By.id("search-filter-type")).getDomProperty("value"));
    }

    @Test
    void noResultsSuggestsTheFoldedQuery() {
        results("đườngxyz");
        String text = driver.findElement(By.cssSelector("[data-search-results]")).getText();
        assertTrue(text.contains("duongxyz"), text);
    }

    @Test
    void instantResultsAreAKeyboardCombobox() {
        driver.get(browser.url("van-ban/index.html"));
        WebElement input = driver.findElement(By.id("site-search"));
        assertEquals("combobox", input.getDomAttribute("role"));
        input.sendKeys("chi thi 06");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(input.getDomAttribute("aria-expanded")));
        WebElement list = driver.findElement(By.id(input.getDomAttribute("aria-controls")));
        assertEquals("listbox", list.getDomAttribute("role"));
        assertFalse(list.findElements(By.cssSelector("[role=option]")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN);
        String active = input.getDomAttribute("aria-activedescendant");
        assertEquals("true", driver.findElement(By.id(active)).getDomAttribute("aria-selected"));
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/van-ban/chi-thi-06-ct-bca-v05/")
                || d.getCurrentUrl().contains("/tu-kiem-tra/"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void searchWorksOpenedFromDisk() {
        driver.get(Browser.fileUrl("tim-kiem/index.html") + "?q=hai+phong");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("a[data-result]")).isEmpty());
        String first = driver.findElements(By.cssSelector("a[data-result]")).get(0).getDomAttribute("href");
        assertTrue(first.startsWith("../van-ban/ke-hoach-354-kh-ubnd/index.html"), first);
        assertEquals(List.of(), browser.consoleErrors());
    }
}
