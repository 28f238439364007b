package vn.antq.site.browser;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import vn.antq.site.TestSite;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;


/**
 * Headless Debian Chromium driven by Selenium, and the site built from content/ served on
 * 127.0.0.1 under a sub-path (the site must not assume it is at the server root).
 */
final class Browser implements AutoCloseable {
    static final String SUB_PATH = "/mot/duong-dan/";

    final WebDriver driver;
    private final HttpServer server;
    private final Path profile;

    Browser() throws IOException {
        this(site());
    }

    /** Serves {@code site} (any built site) under {@link #SUB_PATH}. */
    Browser(Path site) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(SUB_PATH, exchange -> {
            String rel = exchange.getRequestURI().getPath().substring(SUB_PATH.length());
            Path file = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
            byte[] body;
            int status = 200;
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                status = 404;
                body = Files.readAllBytes(site.resolve("404.html"));
                file = site.resolve("404.html");
            } else {
                body = Files.readAllBytes(file);
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(file));
            // the same policy as the meta tag, enforced by the server too
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();

        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("antq-chrome-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--allow-file-access-from-files");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
    }

    /** The site, built once per test run from the project's content/. */
    static Path site() {
        return TestSite.builtProject();
    }

    /** Every URL the browser requested since the last call (from the DevTools network log). */
    List<String> requests() {
        List<String> urls = new java.util.ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            String m = e.getMessage();
            if (!m.contains("\"Network.requestWillBeSent\"")) continue;
            java.util.regex.Matcher u = java.util.regex.Pattern.compile("\"request\":\\{[^}]*?\"url\":\"([^\"]*)\"").matcher(m);
            if (u.find()) urls.add(u.group(1));
        }
        return urls;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH + path;
    }

    static String fileUrl(String path) {
        return site().resolve(path).toUri().toString();
    }

    /** Console errors (CSP violations and script errors show up here). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                // Chromium declining to show a checklist's "leave page?" prompt (no user gesture) is not a page error
                .filter(m -> !m.contains("'beforeunload' confirmation panel"))
                .toList();
    }

    private static String contentType(Path file) {
        String n = file.getFileName().toString();
        return Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
                        "js", "text/javascript; charset=utf-8", "xml", "application/xml", "txt", "text/plain; charset=utf-8")
                .getOrDefault(n.substring(n.lastIndexOf('.') + 1), "application/octet-stream");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.stop(0);
            try (var files = Files.walk(profile)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) p.toFile().delete();
            } catch (IOException ignored) {
                // best effort: the profile is a temp folder
            }
        }
    }
}
