package vn.antq.site.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: a benchmark of search latency in Chromium on a built site (excluded from
 * {@code mvn test}). Run: {@code mvn -q test -Dtest=SearchLatencyBench -Dbench.site=/tmp/antq-bench/10000/site-me}.
 * Prints, per query, the time from calling search() to ranked results with their excerpts,
 * first with nothing loaded (cold: a fresh page) and then again (warm).
 */
class SearchLatencyBench {
    @Test
    void latency() throws IOException {
        Path site = Path.of(System.getProperty("bench.site", "site"));
        List<String> queries = List.of("bảo vệ bí mật nhà nước", "an ninh trật tự", "duong", "124/2021/TT-BCA", "BMNN",
                "phong trào toàn dân", "kế hoạch", "ngày hội 19/8");
        try (Browser b = new Browser(site)) {
            System.out.println("| query | cold ms | warm ms | results |");
            System.out.println("|---|---|---|---|");
            for (String q : queries) {
                b.driver.get(b.url("tim-kiem/index.html"));
                @SuppressWarnings("unchecked")
                List<Object> r = (List<Object>) ((JavascriptExecutor) b.driver).executeAsyncScript(
                        "const done = arguments[arguments.length - 1]; const q = arguments[0];"
                                + "const t0 = performance.now();"
                                + "self.antqSearch.search(q, {}, 10).then((h1) => { const t1 = performance.now();"
                                + "  self.antqSearch.search(q, {}, 10).then((h2) => done([t1 - t0, performance.now() - t1, h2.length])); });", q);
                System.out.printf("| %s | %.0f | %.0f | %s |%n", q, ((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(), r.get(2));
            }
        }
    }
}
