package vn.antq.site.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watcher hands over what changed, once per change, however many writes a save is. */
class SourceWatcherTest {
    @TempDir
    Path dir;
    SourceWatcher watcher;
    final BlockingQueue<Set<Path>> handed = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/a.md"), "một");
        watcher = new SourceWatcher(List.of(dir.resolve("content")), new PrintWriter(new StringWriter()));
        watcher.open();
        watcher.start(handed::add);
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
    }

    /** A save in one step (a rename over the file), so no half-written state can be seen. */
    void save(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(dir, "save", ".tmp");
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    Set<Path> next() throws InterruptedException {
        Set<Path> paths = handed.poll(20, TimeUnit.SECONDS);
        if (paths == null) throw new AssertionError("nothing handed over");
        return paths;
    }

    @Test
    void aWriteThatLeavesTheBytesAsTheyWereIsNoChange() throws Exception {
        Path a = dir.resolve("content/a.md");
        save(a, "hai");
        assertEquals(Set.of(a), next());
        // an event that leaves the bytes as they were, like a save's last write coming after the burst
        Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000_000_000L));
        Path b = dir.resolve("content/b.md");
        save(b, "ba");
        // one folder's events come in order: once b is handed over, a's event has been seen
        assertEquals(Set.of(b), next());
        save(a, "bốn");
        assertEquals(Set.of(a), next());
    }

    @Test
    void aFolderCreatedLaterIsWatched() throws Exception {
        Path sub = dir.resolve("content/moi");
        Files.createDirectories(sub);
        assertTrue(next().contains(sub));
        Path c = sub.resolve("c.md");
        save(c, "năm");
        assertEquals(Set.of(c), next());
    }
}
