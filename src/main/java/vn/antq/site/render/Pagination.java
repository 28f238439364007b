package vn.antq.site.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A listing cut into pages that work without JavaScript: page 1 at the listing's own address,
 * page N at {@code trang/N/index.html} under its folder ({@code van-ban/trang/2/index.html}),
 * with previous/next (also as {@code rel} links in the head) and page numbers.
 */
final class Pagination {
    private Pagination() {}

    /** Where page {@code n} (from 1) of the listing at {@code first} is written. */
    static String path(String first, int n) {
        if (n == 1) return first;
        return first.substring(0, first.lastIndexOf('/') + 1) + "trang/" + n + "/index.html";
    }

    /** A page's title: {@code base} on page 1, "base (trang N)" after ({@code pageTitle} is the message with {0}). */
    static String title(String base, int n, String pageTitle) {
        return n == 1 ? base : base + " " + pageTitle.replace("{0}", String.valueOf(n));
    }

    /** How many pages {@code items} make at {@code perPage} each (at least one, even when empty). */
    static int count(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    /** Items {@code from}..{@code to} (exclusive) of page {@code n}. */
    static int[] range(int items, int perPage, int n) {
        int from = (n - 1) * perPage;
        return new int[] {from, Math.min(items, from + perPage)};
    }

    /**
     * What a page's template needs: {@code pagination} (current, count, the numbers to show with
     * gaps between), and {@code previous}/{@code next} ({@code path}, {@code title}) put straight
     * into {@code m}, which the layout turns into {@code rel} links.
     */
    static void into(Map<String, Object> m, String first, int n, int count, String pageLabel) {
        if (count <= 1) return;
        List<Map<String, Object>> pages = new ArrayList<>();
        int last = 0;
        for (int k = 1; k <= count; k++) {
            // the first, the last, and two on each side of the current
            if (k != 1 && k != count && Math.abs(k - n) > 2) continue;
            if (last != 0 && k > last + 1) pages.add(Map.of("gap", true));
            pages.add(Map.of("gap", false, "number", k, "path", path(first, k), "current", k == n));
            last = k;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("current", n);
        p.put("count", count);
        p.put("pages", pages);
        m.put("pagination", p);
        if (n > 1) m.put("previous", Map.of("path", path(first, n - 1), "title", pageLabel.replace("{0}", String.valueOf(n - 1))));
        if (n < count) m.put("next", Map.of("path", path(first, n + 1), "title", pageLabel.replace("{0}", String.valueOf(n + 1))));
    }
}
