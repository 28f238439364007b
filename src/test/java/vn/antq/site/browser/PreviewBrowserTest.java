package vn.antq.site.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.antq.site.BuildOptions;
import vn.antq.site.TestSite;
import vn.antq.site.content.Messages;
import vn.antq.site.serve.DevServer;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server in Chromium: a saved edit reloads the open page; a broken save shows its error over it. */
class PreviewBrowserTest {
    @TempDir
    Path dir;

    @Test
    void editsReloadTheOpenPageAndErrorsShowOverIt() throws Exception {
        TestSite.create(dir);
        Path profile = Files.createTempDirectory("antq-chrome-preview-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        try (DevServer server = new DevServer(new BuildOptions(dir, dir.resolve("site"), null, false), new Messages(), 0,
                new PrintWriter(new StringWriter(), true))) {
            server.start();
            driver.get("http://127.0.0.1:" + server.port() + "/van-ban/chi-thi-06-ct-bca-v05/index.html");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            // the page reloads under the test's feet (the edited page, then the search files)
            wait.ignoring(StaleElementReferenceException.class);
            Path doc = dir.resolve("content/van-ban/chi-thi-06.md");
            String text = Files.readString(doc);
            Files.writeString(doc, text.replace("Nội dung.", "Nội dung sửa trong lúc xem."));
            wait.until(d -> d.findElement(By.cssSelector(".doc-body")).getText().contains("Nội dung sửa trong lúc xem."));
            Files.writeString(doc, text.replace("date: 2025-05-07", "date: 2025-13-07"));
            wait.until(d -> !d.findElements(By.cssSelector(".antq-dev-error")).isEmpty());
            String banner = driver.findElement(By.cssSelector(".antq-dev-error")).getText();
            assertTrue(banner.contains("content/van-ban/chi-thi-06.md:6:"), banner);
            assertTrue(driver.findElement(By.cssSelector(".doc-body")).getText().contains("Nội dung sửa trong lúc xem."),
                    "the last good page stays");
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
