package vn.antq.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.cli.Main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory follows the number of pages, not the size of their text: a site of real documents
 * repeated under new numbers builds and checks in a heap smaller than its Markdown, which a
 * build holding its texts in memory (Markdown, HTML, search text and search files, each about
 * as large) could not. The JVM runs as a child with a fixed small heap.
 */
class MemoryBoundTest {
    /**
     * The child's heap: well below the Markdown's size (about 39 MB). The build before bodies
     * were spilled to disk ran out of memory on this site at 130 MB (it needed about 200 MB);
     * this one builds at 80 MB.
     */
    private static final String HEAP = "-Xmx96m";
    private static final int COPIES = 50;
    private static final Pattern NUMBER = Pattern.compile("(?m)^number: \"([^\"]+)\"$");
    private static final Pattern SLUG = Pattern.compile("(?m)^slug: (\\S+)$");
    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"([^\"]+)\"$");

    @TempDir
    Path dir;

    @Test
    void aLargeSiteBuildsAndChecksInASmallHeap() throws Exception {
        TestSite site = TestSite.empty(dir.resolve("src"));
        site.file("content/_data/site.yaml", "title: \"Trang thử\"\ndescription: \"Mô tả\"\n");
        long bytes = 0;
        List<Path> originals;
        try (Stream<Path> s = Files.list(TestSite.PROJECT.resolve("content/van-ban"))) {
            originals = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path original : originals) {
            String text = Files.readString(original);
            Matcher number = NUMBER.matcher(text);
            assertTrue(number.find(), original + " has a number");
            String name = original.getFileName().toString().replace(".md", "");
            for (int copyNumber = 0; copyNumber < COPIES; copyNumber++) {
                int k = copyNumber;
                // each copy a document of its own: its number and title say which copy it is
                String copy = k == 0 ? text : TITLE.matcher(NUMBER.matcher(text)
                        .replaceFirst(Matcher.quoteReplacement("number: \"" + number.group(1) + "-B" + k + "\"")))
                        .replaceFirst(m -> Matcher.quoteReplacement("title: \"" + m.group(1) + " (bản " + k + ")\""));
                if (k > 0) copy = SLUG.matcher(copy).replaceFirst(m -> "slug: " + m.group(1) + "-" + k);
                // and four times as long, as real legal texts are
                copy = copy + "\n" + body(copy).repeat(3);
                site.file("content/van-ban/" + name + "-" + k + ".md", copy);
                bytes += copy.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        assertTrue(bytes > 35_000_000, "the Markdown (" + bytes + " bytes) is larger than the heap");

        Run build = child("build", "--no-cache", "--source", site.root.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, build.exit(), build.output());
        try (Stream<Path> s = Files.list(dir.resolve("out/van-ban"))) {
            // and the register's further pages, under van-ban/trang/
            assertEquals(originals.size() * COPIES, s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("trang")).count(),
                    "a page per document");
        }
        Run check = child("check", "--source", site.root.toString());
        // the copies repeat their originals' links and terms: warnings, but no error and no crash
        assertEquals(0, check.exit(), check.output());
    }

    /** The Markdown after the front matter. */
    private static String body(String text) {
        int close = text.indexOf("\n---\n", 4);
        return text.substring(close + 5);
    }

    private record Run(int exit, String output) {}

    private Run child(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-XX:+UseParallelGC",
                "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        // the scratch file is deleted when the build ends
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(f -> f.getFileName().toString().startsWith("antq-spill-")).toList());
        }
        return new Run(exit, output.length() > 4000 ? output.substring(output.length() - 4000) : output);
    }
}
