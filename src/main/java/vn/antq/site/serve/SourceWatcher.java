package vn.antq.site.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folder trees (the source's content/ and themes/, folders created later included) and
 * hands each burst of saves over as one set of changed paths: a burst ends when no event came
 * for {@link #QUIET_MS}; files whose bytes are what was last handed over are left out
 * ({@link SavedContent}), so the several writes of one save are one change.
 */
final class SourceWatcher implements Closeable {
    /** An editor's save is several writes in quick succession. */
    static final long QUIET_MS = 50;
    /** A longer stream of events (a checkout, a copy of many files) is still handed over as it goes. */
    static final long LONGEST_BURST_MS = 1_000;

    private final List<Path> roots;
    private final PrintWriter log;
    private final SavedContent saved = new SavedContent();
    private WatchService service;

    SourceWatcher(List<Path> roots, PrintWriter log) {
        this.roots = roots;
        this.log = log;
    }

    /** Starts recording events (before the first build, so no save is missed). */
    void open() throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) register(root);
    }

    /** Hands the changes recorded since {@link #open} and from now on to {@code changes}, on the watcher's thread. */
    void start(Consumer<Set<Path>> changes) {
        Thread t = new Thread(() -> run(changes), "antq-watch");
        t.setDaemon(true);
        t.start();
    }

    private void run(Consumer<Set<Path>> changes) {
        try {
            while (true) {
                Set<Path> burst = nextBurst();
                burst.removeIf(p -> !saved.changed(p));
                if (!burst.isEmpty()) changes.accept(burst);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the server stops
        } catch (IOException e) {
            log.println("antq-site: " + e.getMessage());
            log.flush();
        }
    }

    /** Waits for an event, then takes every event until none came for {@link #QUIET_MS}. */
    private Set<Path> nextBurst() throws InterruptedException, IOException {
        Set<Path> changed = new LinkedHashSet<>();
        while (changed.isEmpty()) collect(service.take(), changed);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MS);
        WatchKey more;
        while (System.nanoTime() < end && (more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) collect(more, changed);
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) throws IOException {
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path p && key.watchable() instanceof Path parent) {
                Path full = parent.resolve(p);
                if (Files.isDirectory(full)) register(full);
                changed.add(full);
            }
        }
        key.reset();
    }

    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Ends the watcher's thread. */
    @Override
    public void close() throws IOException {
        if (service != null) service.close();
    }
}
