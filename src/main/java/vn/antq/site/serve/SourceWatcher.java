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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folder trees (the source's content/ and themes/, folders created later included) and
 * hands each burst of saves over as one set of changed paths.
 */
final class SourceWatcher implements Closeable {
    private final List<Path> roots;
    private final PrintWriter log;
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
                changes.accept(nextBurst());
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

    /** Waits for an event, then takes those that came with it. */
    private Set<Path> nextBurst() throws InterruptedException, IOException {
        Set<Path> changed = new LinkedHashSet<>();
        while (changed.isEmpty()) collect(service.take(), changed);
        Thread.sleep(50); // an editor's save is often several writes
        WatchKey more;
        while ((more = service.poll()) != null) collect(more, changed);
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
