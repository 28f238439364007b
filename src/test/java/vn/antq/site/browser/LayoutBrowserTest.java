package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phones and paper: no page scrolls sideways at 320 or 360 px; screenshots at 360 and 1280 px
 * and A4 prints of a document and a checklist report are kept in target/screenshots.
 */
class LayoutBrowserTest {
    static final Path OUT = TestSite.PROJECT.resolve("target/screenshots");
    static final List<String> PAGES = List.of("index.html", "van-ban/index.html", "van-ban/ke-hoach-354-kh-ubnd/index.html",
            "tu-kiem-tra/an-toan-antt-co-quan/index.html", "tim-kiem/index.html?q=bi+mat", "thuat-ngu/index.html",
            "lich/index.html", "so-do/index.html");
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static String name(String page, String suffix) {
        return page.replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "") + "-" + suffix;
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneAndScreenshotsAreKept() throws IOException {
        List<String> overflow = new ArrayList<>();
        for (int width : new int[] {320, 360, 1280}) {
            browser.driver.manage().window().setSize(new Dimension(width, 900));
            for (String page : PAGES) {
                browser.driver.get(browser.url(page));
                long inner = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerWidth;");
                long scroll = (Long) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth;");
                if (scroll > inner) overflow.add(page + " at " + width + " px: " + scroll + " > " + inner);
                if (width != 320) {
                    byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
                    Files.write(OUT.resolve(name(page, width + ".png")), png);
                }
            }
        }
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        assertTrue(overflow.isEmpty(), String.join("\n", overflow));
    }

    @Test
    void documentAndChecklistReportPrintOnA4() throws IOException {
        for (String page : List.of("van-ban/chi-thi-06-ct-bca-v05/index.html", "tu-kiem-tra/mo-hinh-4-ro-6-ro/index.html")) {
            browser.driver.get(browser.url(page));
            if (page.startsWith("tu-kiem-tra")) {
                browser.driver.findElements(By.cssSelector("input[type=radio][value=yes]")).forEach(r -> r.click());
                ((JavascriptExecutor) browser.driver).executeScript("window.dispatchEvent(new Event('beforeprint'));");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> pdf = (Map<String, Object>) ((ChromeDriver) browser.driver).executeCdpCommand("Page.printToPDF",
                    Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", false));
            byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
            Files.write(OUT.resolve(name(page, "a4.pdf")), bytes);
            String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            int pages = text.split("/Type\\s*/Page[^s]").length - 1;
            assertTrue(pages >= 1, page);
            if (page.startsWith("tu-kiem-tra")) assertTrue(pages == 1, "the checklist report fits one A4 page, got " + pages);
        }
        // nothing is cut at the right edge on paper: no element wider than the printable A4 width
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.driver.manage().window().setSize(new Dimension(794, 1123)); // A4 at 96 dpi
            browser.driver.get(browser.url("van-ban/ke-hoach-354-kh-ubnd/index.html"));
            long scroll = (Long) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth;");
            long inner = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerWidth;");
            assertTrue(scroll <= inner, "printed document wider than the page: " + scroll + " > " + inner);
        } finally {
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
