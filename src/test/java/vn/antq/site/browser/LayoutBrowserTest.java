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
import vn.antq.site.checklist.Checklist;

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
            "lich/index.html", "so-do/index.html", "tu-kiem-tra/index.html", "tu-kiem-tra/tong-hop/index.html");
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

    private static long overflow(Browser b) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        return (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    }

    private static void shoot(Browser b, String selector, String name) throws IOException {
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector(arguments[0]).scrollIntoView();", selector);
        Files.write(OUT.resolve(name), ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The Thông tư 124 checklist as a unit fills it: with an impossible count (12 of 10), then
     * with a failed result, at 360 and 1280 px, light and dark, and its printed report on A4.
     */
    @Test
    void aFilledChecklistWithAnErrorAndAFailureFitsAPhoneAndPrints() throws IOException {
        String page = "tu-kiem-tra/an-toan-antt-co-quan/index.html";
        Checklist tt124 = Checklists.load().stream().filter(c -> c.id().equals("an-toan-antt-co-quan")).findFirst().orElseThrow();
        ChecklistForm form = new ChecklistForm(browser.driver);
        List<String> wide = new ArrayList<>();
        try {
            for (String scheme : List.of("light", "dark")) {
                ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (int width : new int[] {360, 1280}) {
                    browser.driver.manage().window().setSize(new Dimension(width, 900));
                    browser.driver.get(browser.url(page));
                    ((JavascriptExecutor) browser.driver).executeScript("localStorage.clear();");
                    browser.driver.navigate().refresh();
                    browser.driver.findElement(By.id("don-vi")).sendKeys("Công ty Cổ phần Cơ khí Hải Phòng");
                    form.answerAll(tt124, Checklists.allGood(tt124, null));
                    form.answer("co_dau_moi_xet", "co");
                    form.answerNumber("tong_don_vi", "10");
                    form.answerNumber("don_vi_dat", "12");
                    String at = width + "-" + scheme;
                    if (overflow(browser) > 0) wide.add("error state at " + at);
                    shoot(browser, "[data-checklist-errors]", "checklist-tt124-error-summary-" + at + ".png");
                    shoot(browser, "[data-item=don_vi_dat]", "checklist-tt124-error-field-" + at + ".png");
                    form.answerNumber("don_vi_dat", "5");
                    form.answer("k2_thuc_hien", "no");
                    if (overflow(browser) > 0) wide.add("failed state at " + at);
                    shoot(browser, "#ket-qua", "checklist-tt124-failed-" + at + ".png");
                }
            }
        } finally {
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
        assertTrue(wide.isEmpty(), String.join("\n", wide));
        // the report of the failed result, on A4: failed criteria, legal basis, signatures
        ((JavascriptExecutor) browser.driver).executeScript("window.dispatchEvent(new Event('beforeprint'));");
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) ((ChromeDriver) browser.driver).executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", false));
        Files.write(OUT.resolve("checklist-tt124-failed-report-a4.pdf"), Base64.getDecoder().decode((String) pdf.get("data")));
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.driver.manage().window().setSize(new Dimension(794, 1123));
            assertTrue(overflow(browser) <= 0, "the report is wider than A4");
            assertTrue(browser.driver.findElement(By.cssSelector("[data-report-failed]")).isDisplayed(), "failed criteria on paper");
            assertTrue(browser.driver.findElement(By.cssSelector("[data-report-signature]")).getText().contains("THỦ TRƯỞNG ĐƠN VỊ"));
            String rows = browser.driver.findElement(By.cssSelector("[data-report-rows]")).getText();
            assertTrue(rows.contains("Thông tư 124/2021/TT-BCA, Điều 6 khoản 5"), "legal basis column");
        } finally {
            ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
