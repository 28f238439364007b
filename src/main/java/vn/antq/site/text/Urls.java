package vn.antq.site.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Relative URLs between output files, so the site works opened from disk and under any
 * sub-path. Output paths are relative to the site root with '/' separators and name a file
 * ({@code van-ban/x/index.html}); links always name the file, because {@code file://} does not
 * serve a folder's index.html.
 */
public final class Urls {
    private Urls() {}

    /** The link from the page at {@code from} to the file at {@code to}. */
    public static String relative(String from, String to) {
        String prefix = rootPrefix(from);
        return prefix + to;
    }

    /** "../" once per folder of {@code from}: the way back to the site root. */
    public static String rootPrefix(String from) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) if (from.charAt(i) == '/') depth++;
        return "../".repeat(depth);
    }

    public static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) return url.startsWith("//");
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) return false;
        }
        return true;
    }

    /**
     * Resolves {@code relative} against the folder of {@code base} (both '/'-separated
     * paths), normalising "." and ".."; null when it climbs above the root.
     */
    public static String resolve(String base, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        if (!relative.startsWith("/")) {
            String[] b = base.split("/");
            for (int i = 0; i < b.length - 1; i++) parts.addLast(b[i]);
        }
        for (String p : relative.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}
