package vn.antq.site.serve;

import org.junit.jupiter.api.Test;
import vn.antq.site.BuildOptions;
import vn.antq.site.content.Messages;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Not a test: how long from saving a document to the preview server's updated output, on a
 * corpus (excluded from {@code mvn test}). For three kinds of edit: until the edited page is
 * written (the fast render, for a text edit), until the incremental rebuild has written every
 * page the edit affects (with how many pages it rendered and how many files changed), and
 * until the search files are updated. Each edit is then undone (and waited for). Run:
 * {@code mvn -q test -Dtest=PreviewLatencyBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.source=/tmp/antq-bench/10000}
 * ({@code ANTQ_TIMINGS=1} in the environment adds the time of each step to stderr).
 */
class PreviewLatencyBench {
    private static final Pattern PAGES = Pattern.compile("Đã dựng lại (\\d+) trang trong (\\d+) ms \\(chỉ các trang bị ảnh hưởng; (\\d+) tệp thay đổi\\)");
    private static final Pattern SEARCH = Pattern.compile("Đã cập nhật chỉ mục tìm kiếm trong (\\d+) ms \\((\\d+) tệp ghi mới, (\\d+) tệp giữ nguyên\\)|Chỉ mục tìm kiếm không đổi \\((\\d+) ms\\)");
    private static final Pattern FULL = Pattern.compile("Đã dựng lại \\d+ trang trong \\d+ ms\\n|Dựng lại toàn bộ trang");

    private final StringWriter log = new StringWriter();

    @Test
    void saveToPage() throws Exception {
        Path source = Path.of(System.getProperty("bench.source"));
        Path out = source.resolve("site-preview");
        try (DevServer server = new DevServer(new BuildOptions(source, out, null, false), new Messages(), 0, new PrintWriter(log, true))) {
            long t0 = System.nanoTime();
            server.start();
            System.out.printf("first full build: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            List<Path> docs;
            try (Stream<Path> s = Files.list(source.resolve("content/van-ban"))) {
                docs = s.sorted().limit(Integer.getInteger("bench.edits", 1) + 1L).toList();
            }
            System.out.println("| document | edit | save → page written | save → affected pages written | pages rendered | files changed | save → search updated | search files written / kept |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int i = 0; i + 1 < docs.size(); i++) {
                Path doc = docs.get(i);
                String slug = doc.getFileName().toString().replace(".md", "");
                Path page = out.resolve("van-ban/" + slug + "/index.html");
                String other = number(docs.get(i + 1));
                String marker = "Câu thêm để đo thời gian " + i + ".";
                String prefix = "Sửa " + i + ": ";
                measure(doc, page, "text", t -> t + "\n" + marker + "\n", marker);
                measure(doc, page, "title", t -> t.replaceFirst("\ntitle: \"", "\ntitle: \"" + prefix), prefix);
                measure(doc, page, "citation", t -> t + "\nXem thêm văn bản số " + other + ".\n", other + "</a>");
            }
        }
    }

    /** Saves an edit, waits for each step, prints a row; then undoes it and waits for that too. */
    private void measure(Path doc, Path page, String kind, UnaryOperator<String> edit, String shown) throws Exception {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        try {
            int from = log.toString().length();
            long saved = System.nanoTime();
            Files.writeString(doc, edit.apply(text), StandardCharsets.UTF_8);
            while (!Files.readString(page, StandardCharsets.UTF_8).contains(shown)) Thread.sleep(2);
            long pageMs = (System.nanoTime() - saved) / 1_000_000;
            Matcher pages = await(PAGES, from);
            long pagesMs = (System.nanoTime() - saved) / 1_000_000;
            Matcher search = await(SEARCH, from);
            long searchMs = (System.nanoTime() - saved) / 1_000_000;
            String files = search.group(1) != null ? search.group(2) + " / " + search.group(3) : "unchanged";
            System.out.printf("| %s | %s | %d ms | %.1f s | %s | %s | %.1f s | %s |%n", doc.getFileName(), kind, pageMs,
                    pagesMs / 1000.0, pages.group(1), pages.group(3), searchMs / 1000.0, files);
            if (FULL.matcher(log.toString().substring(from)).find()) System.out.println("  (a full build ran: " + kind + ")");
        } finally {
            int from = log.toString().length();
            Files.writeString(doc, text, StandardCharsets.UTF_8); // put it back
            await(PAGES, from);
            await(SEARCH, from);
        }
    }

    private Matcher await(Pattern p, int from) throws InterruptedException {
        while (true) {
            Matcher m = p.matcher(log.toString().substring(from));
            if (m.find()) return m;
            Thread.sleep(20);
        }
    }

    /** The number in a document's front matter. */
    private static String number(Path doc) throws java.io.IOException {
        Matcher m = Pattern.compile("\nnumber: \"([^\"]+)\"").matcher(Files.readString(doc, StandardCharsets.UTF_8));
        if (!m.find()) throw new IllegalStateException("no number in " + doc);
        return m.group(1);
    }
}
