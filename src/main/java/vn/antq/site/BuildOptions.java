package vn.antq.site;

import java.nio.file.Path;

/**
 * What to build: the source root (holding {@code content/} and {@code themes/}), the output
 * folder, the published site's absolute URL (or null), whether drafts are included, and
 * whether the build cache ({@code .antq-cache/} in the source root) is used.
 */
public record BuildOptions(Path source, Path out, String baseUrl, boolean drafts, boolean cache) {
    /** With the build cache. */
    public BuildOptions(Path source, Path out, String baseUrl, boolean drafts) {
        this(source, out, baseUrl, drafts, true);
    }
}
