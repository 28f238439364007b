package vn.antq.site.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class data archive: written by the first build, used by the next, never used when damaged. */
class ClassDataArchiveTest {
    @TempDir
    Path dir;

    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        Files.writeString(jar, "not really a jar, only its size and time count");
        return jar;
    }

    private List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static String option(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).findFirst().map(o -> o.substring(prefix.length())).orElse(null);
    }

    @Test
    void theFirstBuildWritesItTheNextUseItAndACutFileIsDropped() throws IOException {
        Path jar = jar("antq-site.jar");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ClassDataArchive first = ClassDataArchive.of(jar.toString(), env, "/nowhere");
        assertNotNull(first);
        List<String> options = first.jvmOptions();
        assertTrue(options.containsAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")), options.toString());
        Path writing = Path.of(option(options, "-XX:ArchiveClassesAtExit="));
        Files.write(writing, new byte[1000]); // what the JVM writes at exit
        first.settle(0);
        Path cache = dir.resolve("cache/antq-site");
        List<Path> kept = files(cache);
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).getFileName().toString().endsWith("-1000.jsa"), kept.toString());

        List<String> next = ClassDataArchive.of(jar.toString(), env, "/nowhere").jvmOptions();
        assertEquals(kept.get(0).toString(), option(next, "-XX:SharedArchiveFile="));
        assertTrue(next.contains("-XX:+VerifySharedSpaces"));

        Files.write(kept.get(0), new byte[999]); // cut short: the JVM would crash on it
        List<String> again = ClassDataArchive.of(jar.toString(), env, "/nowhere").jvmOptions();
        assertNull(option(again, "-XX:SharedArchiveFile="));
        assertNotNull(option(again, "-XX:ArchiveClassesAtExit="));
        assertFalse(Files.exists(kept.get(0)));
    }

    @Test
    void aFailedBuildKeepsNothingAndAnotherJarGetsItsOwnArchive() throws IOException {
        Path jar = jar("antq-site.jar");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        ClassDataArchive failed = ClassDataArchive.of(jar.toString(), env, "/nowhere");
        Path writing = Path.of(option(failed.jvmOptions(), "-XX:ArchiveClassesAtExit="));
        Files.write(writing, new byte[10]);
        failed.settle(1);
        Path cache = dir.resolve("cache/antq-site");
        assertEquals(List.of(), files(cache));

        ClassDataArchive ok = ClassDataArchive.of(jar.toString(), env, "/nowhere");
        Files.write(Path.of(option(ok.jvmOptions(), "-XX:ArchiveClassesAtExit=")), new byte[10]);
        ok.settle(0);
        Path old = files(cache).get(0);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000)); // rebuilt
        ClassDataArchive rebuilt = ClassDataArchive.of(jar.toString(), env, "/nowhere");
        List<String> options = rebuilt.jvmOptions();
        assertNull(option(options, "-XX:SharedArchiveFile="), "an archive of the old jar is not used");
        Files.write(Path.of(option(options, "-XX:ArchiveClassesAtExit=")), new byte[20]);
        rebuilt.settle(0);
        List<Path> now = files(cache);
        assertEquals(1, now.size(), now.toString());
        assertFalse(now.contains(old), "the old jar's archive is removed");
    }

    @Test
    void noArchiveWhenTurnedOffOrClassesAreNotInJars() throws IOException {
        Path jar = jar("antq-site.jar");
        assertNull(ClassDataArchive.of(jar.toString(), Map.of("ANTQ_CDS", "off"), dir.toString()));
        assertNull(ClassDataArchive.of(jar + File.pathSeparator + dir, Map.of(), dir.toString()));
        assertNotNull(ClassDataArchive.of(jar.toString(), Map.of(), dir.toString()));
        assertTrue(Files.isDirectory(dir.resolve(".cache/antq-site")), "the user's cache folder");
    }

    /** The real thing: the launcher's JVM writes the archive, the next build maps it, a cut one is replaced. */
    @Test
    void buildsWithTheArchiveGiveTheSameSite() throws Exception {
        Path appJar = dir.resolve("app.jar");
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(appJar)); Stream<Path> s = Files.walk(classes)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, (OutputStream) out);
                out.closeEntry();
            }
        }
        List<String> classPath = new ArrayList<>(List.of(appJar.toString()));
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) if (e.endsWith(".jar")) classPath.add(e);
        Path cache = dir.resolve("cache");

        String first = launch(classPath, cache, dir.resolve("site1"));
        assertTrue(first.contains("-XX:ArchiveClassesAtExit="), first);
        List<Path> archives = files(cache.resolve("antq-site"));
        assertEquals(1, archives.size(), archives.toString());

        String second = launch(classPath, cache, dir.resolve("site2"));
        assertTrue(second.contains("-XX:SharedArchiveFile=" + archives.get(0)), second);
        assertEquals(-1L, Files.mismatch(dir.resolve("site1/index.html"), dir.resolve("site2/index.html")));

        Files.write(archives.get(0), new byte[4096]); // cut short: no longer the size its name says
        String third = launch(classPath, cache, dir.resolve("site3"));
        assertTrue(third.contains("-XX:ArchiveClassesAtExit="), third);
        assertEquals(-1L, Files.mismatch(dir.resolve("site1/index.html"), dir.resolve("site3/index.html")));
    }

    private String launch(List<String> classPath, Path cache, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", String.join(File.pathSeparator, classPath),
                Main.class.getName(), "build", "--source", Path.of("").toAbsolutePath().toString(), "--out", out.toString()))
                .redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("ANTQ_TIMINGS", "1");
        pb.environment().remove("ANTQ_CDS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertFalse(output.contains("[warning]") || output.contains("fatal error"), output);
        return output;
    }
}
