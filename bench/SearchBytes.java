import vn.antq.site.search.Passages;
import vn.antq.site.search.QueryEngine;
import vn.antq.site.search.SearchWriter;
import vn.antq.site.search.SearchIndex;
import vn.antq.site.search.SearchIndexReader;
import vn.antq.site.search.Tokenizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Bytes a search downloads on a published site: the meta script, the shards of the query's
 * terms (syllables, pairs, abbreviation alternatives) and the passage chunk of each of the
 * first 10 results (the search page's first page of results), as search.js loads them. Run: java -cp target/antq-site.jar bench/SearchBytes.java SITE "query"...
 */
public class SearchBytes {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        long t0 = System.nanoTime();
        SearchIndex index = SearchIndexReader.read(site);
        System.err.printf("index read in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Path meta = site.resolve(SearchIndexReader.META);
        String metaText = Files.readString(meta);
        String dir = metaText.replaceAll("(?s).*\"dir\":\"([^\"]+)\".*", "$1");
        int shards = Integer.parseInt(metaText.replaceAll("(?s).*\"shards\":(\\d+).*", "$1"));
        QueryEngine engine = new QueryEngine(index);

        System.out.println("| query | results | shard files | shard bytes | chunk bytes (first 10 results) | total with meta |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 1; i < args.length; i++) {
            String q = args[i];
            List<Tokenizer.Token> tokens = Tokenizer.tokens(q.replaceAll("[\"“”]", " "));
            Set<String> keys = new LinkedHashSet<>();
            for (List<Tokenizer.Token> alt : engine.alternatives(tokens)) {
                for (int k = 0; k < alt.size(); k++) {
                    keys.add(alt.get(k).folded());
                    if (k + 1 < alt.size()) keys.add(Tokenizer.bigram(alt.get(k).folded(), alt.get(k + 1).folded()));
                }
            }
            Set<Integer> files = new LinkedHashSet<>();
            for (String key : keys) files.add(SearchIndex.shard(key, shards));
            long shardBytes = 0;
            for (int f : files) shardBytes += Files.size(site.resolve(dir + "t/" + f + ".js"));
            List<QueryEngine.Hit> hits = engine.search(q, QueryEngine.Filters.NONE, 10);
            long excerptBytes = 0;
            for (QueryEngine.Hit h : hits) {
                excerptBytes += Files.size(site.resolve(dir + SearchWriter.chunkPath(h.doc(), Passages.chunkOf(h.passage()))));
            }
            System.out.printf("| %s | %d | %d | %d | %d | %d |%n", q, hits.size(), files.size(), shardBytes, excerptBytes,
                    Files.size(meta) + shardBytes + excerptBytes);
        }
    }
}
