import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The floor of a build: flexmark alone turning the bodies of every Markdown file under a folder
 * into HTML, on all cores, with nothing of antq-site's own around it (no front-matter schema,
 * heading ids, link resolution, citation scanning, text decoration, sanitising, templates,
 * search index or file writing).
 *
 * <pre>
 * java -cp target/antq-site.jar bench/FlexmarkFloor.java DIR [--warm N] [--threads T] [--top K]
 * </pre>
 *
 * - Files: every {@code *.md} under DIR (recursively, sorted by path), read as UTF-8. The body is
 *   the text after the YAML front matter (a first line {@code ---} up to the next line
 *   {@code ---}); a file without front matter is all body. NUL characters become U+FFFD, as in
 *   our renderer.
 * - flexmark: the parser and renderer options of src/main/java/vn/antq/site/markdown/MarkdownRenderer.java
 *   (extensions tables, footnotes, task lists, attributes, definition lists, strikethrough;
 *   table column spans off, missing columns appended, extra columns discarded, header
 *   separator must match, table class "table"; header ids neither generated nor rendered;
 *   soft break "\n"; footnote back-link class "footnote-backref"), with flexmark's own
 *   {@code Parser.builder} (not our QuickBlockStart block-parser wrappers) and its own node
 *   renderers (not our TextRunRenderer / attribute provider).
 * - Parallelism: a fixed pool of {@code availableProcessors()} threads (or {@code --threads T}),
 *   one task per file, largest files first (so that one 3.8 MB file does not start last).
 * - One round = read every file + strip front matter + parse + render. It prints, per round:
 *   files, characters of the bodies, wall ms, process CPU ms (all threads of this JVM,
 *   com.sun.management.OperatingSystemMXBean: includes the JIT compiler and GC threads) and a
 *   checksum (sum of the lengths of the HTML produced) so the work cannot be optimised away.
 * - {@code --top K}: also print, per round, the K files that took longest (wall time of their task).
 * - {@code --warm N}: N rounds in the same JVM (the first is the cold floor, the later ones the
 *   warm floor: compiled code, a sized heap). Default 1.
 * - The last line {@code jvm: ...} lists the JVM's input arguments, to record the options it ran with
 *   (bench/real.sh runs it once with the options our launcher gives a build, once with none).
 *
 * Run it in a fresh JVM for the cold floor; `java FILE.java` compiles the source first (about a
 * second of CPU), which bench/real.sh avoids by compiling it once with javac and running the class.
 */
public class FlexmarkFloor {

    public static void main(String[] args) throws Exception {
        Path dir = null;
        int rounds = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        int top = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warm" -> rounds = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "-h", "--help" -> { usage(); return; }
                default -> {
                    if (args[i].startsWith("-") || dir != null) { usage(); System.exit(2); }
                    dir = Path.of(args[i]);
                }
            }
        }
        if (dir == null || rounds < 1 || threads < 1) { usage(); System.exit(2); }

        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
                AttributesExtension.create(), DefinitionExtension.create(), StrikethroughExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();

        Path root = dir;
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        // largest first: the pool is not left waiting on one big file at the end
        List<Path> order = new ArrayList<>(files);
        order.sort((a, b) -> Long.compare(size(b), size(a)));

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 1; round <= rounds; round++) {
                AtomicLong chars = new AtomicLong();
                AtomicLong checksum = new AtomicLong();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                List<Future<?>> tasks = new ArrayList<>(order.size());
                java.util.concurrent.ConcurrentHashMap<Path, Long> took = new java.util.concurrent.ConcurrentHashMap<>();
                for (Path p : order) {
                    tasks.add(pool.submit(() -> {
                        long f0 = System.nanoTime();
                        String body = body(Files.readString(p, StandardCharsets.UTF_8));
                        if (body.indexOf('\0') >= 0) body = body.replace('\0', '\uFFFD');
                        chars.addAndGet(body.length());
                        String html = renderer.render(parser.parse(body));
                        checksum.addAndGet(html.length());
                        took.put(p, System.nanoTime() - f0);
                        return null;
                    }));
                }
                for (Future<?> f : tasks) f.get();
                long wall = System.nanoTime() - t0;
                long cpu = os.getProcessCpuTime() - cpu0;
                System.out.printf(Locale.ROOT, "round %d: files %d, characters %d, wall %d ms, process CPU %d ms, threads %d, checksum %d%n",
                        round, files.size(), chars.get(), wall / 1_000_000, cpu / 1_000_000, threads, checksum.get());
                took.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(top)
                        .forEach(e -> System.out.printf(Locale.ROOT, "  %6d ms  %9d bytes  %s%n", e.getValue() / 1_000_000, size(e.getKey()), root.relativize(e.getKey())));
            }
        } finally {
            pool.shutdown();
        }
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "total: JVM start to end %d ms, process CPU %d ms, heap max %d MB%n",
                sinceStart, os.getProcessCpuTime() / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("jvm: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** The text after the YAML front matter ("---" line ... "---" line), or all of it. */
    static String body(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) return text;
        int from = text.indexOf('\n') + 1;
        while (from < text.length()) {
            int eol = text.indexOf('\n', from);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(from, end);
            if (line.equals("---") || line.equals("---\r")) return eol < 0 ? "" : text.substring(eol + 1);
            if (eol < 0) break;
            from = eol + 1;
        }
        return text; // no closing line: not front matter
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static void usage() {
        System.err.println("usage: java -cp target/antq-site.jar bench/FlexmarkFloor.java DIR [--warm N] [--threads T] [--top K]");
    }
}
