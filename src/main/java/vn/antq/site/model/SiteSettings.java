package vn.antq.site.model;

import vn.antq.site.content.FieldReader;
import vn.antq.site.content.Problems;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.content.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code content/_data/site.yaml} into a {@link SiteConfig}. */
public final class SiteSettings {
    public static final String PATH = "content/_data/site.yaml";
    private static final Set<String> FIELDS = Set.of("title", "description", "theme", "base_url");

    private SiteSettings() {}

    /** @param baseUrl from the command line; overrides the file's {@code base_url} */
    public static SiteConfig read(List<SourceFile> data, Yaml yaml, Problems problems, String baseUrl, boolean drafts) {
        SourceFile file = data.stream().filter(f -> f.path().equals(PATH)).findFirst().orElse(null);
        if (file == null) {
            problems.error(PATH, 0, 0, "site.missingConfig");
            return null;
        }
        YamlNode root = yaml.parse(PATH, file.text(), 1, problems);
        if (root == null) return null;
        if (!root.isMap()) {
            problems.error(PATH, root.line(), root.column(), "frontmatter.notMapping");
            return null;
        }
        Map<String, YamlNode> fields = root.map();
        FieldReader r = new FieldReader(PATH, fields, 1, problems);
        r.rejectUnknown(FIELDS);
        String title = r.string("title", true);
        List<String> themes = new ArrayList<>(r.strings("theme", null));
        themes.remove("default");
        themes.add("default");
        String url = baseUrl != null ? baseUrl : r.string("base_url", false);
        if (url != null) {
            if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
                if (baseUrl != null) throw new IllegalArgumentException(url);
                r.error(fields.get("base_url"), "site.badBaseUrl", url);
                url = null;
            } else if (!url.endsWith("/")) {
                url = url + "/";
            }
        }
        if (title == null) return null;
        return new SiteConfig(title, r.string("description", false), List.copyOf(themes), url, drafts);
    }
}
