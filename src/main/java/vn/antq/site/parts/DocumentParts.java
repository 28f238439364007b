package vn.antq.site.parts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A long page cut into parts: its own address ({@code van-ban/x/index.html}) becomes the
 * contents page, each part is a file beside it ({@code van-ban/x/chuong-ii.html}: the same
 * folder, so the body's relative links stay right), and {@code toan-van.html} holds the whole
 * text on one page, for printing.
 */
public final class DocumentParts {
    /** The file name of a long page's whole text, beside its parts. */
    static final String FULL_TEXT = "toan-van.html";

    private final String page;
    private final String folder;
    private final List<Part> parts;
    private final Map<String, Part> byId = new HashMap<>();

    DocumentParts(String page, List<Part> parts) {
        this.page = page;
        this.folder = page.substring(0, page.lastIndexOf('/') + 1);
        this.parts = List.copyOf(parts);
        for (Part p : this.parts) for (String id : p.ids()) byId.putIfAbsent(id, p);
    }

    /** The page's output path (its contents page). */
    public String page() { return page; }

    public List<Part> parts() { return parts; }

    /** Where part {@code p} is written. */
    public String path(Part p) { return folder + p.name() + ".html"; }

    /** The whole text on one page (not indexed: the parts are). */
    public String fullTextPath() { return folder + FULL_TEXT; }

    /** Whether the output at {@code outputPath} is a long page's whole text (printing only: not in the sitemap, not checked twice, not weighed). */
    public static boolean isFullText(String outputPath) {
        return outputPath.endsWith("/" + FULL_TEXT);
    }

    /** The page an output beside it belongs to: {@code van-ban/x/chuong-ii.html} → {@code van-ban/x/index.html}. */
    public static String pageOf(String outputPath) {
        return outputPath.substring(0, outputPath.lastIndexOf('/') + 1) + "index.html";
    }

    /** The part holding the element with this id, or null. */
    public Part partOf(String id) { return byId.get(id); }

    /** Where a link to {@code #anchor} of the page goes: the part holding it, else the contents page. */
    public String link(String anchor) {
        if (anchor.isEmpty()) return page;
        Part p = byId.get(anchor);
        return p == null ? page : path(p) + "#" + anchor;
    }
}
