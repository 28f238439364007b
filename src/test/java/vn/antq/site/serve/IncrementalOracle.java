package vn.antq.site.serve;

import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.IncrementalBuild;
import vn.antq.site.Snapshot;
import vn.antq.site.TestSite;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problem;
import vn.antq.site.publish.Staging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edits a source tree, runs the incremental rebuild on it, and checks the result against the
 * oracle: a fresh full build of the same content, byte for byte; and that the files written
 * are exactly those whose bytes changed (every output file is dated {@link #OLD} before an edit).
 */
final class IncrementalOracle {
    static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    final Path root;
    final String baseUrl;
    Snapshot snapshot;
    /** The output before the last edit, with the search folder's hash left out of the paths. */
    private Map<String, byte[]> before = Map.of();

    /** Builds {@code root} into {@code root/site}. */
    IncrementalOracle(Path root, String baseUrl) {
        this.root = root;
        this.baseUrl = baseUrl;
        BuildResult r = new Build(options(site()), new Messages(), n -> { }).run();
        assertTrue(r.published(), () -> r.problems().sorted().toString());
        snapshot = r.snapshot();
    }

    Path site() {
        return root.resolve("site");
    }

    BuildOptions options(Path out) {
        return new BuildOptions(root, out, baseUrl, false);
    }

    /** Edits a file (and counts {@code alsoChanged} as saved too), runs both steps of the incremental rebuild. */
    IncrementalBuild.Result edit(String file, UnaryOperator<String> change, String... alsoChanged) throws IOException {
        Path f = root.resolve(file);
        Files.writeString(f, change.apply(Files.readString(f)));
        before = normalized(TestSite.tree(site()));
        age();
        Set<String> changed = new TreeSet<>(List.of(alsoChanged));
        changed.add(file);
        IncrementalBuild.Result r = new IncrementalBuild(snapshot).pages(changed);
        if (r.status() == IncrementalBuild.Status.DONE) {
            snapshot = IncrementalBuild.search(snapshot, r.snapshot()).snapshot();
        }
        return r;
    }

    /** A full build of the current sources into another folder (removed again). */
    BuildResult fullBuild() throws IOException {
        Path out = root.resolve("full");
        try {
            return new Build(options(out), new Messages(), n -> { }).run();
        } finally {
            Staging.deleteTree(out);
        }
    }

    /** The oracle: a full build of the same content writes the same files, byte for byte; only changed files were written. */
    void assertSameAsFullBuild() throws IOException {
        Path out = root.resolve("full");
        BuildResult full = new Build(options(out), new Messages(), n -> { }).run();
        assertTrue(full.published(), () -> full.problems().sorted().toString());
        Map<String, byte[]> expected = TestSite.tree(out);
        Map<String, byte[]> actual = TestSite.tree(site());
        Set<String> differ = new TreeSet<>();
        for (String p : expected.keySet()) if (!actual.containsKey(p) || !Arrays.equals(expected.get(p), actual.get(p))) differ.add(p);
        for (String p : actual.keySet()) if (!expected.containsKey(p)) differ.add(p);
        assertEquals(Set.of(), differ, "the incremental rebuild differs from a full build");
        assertEquals(changedBytes(), rewritten(), "files written are exactly those whose bytes changed");
        Staging.deleteTree(out);
    }

    /** Output files written since the last edit began (a hard-linked search file keeps its time). */
    Set<String> rewritten() throws IOException {
        Set<String> out = new TreeSet<>();
        try (var s = Files.walk(site())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(p).equals(OLD)) out.add(normalize(site().relativize(p).toString()));
            }
        }
        return out;
    }

    /** Output files (search folder hash left out) whose bytes are new or differ from before the last edit. */
    Set<String> changedBytes() throws IOException {
        Set<String> out = new TreeSet<>();
        normalized(TestSite.tree(site())).forEach((p, b) -> {
            if (!before.containsKey(p) || !Arrays.equals(before.get(p), b)) out.add(p);
        });
        return out;
    }

    /** Dates every output file {@link #OLD}, so a rewrite shows. */
    void age() throws IOException {
        try (var s = Files.walk(site())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, OLD);
        }
    }

    private static Map<String, byte[]> normalized(Map<String, byte[]> tree) {
        Map<String, byte[]> out = new TreeMap<>();
        tree.forEach((p, b) -> out.put(normalize(p), b));
        return out;
    }

    /** search/3f2a1b9c0d/t/1.js → search/t/1.js: the folder's name is the hash of the whole index. */
    static String normalize(String path) {
        return path.replace('\\', '/').replaceFirst("^search/[0-9a-f]{10}/", "search/");
    }

    static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
