package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor's summary of many exported results, and the printed one-page report. */
class SupervisorBrowserTest {
    static Browser browser;
    static WebDriver driver;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
        driver = browser.driver;
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private Path export(String name, String checklist, String unit, String outcome) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "{\"checklist\":\"" + checklist + "\",\"unit\":\"" + unit + "\",\"version\":1,\"outcome\":\""
                + outcome + "\",\"score\":0,\"progress\":\"24/24\",\"answers\":{},\"notes\":{}}", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void summarisesUnitsAgainstTheTargets() throws IOException {
        List<Path> files = List.of(
                export("a.json", "an-toan-antt-co-quan", "Công ty A", "dat"),
                export("b.json", "an-toan-antt-co-quan", "Công ty B", "dat"),
                export("c.json", "an-toan-antt-co-so-giao-duc", "Trường C", "chua-dat"),
                export("d.json", "phan-loai-phong-trao", "Công ty A", "kha"),
                export("e.json", "phan-loai-phong-trao", "Trường C", "xuat-sac"));
        Path broken = dir.resolve("hong.json");
        Files.writeString(broken, "{ không phải kết quả", StandardCharsets.UTF_8);
        driver.get(browser.url("tu-kiem-tra/tong-hop/index.html"));
        StringBuilder paths = new StringBuilder();
        for (Path f : files) paths.append(f).append('\n');
        paths.append(broken);
        driver.findElement(By.cssSelector("input[type=file][data-files]")).sendKeys(paths.toString());
        // files are read asynchronously
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("table[data-units] tbody tr:not([data-empty])")).size() == 5);
        var rows = driver.findElements(By.cssSelector("table[data-units] tbody tr"));
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).getText().contains("Công ty A"));
        assertTrue(rows.get(0).getText().contains("Đạt tiêu chuẩn"), rows.get(0).getText());
        String safe = driver.findElement(By.cssSelector("[data-target=safe]")).getText();
        assertTrue(safe.startsWith("2/3 đơn vị (66,7%)"), safe);
        assertTrue(safe.contains("chưa đạt chỉ tiêu"), safe);
        String kha = driver.findElement(By.cssSelector("[data-target=kha]")).getText();
        assertTrue(kha.startsWith("2/2 đơn vị (100%)") && kha.contains("đạt chỉ tiêu"), kha);
        assertEquals(2, driver.findElements(By.cssSelector("[data-chart] svg rect.bar")).size());
        assertTrue(driver.findElement(By.cssSelector("[data-supervisor-notice]")).getText().contains("hong.json"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void printShowsTheOnePageReportNotTheForm() {
        driver.get(browser.url("tu-kiem-tra/an-toan-antt-co-quan/index.html"));
        ((JavascriptExecutor) driver).executeScript("localStorage.clear();");
        driver.navigate().refresh();
        driver.findElement(By.id("don-vi")).sendKeys("Công ty In Thử");
        driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]")).click();
        ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('beforeprint'));");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(driver.findElement(By.cssSelector("[data-report]")).isDisplayed());
            assertTrue(!driver.findElement(By.cssSelector("form[data-checklist]")).isDisplayed());
            assertEquals("Công ty In Thử", driver.findElement(By.cssSelector("[data-report-unit]")).getText());
            String report = driver.findElement(By.cssSelector("[data-report-rows]")).getText();
            assertTrue(report.contains("Cơ quan, doanh nghiệp có kế hoạch về bảo đảm an ninh, trật tự. Đạt"), report);
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
