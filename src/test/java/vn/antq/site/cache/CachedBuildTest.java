package vn.antq.site.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;
import vn.antq.site.publish.Staging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code build} from the cache after an edit publishes exactly what a clean build
 * ({@code --no-cache}, into a new folder) publishes: the same files, byte for byte, and the same
 * problems; when both fail, the site published before is left as it was. Edits of every kind
 * an editor makes, chosen at random (seeded): text, title, number, a relation, the glossary, a
 * template, a deletion, a new file.
 */
class CachedBuildTest {
    @TempDir
    Path dir;

    enum Edit { TEXT, TITLE, NUMBER, RELATION, GLOSSARY, TEMPLATE, DELETE, NEW_FILE }

    private static final Pattern NUMBER = Pattern.compile("(?m)^number: \"?([^\"\\n]*)\"?$");

    @Test
    void randomEditsOfTheProjectMatchACleanBuild() throws IOException {
        Path root = dir.resolve("project");
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), root.resolve("content"));
        TestSite.copyTree(TestSite.PROJECT.resolve("themes"), root.resolve("themes"));
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < 2; i++) edits.addAll(List.of(Edit.values()));
        java.util.Collections.shuffle(edits, new Random(23));
        editAndCompare(root, edits, new Random(23));
    }

    @Test
    void oneEditOfEachKindOfA1000DocumentCorpusMatchesACleanBuild() throws Exception {
        Path root = dir.resolve("c1k");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                TestSite.PROJECT.resolve("bench/CorpusGenerator.java").toString(), "--seed", "7", "--docs", "1000",
                "--out", root.toString(), "--content", TestSite.PROJECT.resolve("content/van-ban").toString(),
                "--themes", TestSite.PROJECT.resolve("themes").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("generator.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, () -> read(dir.resolve("generator.log")));
        Staging.deleteTree(root.resolve("hugo"));
        List<Edit> edits = new ArrayList<>(List.of(Edit.values()));
        java.util.Collections.shuffle(edits, new Random(5));
        editAndCompare(root, edits, new Random(5));
    }

    private void editAndCompare(Path root, List<Edit> edits, Random random) throws IOException {
        Path site = root.resolve("site");
        TestSite.Run first = build(root, "--out", site.toString(), "--base-url", "https://antq.example.vn/");
        assertEquals(0, first.exit(), first.err());
        int step = 0;
        List<String> failedBoth = new ArrayList<>();
        for (Edit edit : edits) {
            step++;
            Map<String, byte[]> sources = sources(root);
            String what = apply(root, edit, random, step);
            Map<String, byte[]> before = TestSite.tree(site);
            TestSite.Run cached = build(root, "--out", site.toString(), "--base-url", "https://antq.example.vn/");
            Path clean = dir.resolve("clean-" + step);
            TestSite.Run full = build(root, "--no-cache", "--out", clean.toString(), "--base-url", "https://antq.example.vn/");
            String label = "step " + step + " (" + what + ")";
            assertEquals(full.exit(), cached.exit(), label + ": " + cached.err() + "\nclean:\n" + full.err());
            assertEquals(problems(full), problems(cached), label);
            if (full.exit() != 0) {
                failedBoth.add(label + ": " + problems(full));
                assertSameTree(before, TestSite.tree(site), label + ": the last good site is untouched");
                restore(root, sources); // the editor puts it right; the next edit starts from a good site
                continue;
            }
            assertSameTree(TestSite.tree(clean), TestSite.tree(site), label);
            Staging.deleteTree(clean);
        }
        assertTrue(failedBoth.size() <= edits.size() / 4, "most edits build: " + failedBoth);
    }

    /** Every file under content/ and themes/, by path from the root. */
    private static Map<String, byte[]> sources(Path root) throws IOException {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        for (String top : List.of("content", "themes")) {
            TestSite.tree(root.resolve(top)).forEach((p, b) -> out.put(top + "/" + p, b));
        }
        return out;
    }

    private static void restore(Path root, Map<String, byte[]> sources) throws IOException {
        Staging.deleteTree(root.resolve("content"));
        Staging.deleteTree(root.resolve("themes"));
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }

    /** Makes one edit; returns what it did (for messages). */
    private static String apply(Path root, Edit edit, Random random, int step) throws IOException {
        Path docs = root.resolve("content/van-ban");
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        Path file = files.get(random.nextInt(files.size()));
        String text = Files.readString(file);
        String name = root.relativize(file).toString();
        switch (edit) {
            case TEXT -> {
                String other = number(Files.readString(files.get(random.nextInt(files.size()))));
                Files.writeString(file, text + "\n\nĐoạn thêm ở bước " + step + ", theo " + other + " về ANTT.\n");
            }
            case TITLE -> Files.writeString(file, text.replaceFirst("(?m)^title: .*$", "title: \"Tiêu đề sửa ở bước " + step + "\""));
            case NUMBER -> Files.writeString(file, NUMBER.matcher(text).replaceFirst(m ->
                    Matcher.quoteReplacement("number: \"" + m.group(1).replaceFirst("\\d+", "9" + step + "$0") + "\"")));
            case RELATION -> {
                String other = number(Files.readString(files.get(random.nextInt(files.size()))));
                String key = Stream.of("implements", "guides", "basis").filter(k -> !text.contains("\n" + k + ":")).findFirst().orElse(null);
                if (key == null) return edit + " none";
                Files.writeString(file, text.replaceFirst("^---\n", Matcher.quoteReplacement("---\n" + key + ": [\"" + other + "\"]\n")));
                return edit + " " + key + " " + other + " in " + name;
            }
            case GLOSSARY -> {
                Path glossary = root.resolve("content/_data/glossary.yaml");
                String g = Files.exists(glossary) ? Files.readString(glossary) : "";
                if (g.contains("expansion: \"")) {
                    Files.writeString(glossary, g.replaceFirst("expansion: \"", "expansion: \"(sửa " + step + ") "));
                    return edit + " an expansion changed";
                }
                Files.writeString(glossary, g + "- term: \"ANTT\"\n  kind: abbr\n  expansion: \"an ninh, trật tự\"\n  definition: \"Thêm ở bước " + step + ".\"\n");
                return edit + " ANTT added";
            }
            case TEMPLATE -> {
                Path t = root.resolve("themes/default/templates/document.ftlh");
                Files.writeString(t, Files.readString(t) + "<!-- bước " + step + " -->\n");
                return edit + " document.ftlh";
            }
            case DELETE -> Files.delete(file);
            case NEW_FILE -> {
                Path copy = docs.resolve("moi-" + step + ".md");
                Files.writeString(copy, NUMBER.matcher(text).replaceFirst(m ->
                        Matcher.quoteReplacement("number: \"" + m.group(1).replaceFirst("\\d+", "8" + step + "$0") + "\"")));
                return edit + " " + root.relativize(copy);
            }
        }
        return edit + " " + name;
    }

    private static String number(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? m.group(1) : "06/CT-BCA-V05";
    }

    /** The problems printed, without the summary line (it holds the time). */
    private static List<String> problems(TestSite.Run run) {
        return Arrays.stream(run.err().split("\n")).filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual, String label) {
        Set<String> differ = new TreeSet<>();
        for (String p : expected.keySet()) if (!actual.containsKey(p) || !Arrays.equals(expected.get(p), actual.get(p))) differ.add(p);
        for (String p : actual.keySet()) if (!expected.containsKey(p)) differ.add(p);
        assertEquals(Set.of(), differ, label + ": files that differ from a clean build");
    }

    private static TestSite.Run build(Path root, String... args) {
        List<String> all = new ArrayList<>(List.of("build", "--source", root.toString()));
        all.addAll(List.of(args));
        return TestSite.run(all.toArray(new String[0]));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
