package vn.antq.site.cache;

import vn.antq.site.markdown.BodyMemo;
import vn.antq.site.markdown.Decorations;
import vn.antq.site.publish.Staging;
import vn.antq.site.render.PageReuse;
import vn.antq.site.text.ContentHash;
import vn.antq.site.text.ContentHasher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What one build keeps for the next, in a folder of the source root ({@value #FOLDER}, safe to
 * delete at any time): rendered bodies by content hash ({@link BodyCache}), the fingerprint of
 * every page published and of the search files. A build after an edit renders again only the
 * bodies and pages whose inputs changed, and links every other published file into the new
 * site unchanged; what it publishes is what a clean build would.
 *
 * <p>The whole cache belongs to one program: a different jar (or compiled classes) starts it
 * afresh. Themes and options need no such rule, since they are part of each page's
 * fingerprint. Any failure to read or write the cache only costs speed: the build goes on as
 * a clean one.
 */
public final class BuildCache {
    public static final String FOLDER = ".antq-cache";
    private static final int PAGES_MAGIC = 0x616e7470, SEARCH_MAGIC = 0x616e7473, ABBR_MAGIC = 0x616e7461;

    private final Path dir;
    private BodyCache bodies;
    /** The last build's page records, read once, and the folder they are of. */
    private Map<String, Record> lastPages;
    private String lastPagesOut;

    private BuildCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cache in {@code dir}, emptied first if an other program wrote it.
     *
     * @return null when the folder cannot be used (the build then runs without it)
     */
    public static BuildCache open(Path dir) {
        try {
            String stamp = programStamp().toString();
            Path stampFile = dir.resolve("program");
            if (!Files.isRegularFile(stampFile) || !Files.readString(stampFile).equals(stamp)) {
                Staging.deleteTree(dir);
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("README.txt"),
                        "antq-site build cache: safe to delete; the next build is then a full one.\n");
                writeAtomically(stampFile, stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return new BuildCache(dir);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Bodies kept by earlier builds, checked against the decorations of this one. */
    public BodyMemo bodies(Decorations decorations) {
        Map<String, String> previous = null;
        try {
            Codec.In in = new Codec.In(Files.readAllBytes(dir.resolve("abbreviations")));
            if (in.integer() == ABBR_MAGIC) {
                int n = in.integer();
                previous = new HashMap<>();
                for (int i = 0; i < n; i++) previous.put(in.string(), in.string());
            }
        } catch (IOException e) {
            previous = null;
        }
        bodies = new BodyCache(dir.resolve("bodies"), decorations, previous);
        return bodies;
    }

    /** Bodies taken from the cache and rendered, in this build. */
    public String bodyCounts() {
        return bodies == null ? "" : bodies.hits.get() + " kept, " + bodies.misses.get() + " rendered";
    }

    /**
     * Whether the last build with this cache published into {@code out}: a build can then
     * write only the files that change there ({@link Staging#changes}).
     */
    public boolean hasPublished(Path out) {
        return Files.isDirectory(out) && !previousPages(out).isEmpty();
    }

    /**
     * The pages of the site published in {@code out} by the last build with this cache: a page
     * whose fingerprint is the same, whose file is still the one that build wrote (same size and
     * time), is kept: left where it is when {@code staging} only stages changes, linked into it
     * otherwise.
     */
    public PageReuse pages(Path out, Staging staging) {
        Map<String, Record> previous = previousPages(out);
        if (previous.isEmpty()) return PageReuse.NONE;
        return (path, fingerprint) -> {
            Record r = previous.get(path);
            if (r == null || !r.fingerprint().equals(fingerprint) || !unchanged(out.resolve(path), r)) return false;
            if (!staging.changesOnly()) return staging.link(path, out.resolve(path));
            staging.keep(path);
            return true;
        };
    }

    private static boolean unchanged(Path file, Record r) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() && a.size() == r.size() && a.lastModifiedTime().toMillis() == r.modified();
        } catch (IOException e) {
            return false;
        }
    }

    /** One published page: its fingerprint, and the size and time of the file written for it. */
    private record Record(ContentHash fingerprint, long size, long modified) {}

    /** The page records of the last build into {@code out} (read once; empty for another folder). */
    private Map<String, Record> previousPages(Path out) {
        if (lastPages == null || !lastPagesOut.equals(key(out))) {
            lastPagesOut = key(out);
            lastPages = readPages(out);
        }
        return lastPages;
    }

    private Map<String, Record> readPages(Path out) {
        Map<String, Record> records = new HashMap<>();
        try {
            Codec.In in = new Codec.In(Files.readAllBytes(dir.resolve("pages")));
            if (in.integer() != PAGES_MAGIC || !in.string().equals(key(out))) return Map.of();
            int n = in.integer();
            for (int i = 0; i < n; i++) records.put(in.string(), new Record(in.hash(), in.number(), in.number()));
            return records;
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** What the last build published of the search files: from which input, the index folder, the meta script's hash. */
    private record SearchRecord(ContentHash input, String dir, ContentHash meta) {}

    /** The search record of the last build into {@code out}, if its index folder is still there; or null. */
    private SearchRecord lastSearch(Path out) {
        try {
            Codec.In in = new Codec.In(Files.readAllBytes(dir.resolve("search")));
            if (in.integer() != SEARCH_MAGIC || !in.string().equals(key(out))) return null;
            SearchRecord r = new SearchRecord(in.hash(), in.string(), in.hash());
            return Files.isDirectory(out.resolve(r.dir())) ? r : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The search files published in {@code out} by the last build, if they were made from the
     * same input: the index folder's name, or null.
     */
    public String searchFiles(Path out, ContentHash input) {
        SearchRecord r = lastSearch(out);
        if (r == null || !r.input().equals(input)) return null;
        try {
            Path metaFile = out.resolve(vn.antq.site.search.SearchIndexReader.META);
            // the preview server may have moved the published index on since
            boolean same = Files.isRegularFile(metaFile) && new ContentHasher().add(Files.readAllBytes(metaFile)).hash().equals(r.meta());
            return same ? r.dir() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The index folder the last build published in {@code out}, if it is still there; or null. */
    public String lastSearchFiles(Path out) {
        SearchRecord r = lastSearch(out);
        return r == null ? null : r.dir();
    }

    /**
     * After publishing into {@code out}: the pages' fingerprints (with the files now there), the
     * search files' input, the abbreviations the bodies were rendered with; bodies this build did
     * not use are deleted, so the cache holds one site's worth.
     */
    public void published(Path out, SortedMap<String, ContentHash> pages, ContentHash searchInput, String searchDir,
                          Map<String, String> abbreviations) {
        try {
            Codec.Out p = new Codec.Out().integer(PAGES_MAGIC).string(key(out));
            Map<String, Record> records = new TreeMap<>();
            for (var e : pages.entrySet()) {
                Path file = out.resolve(e.getKey());
                if (!Files.isRegularFile(file)) continue;
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                records.put(e.getKey(), new Record(e.getValue(), a.size(), a.lastModifiedTime().toMillis()));
            }
            p.integer(records.size());
            records.forEach((path, r) -> p.string(path).hash(r.fingerprint()).number(r.size()).number(r.modified()));
            writeAtomically(dir.resolve("pages"), p.toByteArray());
            ContentHash meta = new ContentHasher().add(Files.readAllBytes(out.resolve(vn.antq.site.search.SearchIndexReader.META))).hash();
            writeAtomically(dir.resolve("search"), new Codec.Out().integer(SEARCH_MAGIC).string(key(out)).hash(searchInput)
                    .string(searchDir).hash(meta).toByteArray());
            Codec.Out a = new Codec.Out().integer(ABBR_MAGIC).integer(abbreviations.size());
            new TreeMap<>(abbreviations).forEach((k, v) -> a.string(k).string(v));
            writeAtomically(dir.resolve("abbreviations"), a.toByteArray());
            if (bodies != null) removeUnused(dir.resolve("bodies"), bodies.used());
        } catch (IOException | UncheckedIOException e) {
            // the next build is slower, not wrong: it checks every record it reads
        }
    }

    private static void removeUnused(Path bodies, java.util.Set<String> used) throws IOException {
        if (!Files.isDirectory(bodies)) return;
        try (Stream<Path> s = Files.walk(bodies, 2)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                if (!used.contains(f.getFileName().toString())) Files.deleteIfExists(f);
            }
        }
    }

    private static String key(Path out) {
        return out.toAbsolutePath().normalize().toString();
    }

    /** Writes through a temporary file and a rename: a reader sees the whole file or none. */
    static void writeAtomically(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
            try {
                Files.write(tmp, bytes);
                Staging.replace(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which program wrote the cache: the jar (or class folder) this class came from, by path,
     * size and time of every file in it, and the Java version.
     */
    static ContentHash programStamp() throws IOException {
        ContentHasher h = new ContentHasher().add(Runtime.version().toString());
        Path code;
        try {
            code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new IOException(e);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(code)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            h.add(code.relativize(f).toString()).add(Files.size(f)).add(Files.getLastModifiedTime(f).toMillis());
        }
        return h.hash();
    }
}
