package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core (WCAG 2.1 A and AA rules) finds no violation on the main pages, in light and dark
 * mode. axe-core comes from npm: .ci/run installs it into .cache/axe (see README).
 */
class AccessibilityBrowserTest {
    static final Path AXE = TestSite.PROJECT.resolve(".cache/axe/node_modules/axe-core/axe.min.js");
    static Browser browser;
    static WebDriver driver;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isRegularFile(AXE), "axe-core is missing: npm install --prefix .cache/axe axe-core (as .ci/run does)");
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        browser = new Browser();
        driver = browser.driver;
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private List<String> violations() {
        return violations(driver, axe);
    }

    /** What axe-core (WCAG 2.1 A and AA) finds on the page {@code driver} shows; {@code axe} is axe.min.js. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver, String axe) {
        ((JavascriptExecutor) driver).executeScript(axe);
        List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then((r) => done(r.violations.map((v) => ({id: v.id, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' '))}))))"
                        + ".catch((e) => done([{id: 'axe-error', help: String(e), nodes: []}]));");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : found) out.add(v.get("id") + ": " + v.get("help") + " " + v.get("nodes"));
        return out;
    }

    private void scheme(String value) {
        scheme(driver, value);
    }

    static void scheme(WebDriver driver, String value) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", value))));
    }

    private List<String> check(String path) {
        driver.get(browser.url(path));
        if (path.startsWith("tim-kiem")) {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("a[data-result]")).isEmpty());
        }
        List<String> out = new ArrayList<>();
        for (String s : List.of("light", "dark")) {
            scheme(s);
            for (String v : violations()) out.add(path + " [" + s + "] " + v);
        }
        return out;
    }

    @Test
    void mainPagesHaveNoViolations() {
        List<String> all = new ArrayList<>();
        for (String page : List.of("index.html", "van-ban/chi-thi-06-ct-bca-v05/index.html", "van-ban/index.html",
                "tu-kiem-tra/an-toan-antt-co-quan/index.html", "tim-kiem/index.html?q=bao+ve+bi+mat", "thuat-ngu/index.html",
                "lich/index.html", "so-do/index.html", "tham-chieu/index.html", "tu-kiem-tra/tong-hop/index.html")) {
            all.addAll(check(page));
        }
        scheme("light");
        assertTrue(all.isEmpty(), String.join("\n", all));
    }

    @Test
    void answeredChecklistHasNoViolations() {
        driver.get(browser.url("tu-kiem-tra/an-toan-antt-co-quan/index.html"));
        ((JavascriptExecutor) driver).executeScript("localStorage.clear();");
        driver.navigate().refresh();
        for (var radio : driver.findElements(By.cssSelector("input[type=radio][value=yes], input[type=radio][value=co]"))) {
            if (radio.isDisplayed()) radio.click();
        }
        List<String> found = new ArrayList<>();
        for (String s : List.of("light", "dark")) {
            scheme(s);
            for (String v : violations()) found.add("[" + s + "] " + v);
        }
        scheme("light");
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    /** The states a unit meets on the way: a refused count with its summary, then a colleague's link over its own answers. */
    @Test
    void refusedAnswersAndTheShareChoiceHaveNoViolations() {
        driver.get(browser.url("tu-kiem-tra/an-toan-antt-co-quan/index.html"));
        ((JavascriptExecutor) driver).executeScript("localStorage.clear();");
        driver.navigate().refresh();
        ChecklistForm form = new ChecklistForm(driver);
        form.answer("co_dau_moi_xet", "co");
        form.answerNumber("tong_don_vi", "10");
        form.answerNumber("don_vi_dat", "12");
        assertTrue(driver.findElement(By.cssSelector("[data-checklist-errors]")).isDisplayed());
        List<String> found = new ArrayList<>();
        for (String s : List.of("light", "dark")) {
            scheme(s);
            for (String v : violations()) found.add("[" + s + ", error] " + v);
        }
        driver.findElement(By.cssSelector("button[data-action=share]")).click();
        String link = driver.findElement(By.cssSelector("[data-share-output]")).getDomProperty("value");
        form.answerNumber("don_vi_dat", "7");
        driver.get("about:blank");
        driver.get(link);
        assertTrue(driver.findElement(By.cssSelector("[data-share-choice]")).isDisplayed());
        for (String s : List.of("light", "dark")) {
            scheme(s);
            for (String v : violations()) found.add("[" + s + ", share choice] " + v);
        }
        scheme("light");
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
