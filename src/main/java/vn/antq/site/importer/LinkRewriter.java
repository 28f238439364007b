package vn.antq.site.importer;

import vn.antq.site.content.Problems;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the old site's links to its own pages ("/van-ban/lao-dong/nd-161/",
 * "ke-toan/kiem-toan/") links to the imported files, which the build turns into relative
 * links; a link to a page that was not imported is reported at its line.
 */
final class LinkRewriter {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private final Problems problems;
    /** The old site's path of a file (as its links name it) → its place in content/. */
    private final Map<String, String> oldPaths = new HashMap<>();

    LinkRewriter(Problems problems) {
        this.problems = problems;
    }

    /** Records where a file of the old site went. */
    void add(Plan plan) {
        oldPaths.put(oldKey(plan.rel()), plan.content());
    }

    /** "a/b.md", "a/b/index.md" → "a/b": how the old site's links name a file. */
    private static String oldKey(String rel) {
        String k = rel.substring(0, rel.length() - 3);
        if (k.endsWith("/index") || k.endsWith("/_index")) k = k.substring(0, k.lastIndexOf('/'));
        else if (k.equals("index") || k.equals("_index")) k = "";
        return k;
    }

    /** The plan's body with its links to the old site's pages made links to where they went. */
    String body(Plan plan) {
        Matcher m = LINK.matcher(plan.body());
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String url = m.group(1);
            if (url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) continue; // its own headings, other sites
            int hash = url.indexOf('#');
            String fragment = hash < 0 ? "" : url.substring(hash);
            String path = (hash < 0 ? url : url.substring(0, hash)).replaceAll("(/|\\.html|\\.md)$", "");
            String found = null;
            if (path.startsWith("/")) {
                String p = path.substring(1);
                found = oldPaths.get(p);
                // the old site kept these files under a folder of its own ("/van-ban/...")
                if (found == null && p.contains("/")) found = oldPaths.get(p.substring(p.indexOf('/') + 1));
            } else {
                String dir = plan.rel().contains("/") ? plan.rel().substring(0, plan.rel().lastIndexOf('/') + 1) : "";
                found = oldPaths.get(Path.of(dir + path).normalize().toString().replace('\\', '/'));
            }
            if (found == null) {
                int line = plan.bodyLine() + (int) plan.body().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                problems.warning(plan.path(), line, 0, "import.oldLink", url);
                continue;
            }
            Path from = Path.of(plan.content()).getParent();
            String relative = (from == null ? Path.of(found) : from.relativize(Path.of(found))).toString().replace('\\', '/');
            out.append(plan.body(), last, m.start(1)).append(relative).append(fragment);
            last = m.end(1);
        }
        return out.append(plan.body().substring(last)).toString();
    }
}
