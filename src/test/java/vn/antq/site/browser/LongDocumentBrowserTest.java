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
import vn.antq.site.LongDocumentsIntegrationTest;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long document in parts, read in Chromium: from search to the part, part to part, from disk, on a phone. */
class LongDocumentBrowserTest {
    @TempDir
    static Path dir;
    static Path site;
    static Browser browser;
    static WebDriver driver;
    static final String FOLDER = "van-ban/luat-99-2025-qh15/";

    @BeforeAll
    static void start() throws IOException {
        TestSite s = TestSite.create(dir.resolve("src"));
        LongDocumentsIntegrationTest.addLongDocument(s);
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

    @Test
    void aSearchResultOpensThePartWhereTheWordsAre() {
        driver.get(browser.url("tim-kiem/index.html?q=" + URLEncoder.encode("tuan tra canh gac kho xang dau", StandardCharsets.UTF_8)));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("[data-search-results] a[data-result]")).isEmpty());
        WebElement first = driver.findElements(By.cssSelector("[data-search-results] a[data-result]")).get(0);
        String href = first.getDomAttribute("href");
        assertTrue(href.contains(FOLDER) && href.endsWith("#dieu-77-noi-dung-dieu-77") && !href.contains("index.html"), href);
        first.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("#dieu-77"));
        assertTrue(driver.findElement(By.id("dieu-77-noi-dung-dieu-77")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector(".doc-body")).getText().contains("kho xăng dầu"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void partsAreReadInOrderFromDisk() {
        driver.get(site.resolve(FOLDER + "index.html").toUri().toString());
        List<WebElement> listed = driver.findElements(By.cssSelector(".parts-list a"));
        assertTrue(listed.size() >= 5);
        String secondTitle = listed.get(1).getText();
        listed.get(0).click();
        assertTrue(driver.getCurrentUrl().startsWith("file:"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Chương I"));
        driver.findElement(By.cssSelector(".part-nav a.part-next")).click();
        assertEquals(secondTitle, driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector(".part-nav a.part-prev")).click();
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Chương I"));
        driver.findElement(By.cssSelector(".part-nav a.part-contents")).click();
        assertEquals("An ninh cơ sở", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector(".parts a[href$='toan-van.html']")).click();
        assertEquals(120, driver.findElements(By.cssSelector(".doc-body h3")).size(), "the whole text, for printing");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theContentsPageAndAPartHaveNoAccessibilityViolations() throws IOException {
        assertTrue(java.nio.file.Files.isRegularFile(AccessibilityBrowserTest.AXE), "axe-core is missing: npm install --prefix .cache/axe axe-core (as .ci/run does)");
        String axe = java.nio.file.Files.readString(AccessibilityBrowserTest.AXE);
        driver.get(browser.url(FOLDER + "index.html"));
        String part = driver.findElements(By.cssSelector(".parts-list a")).get(1).getDomAttribute("href");
        List<String> found = new java.util.ArrayList<>();
        for (String page : List.of(FOLDER + "index.html", FOLDER + part.substring(part.lastIndexOf('/') + 1))) {
            driver.get(browser.url(page));
            for (String scheme : List.of("light", "dark")) {
                AccessibilityBrowserTest.scheme(driver, scheme);
                for (String v : AccessibilityBrowserTest.violations(driver, axe)) found.add(page + " [" + scheme + "] " + v);
            }
        }
        AccessibilityBrowserTest.scheme(driver, "light");
        assertEquals(List.of(), found);
    }

    @Test
    void aPartFitsAPhoneScreen() {
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(browser.url(FOLDER + "index.html"));
        String part = driver.findElements(By.cssSelector(".parts-list a")).get(2).getDomAttribute("href");
        driver.get(browser.url(FOLDER + "index.html").replace("index.html", part.substring(part.lastIndexOf('/') + 1)));
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling");
        for (WebElement a : driver.findElements(By.cssSelector(".part-nav a"))) {
            assertTrue(a.getSize().getHeight() >= 44, "a link a thumb can hit: " + a.getText() + " " + a.getSize());
        }
        assertEquals(List.of(), browser.consoleErrors());
    }
}
