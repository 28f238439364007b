package vn.antq.site.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.antq.site.markdown.SectionText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a published search index back from its script files, so the Java query engine
 * ranks over exactly the bytes the browser loads.
 */
public final class SearchIndexReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where a built site keeps the meta script every page loads (under a fixed name: see the build). */
    public static final String META = "search/meta.js";

    private SearchIndexReader() {}

    /** @param site the published site folder */
    public static SearchIndex read(Path site) throws IOException {
        Path metaFile = site.resolve(META);
        JsonNode meta = json(metaFile, "self.antqSearchMeta = ");
        Path dir = site.resolve(meta.get("dir").asText());
        int n = meta.get("n").asInt();
        Map<String, SearchIndex.Term> terms = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("t"))) {
            for (Path shard : s.toList()) {
                JsonNode data = loaded(shard);
                for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Map<String, int[]> variants = new TreeMap<>();
                    for (Iterator<Map.Entry<String, JsonNode>> v = e.getValue().get(1).fields(); v.hasNext(); ) {
                        Map.Entry<String, JsonNode> ve = v.next();
                        variants.put(ve.getKey(), SearchWriter.decode(ve.getValue().asText()));
                    }
                    terms.put(e.getKey(), new SearchIndex.Term(e.getValue().get(0).asInt(), variants));
                }
            }
        }
        JsonNode filters = loaded(dir.resolve("f.js"));
        List<SearchIndex.Excerpt> excerpts = new ArrayList<>();
        List<SearchDocument> docs = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            // a section cut across two chunks comes back as two sections of the same anchor
            List<SectionText> sections = new ArrayList<>();
            Passages passages = Passages.empty();
            JsonNode x = null;
            for (int c = 0; Files.exists(dir.resolve(SearchWriter.chunkPath(d, c))); c++) {
                x = loaded(dir.resolve(SearchWriter.chunkPath(d, c)));
                int firstSection = sections.size();
                List<StringBuilder> texts = new ArrayList<>();
                for (int i = 0; i < x.get("s").size(); i++) texts.add(new StringBuilder());
                int local = 0;
                for (JsonNode p : x.get("p")) {
                    StringBuilder t = texts.get(p.get(0).asInt());
                    if (t.length() > 0) t.append('\n');
                    int start = t.length();
                    t.append(p.get(1).asText());
                    passages.add(firstSection + p.get(0).asInt(), start, t.length(), (c << 6 | local++) + 1);
                }
                for (int i = 0; i < texts.size(); i++) {
                    JsonNode s = x.get("s").get(i);
                    sections.add(new SectionText(s.get(0).asText(), s.get(1).asText(), texts.get(i).toString()));
                }
            }
            if (x == null) throw new IOException("no chunk file for search page " + d + " in " + dir);
            excerpts.add(new SearchIndex.Excerpt(x.get("t").asText(), x.get("u").asText(), x.get("k").asText(), x.get("m").asText(),
                    sections, passages));
            JsonNode row = filters.get("docs").get(d);
            List<String> audience = new ArrayList<>();
            for (int i = 3; i < row.size(); i++) audience.add(filters.get("audiences").get(row.get(i).asInt()).asText());
            int type = row.get(0).asInt(), issuer = row.get(1).asInt();
            docs.add(new SearchDocument(x.get("u").asText(), x.get("t").asText(), x.get("k").asText(), "",
                    type < 0 ? null : filters.get("types").get(type).asText(),
                    issuer < 0 ? null : filters.get("issuers").get(issuer).asText(),
                    audience, row.get(2).asInt(), x.get("m").asText(), sections,
                    meta.get("priors").has(String.valueOf(d)) ? meta.get("priors").get(String.valueOf(d)).asDouble() : 1.0));
        }
        List<List<List<String>>> expansions = JSON.convertValue(meta.get("expansions"),
                JSON.getTypeFactory().constructCollectionType(List.class,
                        JSON.getTypeFactory().constructCollectionType(List.class,
                                JSON.getTypeFactory().constructCollectionType(List.class, String.class))));
        return SearchIndex.of(docs, terms, excerpts, expansions);
    }

    private static JsonNode loaded(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        int comma = s.indexOf(',');
        return JSON.readTree(s.substring(comma + 1, s.lastIndexOf(')')));
    }

    private static JsonNode json(Path file, String prefix) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8).strip();
        return JSON.readTree(s.substring(prefix.length(), s.length() - 1));
    }
}
