package vn.antq.site;

import vn.antq.site.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away source tree for tests: its own content/, the project's themes/ (linked), and a
 * way to run the real command line on it and read what it printed.
 */
public final class TestSite {
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    public final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A minimal valid site: settings and one valid document. */
    public static TestSite create(Path dir) {
        TestSite s = empty(dir);
        s.file("content/_data/site.yaml", "title: \"Trang thử\"\ndescription: \"Mô tả\"\n");
        s.file("content/van-ban/chi-thi-06.md", """
                ---
                title: "Về nâng cao chất lượng phong trào"
                type: chi-thi
                number: "06/CT-BCA-V05"
                issuer: "Bộ Công an"
                date: 2025-05-07
                ---
                ## I. MỤC TIÊU

                Nội dung.
                """);
        return s;
    }

    /** Only the themes link, no content. */
    public static TestSite empty(Path dir) {
        try {
            Files.createDirectories(dir);
            copyTree(PROJECT.resolve("themes"), dir.resolve("themes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestSite(dir);
    }

    private static Path builtProject;

    /** The project's content/ built once per test run (no base URL), shared by read-only tests. */
    public static synchronized Path builtProject() {
        if (builtProject == null) {
            Path out = PROJECT.resolve("target/test-site");
            Run run = run("build", "--source", PROJECT.toString(), "--out", out.toString());
            if (run.exit() != 0) throw new IllegalStateException(run.err());
            builtProject = out;
        }
        return builtProject;
    }

    /** Every file under {@code root} with its bytes, by relative path. */
    public static java.util.Map<String, byte[]> tree(Path root) throws IOException {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (var s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] bytes) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path site() {
        return root.resolve("site");
    }

    /** What a command printed and returned. */
    public record Run(int exit, String out, String err) {
        public List<String> errorLines() {
            List<String> lines = new ArrayList<>();
            for (String l : err.split("\n")) if (l.contains(": error: ")) lines.add(l);
            return lines;
        }
    }

    /** Runs {@code antq-site build --source ROOT [args]} in this JVM. */
    public Run build(String... args) {
        List<String> all = new ArrayList<>(List.of("build", "--source", root.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(new String[0]));
    }

    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
