package vn.antq.site.serve;

import org.junit.jupiter.api.Test;
import vn.antq.site.BuildOptions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: how long from saving a document to its rebuilt page in the preview server, on
 * a corpus (excluded from {@code mvn test}). Run:
 * {@code mvn -q test -Dtest=PreviewLatencyBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.source=/tmp/antq-bench/10000}
 */
class PreviewLatencyBench {
    @Test
    void saveToPage() throws Exception {
        Path source = Path.of(System.getProperty("bench.source"));
        Path out = source.resolve("site-preview");
        StringWriter log = new StringWriter();
        try (DevServer server = new DevServer(new BuildOptions(source, out, null, false), 0, new PrintWriter(log, true))) {
            long t0 = System.nanoTime();
            server.start();
            System.out.printf("first full build: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            List<Path> docs;
            try (Stream<Path> s = Files.list(source.resolve("content/van-ban"))) {
                docs = s.sorted().limit(Integer.getInteger("bench.edits", 1)).toList();
            }
            for (int i = 0; i < docs.size(); i++) {
                Path doc = docs.get(i);
                String marker = "Câu thêm để đo thời gian " + i + ".";
                String slug = doc.getFileName().toString().replace(".md", "");
                Path page = out.resolve("van-ban/" + slug + "/index.html");
                String text = Files.readString(doc, StandardCharsets.UTF_8);
                long saved = System.nanoTime();
                Files.writeString(doc, text + "\n" + marker + "\n", StandardCharsets.UTF_8);
                while (!Files.readString(page, StandardCharsets.UTF_8).contains(marker)) Thread.sleep(2);
                long pageMs = (System.nanoTime() - saved) / 1_000_000;
                int fulls = count(log.toString());
                while (count(log.toString()) == fulls) Thread.sleep(50);
                long allMs = (System.nanoTime() - saved) / 1_000_000;
                System.out.printf("| %s | %d ms | %.1f s |%n", slug, pageMs, allMs / 1000.0);
                Files.writeString(doc, text, StandardCharsets.UTF_8); // put it back
                fulls = count(log.toString());
                while (count(log.toString()) == fulls) Thread.sleep(50);
            }
        }
    }

    private static int count(String log) {
        return (int) java.util.regex.Pattern.compile("Đã dựng lại \\d+ trang trong").matcher(log).results().count();
    }
}
