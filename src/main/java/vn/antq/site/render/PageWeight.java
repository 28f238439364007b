package vn.antq.site.render;

import vn.antq.site.content.Problems;
import vn.antq.site.model.Site;
import vn.antq.site.parts.DocumentParts;
import vn.antq.site.publish.Staging;

import java.util.HashMap;
import java.util.Map;

/**
 * The page-weight budget: a page over {@link #BUDGET} bytes of HTML is a warning naming it, so
 * that a listing or a page cannot grow back into a download a phone on a slow link gives up on.
 * A long page's whole text for printing ({@code toan-van.html}) is large by design.
 */
public final class PageWeight {
    /** About 2 s on Fast 3G (1.6 Mbps) before anything else loads. */
    public static final long BUDGET = 300_000;

    private PageWeight() {}

    /** Warns of every HTML page of {@code staging} over the budget, at its content file when it has one. */
    public static void check(Site site, Staging staging, Problems problems) {
        Map<String, String> sourceOf = new HashMap<>();
        site.outputPathBySource().forEach((src, out) -> sourceOf.put(out, src));
        for (String path : staging.outputs()) {
            if (!path.endsWith(".html") || DocumentParts.isFullText(path)) continue;
            long size = staging.size(path);
            if (size <= BUDGET) continue;
            String source = sourceOf.getOrDefault(path, sourceOf.get(DocumentParts.pageOf(path)));
            problems.warning(source != null ? source : "site/" + path, 0, 0, "build.pageWeight", path,
                    String.valueOf((size + 999) / 1000), String.valueOf(BUDGET / 1000));
        }
    }
}
