package vn.antq.site.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A class data sharing archive of the build's classes, kept in the user's cache folder (as
 * Gradle and Maven keep theirs). With it, the build's JVM maps some 3,000 classes of
 * flexmark, FreeMarker, Jackson and jsoup already parsed and verified instead of loading them
 * from the jar: about a second less per build. The first build with a given jar and JVM
 * writes the archive as it exits; the ones after use it. The archive's name holds a hash of
 * the class path (paths, sizes, times) and the JVM, so a rebuilt jar or another JVM gets its
 * own, and its size, so a file cut short is never used (the JVM would crash on it).
 * {@code ANTQ_CDS=off} turns it off.
 */
final class ClassDataArchive {
    private static final String PREFIX = "antq-site-";

    private final Path dir;
    private final String key;
    /** The archive being written by this run, or null when one is used. */
    private Path writing;

    private ClassDataArchive(Path dir, String key) {
        this.dir = dir;
        this.key = key;
    }

    /**
     * @return the archive for this class path, or null when there is none to have: turned off,
     * classes outside jar files (an IDE, Maven), or no cache folder that can be written
     */
    static ClassDataArchive of(String classPath, Map<String, String> env, String userHome) {
        if ("off".equals(env.get("ANTQ_CDS"))) return null;
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) return null; // the JVM archives classes from jars only
            jars.add(p);
        }
        Path dir = env.containsKey("XDG_CACHE_HOME") ? Path.of(env.get("XDG_CACHE_HOME"), "antq-site")
                : Path.of(userHome, ".cache", "antq-site");
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) return null;
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((System.getProperty("java.vm.version") + "\n" + System.getProperty("java.home") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Path jar : jars) {
                sha.update((jar + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return new ClassDataArchive(dir, HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        } catch (IOException | NoSuchAlgorithmException | SecurityException e) {
            return null;
        }
    }

    /** JVM options for the build: use the archive, or write it at exit when there is none yet. */
    List<String> jvmOptions() {
        // the JVM's own notes on classes it cannot archive (old picocli bytecode) are not the user's concern
        List<String> options = new ArrayList<>(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        Path archive = archive();
        if (archive != null) {
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-XX:+VerifySharedSpaces"); // a damaged archive is refused, not crashed on
        } else {
            writing = dir.resolve(PREFIX + key + "." + ProcessHandle.current().pid() + ".tmp");
            options.add("-XX:ArchiveClassesAtExit=" + writing);
        }
        return options;
    }

    /** After the build's JVM exited: keeps the archive it wrote if it succeeded; removes archives of other jars. */
    void settle(int exitCode) {
        if (writing == null) return;
        try {
            long size = Files.isRegularFile(writing) ? Files.size(writing) : 0;
            if (exitCode == 0 && size > 0) {
                Path done = dir.resolve(PREFIX + key + "-" + size + ".jsa");
                try {
                    Files.move(writing, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(writing, done, StandardCopyOption.REPLACE_EXISTING);
                }
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path old : s.toList()) {
                        String name = old.getFileName().toString();
                        if (name.startsWith(PREFIX) && name.endsWith(".jsa") && !name.startsWith(PREFIX + key + "-")) {
                            Files.deleteIfExists(old);
                        }
                    }
                }
            }
            Files.deleteIfExists(writing);
        } catch (IOException | SecurityException e) {
            // a cache: the next build tries again
        }
    }

    /** The complete archive for this key, or null; one of the wrong size is removed. */
    private Path archive() {
        String start = PREFIX + key + "-";
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(start) || !name.endsWith(".jsa")) continue;
                String size = name.substring(start.length(), name.length() - ".jsa".length());
                if (size.matches("\\d{1,18}") && Files.size(p) == Long.parseLong(size)) return p;
                Files.deleteIfExists(p);
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
        return null;
    }
}
