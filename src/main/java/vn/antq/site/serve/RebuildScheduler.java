package vn.antq.site.serve;

import vn.antq.site.Build;
import vn.antq.site.BuildOptions;
import vn.antq.site.BuildResult;
import vn.antq.site.IncrementalBuild;
import vn.antq.site.Snapshot;
import vn.antq.site.content.Problems;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * When and how the preview rebuilds. Saved files are rebuilt one set at a time on the rebuild
 * thread, saves made meanwhile folded into the next set: the page being edited first
 * ({@link FastRender}), then the pages the edit affects ({@link IncrementalBuild}) or, when
 * that cannot handle it, a full build; the search files follow on their own thread, so a long
 * index build never delays the next save's pages. Every call into the build engine is here
 * (and the fast render's in {@link FastRender}).
 */
final class RebuildScheduler implements Closeable {
    private final BuildOptions options;
    private final BuildReport report;
    private final FastRender fastRender;
    private final FoldingWorker<Set<Path>> rebuilds = new FoldingWorker<>("antq-rebuild", RebuildScheduler::union, this::rebuild);
    private volatile boolean closed;

    // Pages: rebuilt under buildLock, from the last good state.
    private final Object buildLock = new Object();
    /** The last good state of the pages: fast renders and incremental rebuilds start from it. */
    private volatile Snapshot snapshot;
    /** Changes counted from {@link #snapshot}; incremented under buildLock. */
    private long generation;
    /** Sources edited since {@link #snapshot}: a file whose edit failed is read again with the next edit. */
    private final Set<String> pending = new TreeSet<>();
    /** The files no longer match {@link #snapshot} in a way an incremental rebuild can catch up with (a failed full build). */
    private volatile boolean fullBuildNeeded;

    // Search: updated after the pages; saves made meanwhile are folded into one update (the newest).
    private final Object searchLock = new Object();
    private record Wanted(Snapshot snapshot, long generation) {}
    private final FoldingWorker<Wanted> searches = new FoldingWorker<>("antq-search", (older, newer) -> newer, this::updateSearch);
    /** The state whose search files are published, and its generation (guarded by searchLock). */
    private Snapshot searched;
    private long searchedGeneration;

    RebuildScheduler(BuildOptions options, BuildReport report, FastRender fastRender) {
        this.options = options;
        this.report = report;
        this.fastRender = fastRender;
    }

    /** A full build, on the caller's thread; reports to the terminal and to open pages. */
    BuildResult fullBuild() {
        synchronized (buildLock) {
            // the search thread must not write while the output folder is swapped
            synchronized (searchLock) {
                BuildResult r = new Build(options, report.messages(), n -> { }).run();
                report.problems(r.problems());
                if (r.published()) {
                    snapshot = r.snapshot();
                    searched = r.snapshot();
                    searchedGeneration = ++generation;
                    pending.clear();
                    fullBuildNeeded = false;
                    report.println(report.messages().format("serve.rebuilt", r.pages(), r.millis()));
                    report.reload();
                } else {
                    fullBuildNeeded = true;
                    report.failed(r.problems());
                }
                return r;
            }
        }
    }

    /** Saved files (from the watcher): rebuilt on the rebuild thread, with those saved while a rebuild runs. */
    void changed(Set<Path> paths) {
        rebuilds.submit(Set.copyOf(paths));
    }

    private static Set<Path> union(Set<Path> a, Set<Path> b) {
        Set<Path> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** One set of saved files: fast render, then the incremental rebuild or a full build. */
    private void rebuild(Set<Path> paths) {
        synchronized (buildLock) {
            if (closed) return;
            Map<String, Path> sources = new TreeMap<>();
            for (Path p : paths) {
                String rel = options.source().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
                if (!neverRead(p, rel)) sources.put(rel, p);
            }
            if (sources.isEmpty()) return;
            if (sources.size() == 1) fastRender.render(snapshot, sources.values().iterator().next());
            if (snapshot != null && !fullBuildNeeded) {
                pending.addAll(sources.keySet());
                try {
                    IncrementalBuild.Result r = new IncrementalBuild(snapshot).pages(Set.copyOf(pending));
                    if (r.status() != IncrementalBuild.Status.FULL_BUILD_NEEDED) {
                        updated(r);
                        return;
                    }
                    report.println(report.messages().format("serve.fullBuild", report.messages().format(r.fullBuildReason())));
                } catch (RuntimeException e) {
                    report.println("antq-site: " + e);
                }
            }
            fullBuild();
        }
    }

    /**
     * Editors' swap and backup files under content/ are never read by the build (the loader
     * skips them), nor is a file that appeared and vanished since the last build (vim's write
     * test "4913"): saving them changes nothing.
     */
    private boolean neverRead(Path file, String rel) {
        if (!rel.startsWith("content/")) return false;
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~")) return true;
        Snapshot s = snapshot;
        if (s == null || Files.exists(file)) return false;
        String folder = rel + "/";
        for (String input : s.inputs()) if (input.equals(rel) || input.startsWith(folder)) return false;
        return true;
    }

    /** The outcome of an incremental rebuild of the pages (under buildLock). */
    private void updated(IncrementalBuild.Result r) {
        boolean wasFailing = report.failing();
        report.problems(r.problems());
        if (r.status() == IncrementalBuild.Status.FAILED) {
            report.failed(r.problems());
            return;
        }
        snapshot = r.snapshot();
        long gen = ++generation;
        pending.clear();
        report.println(report.messages().format("serve.updated", r.rendered().size(), r.millis(), r.written().size()));
        if (!r.written().isEmpty() || wasFailing) report.reload();
        searches.submit(new Wanted(r.snapshot(), gen));
    }

    /** On the search thread: brings the search files up to the newest state asked for. */
    private void updateSearch(Wanted w) {
        synchronized (searchLock) {
            // a full build since then wrote newer search files
            if (searched == null || w.generation() <= searchedGeneration) return;
            try {
                IncrementalBuild.Search r = IncrementalBuild.search(searched, w.snapshot());
                searched = r.snapshot();
                searchedGeneration = w.generation();
                report.println(r.changed() ? report.messages().format("serve.searchUpdated", r.millis(), r.written(), r.kept())
                        : report.messages().format("serve.searchUnchanged", r.millis()));
                // open pages loaded the meta script naming the old index folder, now gone
                if (r.changed()) report.reload();
            } catch (RuntimeException e) {
                report.println("antq-site: " + e);
                fullBuildNeeded = true;
            }
        }
    }

    /** Nothing writes into the output folder once closed: waits for a rebuild or search update under way. */
    @Override
    public void close() {
        closed = true;
        synchronized (buildLock) {
            rebuilds.shutdown();
            searches.shutdown();
        }
        rebuilds.awaitTermination(2, TimeUnit.MINUTES);
        searches.awaitTermination(2, TimeUnit.MINUTES);
    }
}
