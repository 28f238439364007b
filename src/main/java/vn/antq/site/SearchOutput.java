package vn.antq.site;

import vn.antq.site.publish.Staging;
import vn.antq.site.search.SearchIndex;
import vn.antq.site.search.SearchIndexReader;
import vn.antq.site.search.SearchWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The search files of a site, as {@link SearchWriter} writes them, with one difference: the
 * meta script every page loads has a fixed name, {@value #META}. Its content names the
 * index folder, which stays content-hashed; were its own name hashed too, every page of the
 * site would change with any edit of any text, and the preview server could not keep the
 * pages an edit does not touch. (Like the HTML pages that load it, it must not be cached for
 * ever; the index folder it names may be.)
 */
final class SearchOutput {
    /**
     * Where every page finds the meta script: beside the index folders, not in {@code assets/},
     * whose files are content-hashed and may be cached for ever.
     */
    static final String META = SearchIndexReader.META;

    /** What an update did: the index folder now published, files written, files kept as they were. */
    record Update(String dir, int written, int kept, long millis) {}

    private SearchOutput() {}

    /** A hash of everything the search files are made from: equal hashes, equal files. */
    static vn.antq.site.text.ContentHash inputHash(List<vn.antq.site.search.SearchDocument> docs, Map<String, String> abbreviations,
                                                  Map<String, String> labels) {
        vn.antq.site.text.ContentHasher h = new vn.antq.site.text.ContentHasher().add(docs.size());
        for (var d : docs) {
            h.add(d.url()).add(d.title()).add(d.kind()).add(d.meta()).add(d.type()).add(d.issuer()).add(d.audience().size());
            for (String a : d.audience()) h.add(a);
            h.add(d.year()).add(d.detail()).add(Double.doubleToLongBits(d.prior())).add(d.sections().size());
            for (var sec : d.sections()) h.add(sec.anchor()).add(sec.heading()).add(sec.text());
        }
        new java.util.TreeMap<>(abbreviations).forEach((k, v) -> h.add(k).add(v));
        new java.util.TreeMap<>(labels).forEach((k, v) -> h.add(k).add(v));
        return h.hash();
    }

    /**
     * Writes the search files into {@code staging}.
     *
     * @return the index folder, {@code search/<hash>/}
     */
    static String write(SearchIndex index, Staging staging, Map<String, String> labels, vn.antq.site.text.Spill spill) {
        return new SearchWriter(spill).write(index, staging, labels, META).dir();
    }

    /**
     * Brings the published search files in {@code out} to what {@link #write} gives for
     * {@code index}, writing only files whose bytes change (see {@link #place}). The new folder is
     * complete before the meta script names it, and the old folder is removed after.
     *
     * @param previousDir the index folder published now
     */
    static Update update(SearchIndex index, Path out, String previousDir, Map<String, String> labels) {
        long start = System.nanoTime();
        try {
            Placed placed = place(index, out, previousDir, labels);
            int written = placed.written();
            Path meta = out.resolve(META);
            if (!Files.isRegularFile(meta) || !java.util.Arrays.equals(Files.readAllBytes(meta), placed.meta())) {
                Path tmp = Files.createTempFile(out, ".meta-", ".js");
                Files.write(tmp, placed.meta());
                Staging.replace(tmp, meta);
                written++;
            }
            if (!placed.dir().equals(previousDir)) Staging.deleteTree(out.resolve(previousDir));
            return new Update(placed.dir(), written, placed.kept(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For a build that stages only changes ({@link Staging#changes}): the new index folder is put
     * in {@code out} beside the published one (see {@link #place}), but nothing names it yet: the
     * meta script that does is staged, and moves in with the pages; the old folder, no longer
     * among the outputs, goes then too. If the build fails, {@link #abandon}.
     *
     * @return the new index folder
     */
    static String prepare(SearchIndex index, Path out, String previousDir, Map<String, String> labels, Staging staging) {
        try {
            Placed placed = place(index, out, previousDir, labels);
            staging.write(META, placed.meta());
            staging.keepTree(placed.dir());
            return placed.dir();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an index folder {@link #prepare} put beside the published one, when the build failed. */
    static void abandon(Path out, String dir, String previousDir) {
        if (dir == null || dir.equals(previousDir)) return;
        try {
            Staging.deleteTree(out.resolve(dir));
        } catch (IOException e) {
            // an unnamed folder: the next successful build removes it
        }
    }

    /** The index folder placed, the meta script naming it (not yet written), files written and linked. */
    private record Placed(String dir, byte[] meta, int written, int kept) {}

    /**
     * Writes the index folder straight into {@code out} beside {@code previousDir}: a file whose
     * bytes are the same as the published one's is hard-linked to it (copied where links are not
     * supported), so it keeps its bytes and time, and nothing is written twice (after a
     * one-document edit of a 10,000-document site, 550 of 14,100 files differ).
     */
    private static Placed place(SearchIndex index, Path out, String previousDir, Map<String, String> labels) {
        Path old = out.resolve(previousDir);
        byte[][] meta = new byte[1][];
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
        String dir = new SearchWriter().write(index, (path, bytes) -> {
            if (path.equals(META)) {
                meta[0] = bytes;
                return;
            }
            try {
                String rel = path.substring(path.indexOf('/', "search/".length()) + 1);
                Path target = out.resolve(path), same = old.resolve(rel);
                if (target.equals(same)) return; // the same index: its folder is the published one
                Files.createDirectories(target.getParent());
                // left by an update that did not finish: never write through a link to a published file
                Files.deleteIfExists(target);
                if (Files.isRegularFile(same) && Files.size(same) == bytes.length
                        && java.util.Arrays.equals(Files.readAllBytes(same), bytes)) {
                    Staging.linkOrCopy(target, same);
                    kept.incrementAndGet();
                } else {
                    Files.write(target, bytes);
                    written.incrementAndGet();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, labels, META).dir();
        return new Placed(dir, meta[0], written.get(), kept.get());
    }
}
