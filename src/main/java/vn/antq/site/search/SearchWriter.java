package vn.antq.site.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.antq.site.markdown.SectionText;
import vn.antq.site.publish.HashedAssets;
import vn.antq.site.publish.Staging;

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
 * {@code script-src 'self'}: term shards (a query loads only those of its terms), one
 * excerpt file per page (loaded for the results shown), the filter table (loaded when a
 * filter is used), and a small meta file every page loads. All but meta sit in a folder named
 * by the hash of their content.
 */
public final class SearchWriter {
    /** Aim for shards of about this many bytes. */
    static final int SHARD_BYTES = 6_000;

    /** What was written: the meta script's output path, and sizes for the benchmarks. */
    public record Written(String metaPath, int shards, long bytes) {}

    private final ObjectMapper json = new ObjectMapper();

    public Written write(SearchIndex index, Staging out, Map<String, String> labels) {
        try {
            // terms grouped by shard, posting doc ids delta-coded
            long termBytes = 0;
            Map<String, Object> encoded = new TreeMap<>();
            for (Map.Entry<String, SearchIndex.Term> e : index.terms().entrySet()) {
                Map<String, String> variants = new LinkedHashMap<>();
                for (Map.Entry<String, int[]> v : e.getValue().variants().entrySet()) {
                    variants.put(v.getKey(), encode(v.getValue()));
                }
                List<Object> entry = List.of(e.getValue().df(), variants);
                encoded.put(e.getKey(), entry);
                termBytes += e.getKey().length() + 10 + variants.values().stream().mapToInt(String::length).sum();
            }
            int count = 1;
            while (count < 65536 && termBytes / count > SHARD_BYTES) count <<= 1;
            final int shards = count;
            List<Map<String, Object>> byShard = new ArrayList<>(shards);
            for (int i = 0; i < shards; i++) byShard.add(new TreeMap<>());
            encoded.forEach((k, v) -> byShard.get(SearchIndex.shard(k, shards)).put(k, v));

            Map<String, String> files = new TreeMap<>();
            for (int i = 0; i < shards; i++) {
                files.put("t/" + i + ".js", "self.antqSearchLoaded(\"t" + i + "\"," + json.writeValueAsString(byShard.get(i)) + ");\n");
            }
            for (int d = 0; d < index.excerpts().size(); d++) {
                SearchIndex.Excerpt ex = index.excerpts().get(d);
                List<List<String>> sections = new ArrayList<>();
                for (SectionText s : ex.sections()) sections.add(List.of(s.anchor(), s.heading(), s.text()));
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("t", ex.title());
                doc.put("u", ex.url());
                doc.put("k", ex.kind());
                doc.put("m", ex.detail());
                doc.put("s", sections);
                files.put("x/" + d + ".js", "self.antqSearchLoaded(\"x" + d + "\"," + json.writeValueAsString(doc) + ");\n");
            }
            files.put("f.js", "self.antqSearchLoaded(\"f\"," + json.writeValueAsString(filters(index)) + ");\n");

            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> f : files.entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
            String dir = "search/" + HexFormat.of().formatHex(sha.digest()).substring(0, 10) + "/";
            long bytes = 0;
            for (Map.Entry<String, String> f : files.entrySet()) {
                byte[] b = f.getValue().getBytes(StandardCharsets.UTF_8);
                bytes += b.length;
                out.write(dir + f.getKey(), b);
            }
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
            String metaPath = "assets/" + HashedAssets.hashedName("search-meta.js", metaBytes);
            out.write(metaPath, metaBytes);
            return new Written(metaPath, shards, bytes + metaBytes.length);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 64 characters safe in a JSON string; a character carries 5 bits, the 6th says "more follows". */
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Postings as a string of varints: doc id gap, then value, for each posting (about 3 characters each). */
    static String encode(int[] postings) {
        StringBuilder sb = new StringBuilder(postings.length * 2);
        int prev = 0;
        for (int i = 0; i < postings.length; i += 2) {
            varint(sb, postings[i] - prev);
            varint(sb, postings[i + 1]);
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
            if (n % 2 == 0) {
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
