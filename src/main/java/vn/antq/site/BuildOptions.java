package vn.antq.site;

import java.nio.file.Path;

/**
 * What to build: the source root (holding {@code content/} and {@code themes/}), the output
 * folder, the published site's absolute URL (or null) and whether drafts are included.
 */
public record BuildOptions(Path source, Path out, String baseUrl, boolean drafts) {}
