package vn.antq.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A build writes into a staging folder beside the output folder; only a build that
 * succeeded replaces the output, by renaming, so a failed build leaves the last good site
 * exactly as it was. Safe for concurrent writes of different files.
 */
public final class Staging {
    private final Path out;
    private final Path dir;
    /** Folders known to exist: creating them again costs an exception per file. */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Staging(Path out, Path dir) {
        this.out = out;
        this.dir = dir;
    }

    public static Staging create(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            Path dir = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".staging-");
            return new Staging(abs, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes straight into an existing folder (the preview server's fast re-render of one
     * page); never published or discarded.
     */
    public static Staging inPlace(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return new Staging(abs, abs);
    }

    /** The folder being written (for tools that read back what was rendered). */
    public Path dir() { return dir; }

    public void write(String outputPath, String text) {
        write(outputPath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String outputPath, byte[] bytes) {
        Path target = resolve(outputPath);
        try {
            folder(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copy(String outputPath, Path source) {
        Path target = resolve(outputPath);
        try {
            folder(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void folder(Path folder) throws IOException {
        if (folders.contains(folder)) return;
        Files.createDirectories(folder);
        folders.add(folder);
    }

    public boolean exists(String outputPath) {
        return Files.exists(resolve(outputPath));
    }

    private Path resolve(String outputPath) {
        Path target = dir.resolve(outputPath).normalize();
        if (!target.startsWith(dir)) throw new IllegalArgumentException("output path outside the site: " + outputPath);
        return target;
    }

    /** Replaces the output folder with the staged one. */
    public void publish() {
        try {
            if (Files.exists(out)) {
                Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
                Files.delete(old);
                move(out, old);
                try {
                    move(dir, out);
                } catch (IOException e) {
                    move(old, out); // put the last good site back
                    throw e;
                }
                deleteTree(old);
            } else {
                move(dir, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the staging folder after a failed build. */
    public void discard() {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
