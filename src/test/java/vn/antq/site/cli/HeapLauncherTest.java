package vn.antq.site.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher runs the command in a JVM with the heap ANTQ_HEAP names (main, as users start it). */
class HeapLauncherTest {
    @TempDir
    Path dir;

    private record Run(int code, String output) {}

    private Run main(String heap, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--source", Path.of("").toAbsolutePath().toString(), "--out", out.toString()))
                .redirectErrorStream(true);
        pb.environment().put("ANTQ_HEAP", heap);
        pb.environment().put("ANTQ_TIMINGS", "1"); // prints the child's command line
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }

    @Test
    void theBuildRunsInAChildJvmWithTheNamedHeap() throws Exception {
        Path out = dir.resolve("site");
        Run ok = main("400m", out);
        assertEquals(0, ok.code(), ok.output());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(ok.output().contains(" -Xmx400m "), ok.output());
        assertTrue(ok.output().contains(" -XX:TieredStopAtLevel=1 "), "a small site: the quick compiler only\n" + ok.output());
        assertTrue(ok.output().contains(" -XX:MaxTenuringThreshold=1 "), "a batch build promotes what survives once\n" + ok.output());

        // a heap far too small proves the flag reaches the build: one clear line, no trace, nothing written
        Path small = dir.resolve("small");
        Run oom = main("12m", small);
        assertEquals(71, oom.code(), oom.output());
        assertTrue(oom.output().contains("ANTQ_HEAP=3g"), oom.output());
        assertFalse(oom.output().contains("\tat "), "no stack trace: " + oom.output());
        assertFalse(Files.exists(small));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder left");
        }
    }

    @Test
    void theSourceFolderAndTheSizeOfTheSiteAreReadFromTheCommand() throws IOException {
        assertEquals(Path.of("."), HeapLauncher.sourceOf(new String[] {"build"}));
        assertEquals(Path.of("/a b"), HeapLauncher.sourceOf(new String[] {"build", "--out", "x", "--source", "/a b"}));
        assertEquals(Path.of("s"), HeapLauncher.sourceOf(new String[] {"check", "--source=s"}));
        Path content = Files.createDirectories(dir.resolve("content/van-ban"));
        for (int i = 0; i < 7; i++) Files.writeString(content.resolve(i + ".md"), "x".repeat(10));
        Files.writeString(content.resolve("a.pdf"), "x".repeat(1000));
        Files.writeString(content.resolve("dài.md"), "đ".repeat(100));
        assertEquals(270, HeapLauncher.markdownBytes(dir, 10_000), "bytes of Markdown, not files, and not the PDF");
        assertEquals(50, HeapLauncher.markdownBytes(dir, 50), "summing stops at the limit");
        assertEquals(100, HeapLauncher.markdownBytes(dir.resolve("missing"), 100), "unknown: as for a large site");
    }

    @Test
    void theCompilersAreTunedToTheSizeOfTheBuildUnlessTheUserChose() {
        List<String> large = HeapLauncher.tuning(List.of(), true, false);
        assertTrue(large.containsAll(List.of("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=1", "-XX:FreqInlineSize=50",
                "-XX:Tier4InvocationThreshold=15000", "-XX:Tier4CompileThreshold=45000")), large.toString());
        assertFalse(large.contains("-XX:TieredStopAtLevel=1"), large.toString());

        List<String> small = HeapLauncher.tuning(List.of(), true, true);
        assertTrue(small.contains("-XX:TieredStopAtLevel=1"), small.toString());
        assertTrue(small.stream().noneMatch(o -> o.startsWith("-XX:Tier4")), small.toString());

        List<String> serve = HeapLauncher.tuning(List.of(), false, false);
        assertTrue(serve.stream().noneMatch(o -> o.contains("Tier") || o.contains("Tenuring")), "the server runs for hours: " + serve);

        List<String> chosen = HeapLauncher.tuning(List.of("-XX:+UseG1GC", "-XX:Tier4InvocationThreshold=9", "-XX:MaxInlineSize=9"), true, false);
        assertEquals(List.of("-XX:MaxTenuringThreshold=1"), chosen, "what the user chose is left alone");
    }
}
