package vn.antq.site.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: every page kind of a built site opened as a phone on a slow link would (excluded
 * from {@code mvn test}; run by {@code bench/phone.sh}). Chromium at 360 px, Fast 3G (1.6 Mbps
 * down, 750 kbps up, 150 ms round trip), CPU slowed 4×, cache disabled; per page: HTML bytes, DOM
 * nodes, time to the load event (median of 3). Then the register's filter over every document:
 * the time from a keystroke's input event to the rows shown, data file already loaded.
 */
class PhoneProfileBench {
    private static final int ROUNDS = 3;

    @Test
    void pages() throws IOException {
        Path site = Path.of(System.getProperty("bench.site", "site"));
        List<String> pages = new ArrayList<>(List.of("index.html", "van-ban/index.html", laterRegisterPage(site),
                "loai-van-ban/ke-hoach/index.html", "tham-chieu/index.html", "lich/index.html", "tim-kiem/index.html",
                firstDocument(site), "tu-kiem-tra/an-toan-antt-co-quan/index.html"));
        try (Browser b = new Browser(site)) {
            ChromeDriver d = (ChromeDriver) b.driver;
            d.executeCdpCommand("Network.enable", Map.of());
            d.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            d.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                    "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
            d.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            d.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
            System.out.println("| page | HTML bytes | DOM nodes | load s (median of " + ROUNDS + ") |");
            System.out.println("|---|---:|---:|---:|");
            for (String page : pages) {
                long bytes = Files.size(site.resolve(page));
                List<Double> times = new ArrayList<>();
                long nodes = 0;
                for (int i = 0; i < ROUNDS; i++) {
                    d.get("about:blank");
                    d.get(b.url(page));
                    Object t = d.executeScript("const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
                    times.add(((Number) t).doubleValue() / 1000);
                    nodes = ((Number) d.executeScript("return document.getElementsByTagName('*').length;")).longValue();
                }
                times.sort(null);
                System.out.printf("| `%s` | %,d | %,d | %.2f |%n", page, bytes, nodes, times.get(ROUNDS / 2));
            }
            keystrokes(b, d);
        }
    }

    /** The register's filter: each query typed into a page that has loaded the data file; input event to rows shown. */
    private static void keystrokes(Browser b, ChromeDriver d) {
        d.get(b.url("van-ban/index.html"));
        JavascriptExecutor js = d;
        String measure = "const done = arguments[arguments.length - 1]; const q = arguments[0];"
                + "const input = document.getElementById('filter-text'); const body = document.querySelector('table[data-register] tbody');"
                + "const obs = new MutationObserver(() => { obs.disconnect(); done(performance.now() - t0); });"
                + "obs.observe(body, {childList: true});"
                + "input.value = q; const t0 = performance.now(); input.dispatchEvent(new Event('input', {bubbles: true}));";
        long start = System.nanoTime();
        Object first = js.executeAsyncScript(measure, "a"); // asks for the data files: the first results come with the first file
        // then every file: the count stops saying it is loading
        js.executeAsyncScript("const done = arguments[arguments.length - 1]; const c = document.querySelector('[data-register-count]');"
                + "const poll = () => c.textContent.includes('đang tải') ? setTimeout(poll, 50) : done(); poll();");
        double all = (System.nanoTime() - start) / 1e6;
        System.out.println();
        System.out.println("| register filter, " + count(d) + " documents | ms from input to rows (CPU 4× slower) |");
        System.out.println("|---|---:|");
        System.out.printf("| a (first keystroke: first results, from the first data file) | %.0f |%n", ((Number) first).doubleValue());
        System.out.printf("| a (every data file arrived and read) | %.0f |%n", all);
        for (String q : List.of("t", "th", "thong tu", "thong tu 1", "chi thi 06", "ANTT", "ke hoach phong", "z")) {
            Object ms = js.executeAsyncScript(measure, q);
            System.out.printf("| %s | %.0f |%n", q, ((Number) ms).doubleValue());
        }
    }

    private static String count(ChromeDriver d) {
        return String.valueOf(d.executeScript("return document.querySelector('[data-register-filters]').dataset.total;"));
    }

    private static String laterRegisterPage(Path site) {
        Path dir = site.resolve("van-ban/trang");
        if (!Files.isDirectory(dir)) return "van-ban/index.html";
        try (var s = Files.list(dir)) {
            int last = s.mapToInt(p -> Integer.parseInt(p.getFileName().toString())).max().orElse(1);
            return "van-ban/trang/" + Math.max(2, last / 2) + "/index.html";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstDocument(Path site) throws IOException {
        Matcher m = Pattern.compile("href=\"\\.\\./(van-ban/[^\"/]+/index\\.html)\"").matcher(Files.readString(site.resolve("van-ban/index.html")));
        return m.find() ? m.group(1) : "van-ban/index.html";
    }
}
