package vn.antq.site.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the command in a JVM with a bounded heap. By default a JVM may take a quarter of the
 * machine's memory and G1 grows towards it when allocation is brisk, so a 10,000-document
 * build would sit at 4 GB on a 24 GB machine although it needs about one. Like the launch
 * scripts of Maven or Gradle, this picks the heap; a JVM started with an explicit heap size
 * (or {@code ANTQ_HEAP=none}) runs the command itself. The child uses the parallel collector
 * and a smaller inlining budget for the JIT compiler, unless those were chosen, and for a
 * build, a {@link ClassDataArchive} of its classes and, for a small site, the quick JIT
 * compiler alone.
 */
final class HeapLauncher {
    /**
     * Heap for the build when nobody chose one. A build keeps its long texts in a scratch file
     * (text.Spill), so its heap follows the number of pages and headings, not the size of the
     * Markdown: this is enough for 500 MB of real legal texts (BENCHMARKS.md).
     */
    static final String DEFAULT_HEAP = "1400m";

    /**
     * Below this much Markdown (bytes) a build runs with the quick JIT compiler only. The work
     * follows the text, not the number of files: 2,500 synthetic documents (where the two
     * settings meet) hold 39 MB; the real corpus's 290 files hold 61 MB.
     */
    static final long SMALL_SITE_BYTES = 40_000_000;

    private HeapLauncher() {}

    /** The {@code --source} folder the command names ("." when it names none). */
    static Path sourceOf(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--source") && i + 1 < args.length) return Path.of(args[i + 1]);
            if (args[i].startsWith("--source=")) return Path.of(args[i].substring("--source=".length()));
        }
        return Path.of(".");
    }

    /** Bytes of the Markdown files under {@code source/content}, summed until they reach {@code limit}. */
    static long markdownBytes(Path source, long limit) {
        long total = 0;
        try (Stream<Path> files = Files.walk(source.resolve("content"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p)) total += Files.size(p);
                if (total >= limit) return limit;
            }
            return total;
        } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
            return limit; // cannot tell: as for a large site
        }
    }

    /**
     * @return the child's exit code, or -1 when this JVM should run the command itself
     */
    static int relaunchIfUnbounded(String[] args) {
        String heap = System.getenv().getOrDefault("ANTQ_HEAP", DEFAULT_HEAP);
        if (heap.equals("none") || System.getProperty("antq.launched") != null) return -1;
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String a : jvmArgs) {
            if (a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize") || a.startsWith("-XX:MaxRAM")) return -1;
        }
        if (!heap.matches("\\d+[mMgG]") || args.length == 0 || !List.of("build", "check", "serve").contains(args[0])) return -1;
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-Xmx" + heap);
        command.add("-Dantq.launched=true");
        boolean batch = !args[0].equals("serve"); // the preview server runs for hours
        boolean small = batch && jvmArgs.stream().noneMatch(HeapLauncher::choosesCompilation)
                && markdownBytes(sourceOf(args), SMALL_SITE_BYTES) < SMALL_SITE_BYTES;
        command.addAll(tuning(jvmArgs, batch, small));
        // a batch build starts from classes already parsed and verified
        ClassDataArchive archive = !batch || jvmArgs.stream().anyMatch(a -> a.contains("Share") || a.contains("ArchiveClasses"))
                ? null : ClassDataArchive.of(System.getProperty("java.class.path"), System.getenv(), System.getProperty("user.home"));
        if (archive != null) command.addAll(archive.jvmOptions());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        // for benchmarks and tests: the options the build really runs with
        if (System.getenv("ANTQ_TIMINGS") != null) System.err.println("[launch] " + String.join(" ", command));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // a stopped launcher stops its build (Ctrl-C reaches both; kill reaches only us)
            Thread stop = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            if (archive != null) archive.settle(code);
            return code;
        } catch (java.io.IOException e) {
            return -1; // cannot start a JVM: run here, with the default heap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * The collector and JIT options the child gets, each unless the user chose its kind.
     *
     * @param batch a build or check, not the preview server
     * @param small a batch build of a site with less than {@link #SMALL_SITE_BYTES} of Markdown
     */
    static List<String> tuning(List<String> jvmArgs, boolean batch, boolean small) {
        List<String> options = new ArrayList<>();
        // a build is a batch job: the throughput collector spends a third of G1's time on it
        // (10,000 documents: 3 s of pauses against 9 s, and no concurrent marking)
        if (jvmArgs.stream().noneMatch(a -> a.matches("-XX:[+-]Use\\w*GC"))) options.add("-XX:+UseParallelGC");
        // what a build keeps (every body, its search text) lives until the end: promoted after
        // one young collection instead of being copied between survivor spaces up to 15 times
        // (10,000 documents: GC pauses 2.1-2.4 s instead of 2.5-3.2 s, BENCHMARKS.md)
        if (batch && jvmArgs.stream().noneMatch(a -> a.contains("TenuringThreshold"))) options.add("-XX:MaxTenuringThreshold=1");
        // a build runs its hot code for seconds, not hours: with the default inlining budget the
        // C2 compiler took 42 s of CPU of a 10,000-document build (of ~100 s), with these 13 s,
        // and the code it makes is hardly slower (BENCHMARKS.md)
        if (jvmArgs.stream().noneMatch(a -> a.contains("Inline"))) {
            options.add("-XX:FreqInlineSize=50");
            options.add("-XX:InlineSmallCode=500");
        }
        if (!batch || jvmArgs.stream().anyMatch(HeapLauncher::choosesCompilation)) return options;
        if (small) {
            // a small site is built before the optimising compiler has paid for itself: 1,000
            // documents build in 3.5 s instead of 4.8 s with the quick compiler alone, 10,000 in
            // 26-30 s instead of 23 s; about 2,500 (39 MB) is where they meet (BENCHMARKS.md)
            options.add("-XX:TieredStopAtLevel=1");
        } else {
            // a large site's build leaves to the optimising compiler only code three times as hot
            // as by default: of a 10,000-document build's methods it compiles 1,850 instead of
            // 2,240, and the build takes 2.5-4% less CPU (BENCHMARKS.md)
            options.add("-XX:Tier4InvocationThreshold=15000");
            options.add("-XX:Tier4MinInvocationThreshold=2000");
            options.add("-XX:Tier4CompileThreshold=45000");
            options.add("-XX:Tier4BackEdgeThreshold=120000");
        }
        return options;
    }

    /** Whether a JVM option chooses the compilers or when they compile. */
    private static boolean choosesCompilation(String option) {
        return option.contains("Tier") || option.contains("CompileThreshold");
    }
}
