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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build writes into a staging folder beside the output folder; only a build that
 * succeeded replaces the output, by renaming, so a failed build leaves the last good site
 * exactly as it was. Safe for concurrent writes of different files.
 *
 * <p>In "changes" mode (the preview server's incremental rebuild) only files whose bytes
 * differ from the published ones are staged, and {@link #publish()} moves just those in, so
 * untouched pages keep their bytes and modification times.
 */
public final class Staging {
    private final Path out;
    private final Path dir;
    /** Folders known to exist: creating them again costs an exception per file. */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** In changes mode: staged paths that differ from the output, and output paths to delete; null otherwise. */
    private final Set<String> changed;
    private final Set<String> removed;
    /** Every output path this build has: written, copied, linked, or (changes mode) kept as published. */
    private final Set<String> outputs = ConcurrentHashMap.newKeySet();

    private Staging(Path out, Path dir, boolean changesOnly) {
        this.out = out;
        this.dir = dir;
        this.changed = changesOnly ? ConcurrentHashMap.newKeySet() : null;
        this.removed = changesOnly ? ConcurrentHashMap.newKeySet() : null;
    }

    public static Staging create(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            Path dir = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".staging-");
            return new Staging(abs, dir, false);
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
        return new Staging(abs, abs, false);
    }

    /**
     * Stages only what differs from the existing output folder {@code out}; {@link #publish()}
     * then moves those files in (each by a rename) and deletes what {@link #remove} named.
     */
    public static Staging changes(Path out) {
        Staging s = create(out);
        return new Staging(s.out, s.dir, true);
    }

    /** The folder being written (for tools that read back what was rendered). */
    public Path dir() { return dir; }

    public void write(String outputPath, String text) {
        write(outputPath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String outputPath, byte[] bytes) {
        Path target = resolve(outputPath);
        outputs.add(outputPath);
        try {
            if (changed != null) {
                if (published(outputPath, bytes)) return;
                changed.add(outputPath);
            }
            folder(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void copy(String outputPath, Path source) {
        Path target = resolve(outputPath);
        outputs.add(outputPath);
        try {
            if (changed != null) {
                Path old = out.resolve(outputPath);
                if (Files.isRegularFile(old) && Files.mismatch(old, source) == -1) return;
                changed.add(outputPath);
            }
            folder(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the published file {@code existing} (which must not change after) at {@code outputPath}
     * without reading it: a hard link, or a copy where links are not supported.
     *
     * @return false when {@code existing} cannot be linked or copied (it is then to be written)
     */
    public boolean link(String outputPath, Path existing) {
        if (changed != null) throw new IllegalStateException("link() is not for changes mode");
        Path target = resolve(outputPath);
        outputs.add(outputPath);
        try {
            folder(target.getParent());
            linkOrCopy(target, existing);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@link #link} for every file under {@code existing}, at the same place under {@code outputDir}. */
    public boolean linkTree(String outputDir, Path existing) {
        try (java.util.stream.Stream<Path> s = Files.walk(existing)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = existing.relativize(f).toString().replace('\\', '/');
                if (!link(outputDir.isEmpty() ? rel : outputDir + "/" + rel, f)) return false;
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private void folder(Path folder) throws IOException {
        if (folders.contains(folder)) return;
        Files.createDirectories(folder);
        folders.add(folder);
    }

    /** The size of the output at {@code outputPath}: staged, or (changes mode) kept as published. */
    public long size(String outputPath) {
        try {
            Path staged = resolve(outputPath);
            if (Files.exists(staged) || changed == null) return Files.size(staged);
            return Files.size(out.resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String outputPath) {
        return Files.exists(resolve(outputPath));
    }

    /** Changes mode: the published file at {@code outputPath} stays as it is, part of this build's output. */
    public void keep(String outputPath) {
        if (changed == null) throw new IllegalStateException("keep() is for changes mode");
        resolve(outputPath);
        outputs.add(outputPath);
    }

    /** Changes mode: {@link #keep} for every published file under {@code outputDir}. */
    public void keepTree(String outputDir) throws IOException {
        Path from = out.resolve(outputDir);
        try (java.util.stream.Stream<Path> s = Files.walk(from)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) keep(out.relativize(f).toString().replace('\\', '/'));
        }
    }

    /** Whether this staging only stages what differs from the published output. */
    public boolean changesOnly() {
        return changed != null;
    }

    /** Every output path this build has so far (written, copied, linked or kept), sorted. */
    public List<String> outputs() {
        List<String> list = new ArrayList<>(outputs);
        list.sort(null);
        return list;
    }

    /**
     * Changes mode: every published file that is not among {@link #outputs()} is to be deleted
     * on publish, as a full build would not have it.
     */
    public void removeOthers() throws IOException {
        if (removed == null) throw new IllegalStateException("removeOthers() is for changes mode");
        if (!Files.isDirectory(out)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                if (!outputs.contains(rel)) removed.add(rel);
            }
        }
    }

    /** Changes mode: the output file at {@code outputPath} is to be deleted on publish. */
    public void remove(String outputPath) {
        if (removed == null) throw new IllegalStateException("remove() is for changes mode");
        resolve(outputPath);
        removed.add(outputPath);
    }

    /** Changes mode: the paths staged because their bytes differ from the output (or are new), sorted. */
    public List<String> changedPaths() {
        if (changed == null) throw new IllegalStateException("changedPaths() is for changes mode");
        List<String> list = new ArrayList<>(changed);
        list.sort(null);
        return list;
    }

    /** Whether the output already holds exactly these bytes at this path. */
    private boolean published(String outputPath, byte[] bytes) throws IOException {
        Path old = out.resolve(outputPath).normalize();
        return old.startsWith(out) && Files.isRegularFile(old) && Files.size(old) == bytes.length
                && Arrays.equals(Files.readAllBytes(old), bytes);
    }

    private Path resolve(String outputPath) {
        Path target = dir.resolve(outputPath).normalize();
        if (!target.startsWith(dir)) throw new IllegalArgumentException("output path outside the site: " + outputPath);
        return target;
    }

    /** Replaces the output folder with the staged one (in changes mode: moves the changed files in). */
    public void publish() {
        if (changed != null) {
            publishChanges();
            return;
        }
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

    private void publishChanges() {
        try {
            for (String p : changedPaths()) {
                Path target = out.resolve(p);
                Files.createDirectories(target.getParent());
                replace(dir.resolve(p), target);
            }
            // a full build would not leave an emptied folder (a term page that lost its last
            // document, the last index folder): each is looked at once, deepest first
            java.util.TreeSet<Path> parents = new java.util.TreeSet<>(java.util.Comparator.comparingInt(Path::getNameCount)
                    .reversed().thenComparing(java.util.Comparator.naturalOrder()));
            for (String p : removed) {
                Path target = out.resolve(p);
                Files.deleteIfExists(target);
                for (Path d = target.getParent(); d != null && d.startsWith(out) && !d.equals(out); d = d.getParent()) parents.add(d);
            }
            for (Path d : parents) {
                if (!Files.isDirectory(d)) continue;
                try (var entries = Files.list(d)) {
                    if (entries.findAny().isPresent()) continue;
                }
                Files.delete(d);
            }
            deleteTree(dir);
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

    /**
     * A hard link at {@code target} to {@code existing}, which must not change after (nothing
     * here ever writes into a published file: files are replaced by renames); a copy, with its
     * time, where links are not supported.
     */
    public static void linkOrCopy(Path target, Path existing) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof java.nio.file.NoSuchFileException missing) throw missing;
            Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves {@code from} over {@code to} in one rename where the file system can: a reader sees the old file or the new. */
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it (nothing when it does not exist). */
    public static void deleteTree(Path root) throws IOException {
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
