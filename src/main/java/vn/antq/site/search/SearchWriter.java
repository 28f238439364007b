package vn.antq.site.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.antq.site.markdown.SectionText;
import vn.antq.site.publish.Staging;
import vn.antq.site.text.Spill;
import vn.antq.site.text.Utf8Text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the index as script files, so search works from {@code file://} and under
 * {@code script-src 'self'}: term shards (a query loads only those of its terms), each page's
 * passages in chunks of a few kilobytes ({@link Passages}: a result loads the chunk it points
 * into), the filter table (loaded when a filter is used), and a small meta file every page loads. All but meta sit in a folder named
 * by the hash of their content.
 */
public final class SearchWriter {
    /** Aim for shards of about this many bytes: a query loads one per syllable and per pair. */
    static final int SHARD_BYTES = 3_500;

    /** What was written: the index folder ({@code search/<hash>/}), and sizes for the benchmarks. */
    public record Written(String dir, int shards, long bytes) {}

    private final ObjectMapper json = new ObjectMapper();
    /** Where the passage chunks wait while the folder's name, a hash of every file, is worked out. */
    private final Spill spill;

    public SearchWriter() {
        this(Spill.NONE);
    }

    /** @param spill where encoded chunk files wait until they are written */
    public SearchWriter(Spill spill) {
        this.spill = spill;
    }

    /** Where the files go: output path → bytes (called from several threads at once). */
    @FunctionalInterface
    public interface Sink {
        void write(String outputPath, byte[] bytes);
    }

    /** @param metaPath where the meta script goes */
    public Written write(SearchIndex index, Staging out, Map<String, String> labels, String metaPath) {
        return write(index, out::write, labels, metaPath);
    }

    /** @param metaPath where the meta script goes */
    public Written write(SearchIndex index, Sink out, Map<String, String> labels, String metaPath) {
        try {
            // terms grouped by shard, posting doc ids delta-coded; shards and excerpts are
            // encoded and written in parallel (a national site has tens of thousands)
            List<Map.Entry<String, SearchIndex.Term>> terms = new ArrayList<>(index.terms().entrySet());
            long termBytes = terms.parallelStream().mapToLong(e -> e.getKey().length() + 10
                    + e.getValue().variants().values().stream().mapToLong(p -> encodedLength(p)).sum()).sum();
            int count = 1;
            while (count < 65536 && termBytes / count > SHARD_BYTES) count <<= 1;
            final int shards = count;
            List<List<Map.Entry<String, SearchIndex.Term>>> byShard = new ArrayList<>(shards);
            for (int i = 0; i < shards; i++) byShard.add(new ArrayList<>());
            int[] shardOf = terms.parallelStream().mapToInt(e -> SearchIndex.shard(e.getKey(), shards)).toArray();
            for (int i = 0; i < terms.size(); i++) byShard.get(shardOf[i]).add(terms.get(i)); // key order kept

            byte[][] shardFiles = new byte[shards][];
            java.util.stream.IntStream.range(0, shards).parallel().forEach(i -> {
                Map<String, Object> encoded = new LinkedHashMap<>();
                for (Map.Entry<String, SearchIndex.Term> e : byShard.get(i)) {
                    Map<String, String> variants = new LinkedHashMap<>();
                    e.getValue().variants().forEach((v, postings) -> variants.put(v, encode(postings)));
                    encoded.put(e.getKey(), List.of(e.getValue().df(), variants));
                }
                shardFiles[i] = loaded("t" + i, encoded);
            });
            // the chunks hold the whole text of the site: kept in the spill, not the heap, until written
            List<List<Utf8Text>> chunkFiles = java.util.stream.IntStream.range(0, index.excerpts().size()).parallel()
                    .mapToObj(d -> chunks(d, index.excerpts().get(d)).stream().map(b -> spill.keep(b, 0, b.length)).toList())
                    .toList();
            Map<String, Utf8Text> files = new TreeMap<>();
            for (int i = 0; i < shards; i++) files.put("t/" + i + ".js", Utf8Text.wrap(shardFiles[i]));
            for (int d = 0; d < chunkFiles.size(); d++) {
                List<Utf8Text> chunks = chunkFiles.get(d);
                for (int c = 0; c < chunks.size(); c++) files.put(chunkPath(d, c), chunks.get(c));
            }
            files.put("f.js", Utf8Text.wrap(loaded("f", filters(index))));

            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Utf8Text> f : files.entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(f.getValue().toBytes());
            }
            String dir = "search/" + HexFormat.of().formatHex(sha.digest()).substring(0, 10) + "/";
            long bytes = files.entrySet().parallelStream().mapToLong(f -> {
                out.write(dir + f.getKey(), f.getValue().toBytes());
                return f.getValue().length();
            }).sum();
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("dir", dir);
            meta.put("n", index.size());
            meta.put("shards", shards);
            meta.put("expansions", index.expansions());
            Map<String, Double> priors = new TreeMap<>();
            for (int d = 0; d < index.size(); d++) {
                double prior = index.docs().get(d).prior();
                if (prior != 1.0) priors.put(String.valueOf(d), prior);
            }
            meta.put("priors", priors);
            meta.put("labels", labels);
            byte[] metaBytes = ("self.antqSearchMeta = " + json.writeValueAsString(meta) + ";\n").getBytes(StandardCharsets.UTF_8);
            out.write(metaPath, metaBytes);
            return new Written(dir, shards, bytes + metaBytes.length);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where chunk {@code chunk} of page {@code doc}'s passages is, under the index folder. */
    public static String chunkPath(int doc, int chunk) {
        return "x/" + doc + "-" + chunk + ".js";
    }

    /**
     * A page's chunk files: each has the page's title, address, kind and detail line, the
     * sections its passages belong to ([anchor, heading]) and the passages ([section, text]).
     */
    private List<byte[]> chunks(int d, SearchIndex.Excerpt ex) {
        Passages ps = ex.passages();
        List<SectionText> text = List.copyOf(ex.sections()); // read once: it may be on disk
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        while (i < ps.count() && ps.code(i) != 0) {
            int chunk = Passages.chunkOf(ps.code(i));
            List<List<String>> sections = new ArrayList<>();
            List<List<Object>> passages = new ArrayList<>();
            int lastSection = -1;
            for (; i < ps.count() && ps.code(i) != 0 && Passages.chunkOf(ps.code(i)) == chunk; i++) {
                SectionText s = text.get(ps.section(i));
                if (ps.section(i) != lastSection) {
                    sections.add(List.of(s.anchor(), s.heading()));
                    lastSection = ps.section(i);
                }
                passages.add(List.of(sections.size() - 1, s.text().substring(ps.start(i), ps.end(i))));
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("t", ex.title());
            doc.put("u", ex.url());
            doc.put("k", ex.kind());
            doc.put("m", ex.detail());
            doc.put("s", sections);
            doc.put("p", passages);
            out.add(loaded("x" + d + "-" + chunk, doc));
        }
        if (out.isEmpty()) { // a page without text still shows its title
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("t", ex.title());
            doc.put("u", ex.url());
            doc.put("k", ex.kind());
            doc.put("m", ex.detail());
            doc.put("s", List.of());
            doc.put("p", List.of());
            out.add(loaded("x" + d + "-0", doc));
        }
        return out;
    }

    /** A file the client loads by script: {@code self.antqSearchLoaded("name",json);}, as UTF-8. */
    private byte[] loaded(String name, Object value) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(4096);
        b.writeBytes(("self.antqSearchLoaded(\"" + name + "\",").getBytes(StandardCharsets.UTF_8));
        try {
            json.writeValue(b, value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        b.writeBytes(");\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    /** Characters {@link #encode} writes for {@code postings}. */
    private static long encodedLength(int[] postings) {
        long n = 0;
        int prev = 0;
        for (int i = 0; i < postings.length; i += SearchIndex.POSTING) {
            n += varintLength(postings[i] - prev) + varintLength(postings[i + 1]) + varintLength(postings[i + 2]);
            prev = postings[i];
        }
        return n;
    }

    private static int varintLength(int x) {
        int n = 1;
        while (x >= 32) {
            x >>>= 5;
            n++;
        }
        return n;
    }

    /** 64 characters safe in a JSON string; a character carries 5 bits, the 6th says "more follows". */
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Postings as a string of varints: doc id gap, value, passage code, for each posting (about 4 characters each). */
    static String encode(int[] postings) {
        StringBuilder sb = new StringBuilder(postings.length * 2);
        int prev = 0;
        for (int i = 0; i < postings.length; i += SearchIndex.POSTING) {
            varint(sb, postings[i] - prev);
            varint(sb, postings[i + 1]);
            varint(sb, postings[i + 2]);
            prev = postings[i];
        }
        return sb.toString();
    }

    private static void varint(StringBuilder sb, int x) {
        while (x >= 32) {
            sb.append(ALPHABET.charAt(32 + (x & 31)));
            x >>>= 5;
        }
        sb.append(ALPHABET.charAt(x));
    }

    static int[] decode(String s) {
        int[] out = new int[16];
        int n = 0, value = 0, shift = 0, prev = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = ALPHABET.indexOf(s.charAt(i));
            value |= (c & 31) << shift;
            if (c >= 32) {
                shift += 5;
                continue;
            }
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            if (n % SearchIndex.POSTING == 0) {
                prev += value;
                out[n++] = prev;
            } else {
                out[n++] = value;
            }
            value = 0;
            shift = 0;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Per page: [type, issuer, audience..., year] as indexes into value lists. */
    private static Map<String, Object> filters(SearchIndex index) {
        List<String> types = new ArrayList<>(), issuers = new ArrayList<>(), audiences = new ArrayList<>();
        List<List<Integer>> docs = new ArrayList<>();
        for (SearchDocument d : index.docs()) {
            List<Integer> row = new ArrayList<>();
            row.add(indexOf(types, d.type()));
            row.add(indexOf(issuers, d.issuer()));
            row.add(d.year());
            for (String a : d.audience()) row.add(indexOf(audiences, a));
            docs.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("types", types);
        out.put("issuers", issuers);
        out.put("audiences", audiences);
        out.put("docs", docs);
        return out;
    }

    private static int indexOf(List<String> values, String v) {
        if (v == null) return -1;
        int i = values.indexOf(v);
        if (i >= 0) return i;
        values.add(v);
        return values.size() - 1;
    }
}
