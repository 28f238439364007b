package vn.antq.site.content;

import java.util.Collections;
import java.util.Map;

/**
 * The YAML front matter of a content file, split from its Markdown body, with the line of
 * every field so that schema errors point at the right line.
 */
public final class FrontMatter {
    private final String path;
    private final Map<String, YamlNode> fields;
    private final String body;
    private final int bodyLine;

    private FrontMatter(String path, Map<String, YamlNode> fields, String body, int bodyLine) {
        this.path = path;
        this.fields = fields;
        this.body = body;
        this.bodyLine = bodyLine;
    }

    public String path() { return path; }
    public Map<String, YamlNode> fields() { return Collections.unmodifiableMap(fields); }
    public YamlNode field(String name) { return fields.get(name); }
    /** The Markdown after the closing {@code ---}. */
    public String body() { return body; }
    /** File line (1-based) on which the body starts. */
    public int bodyLine() { return bodyLine; }

    /**
     * Splits and parses the front matter of {@code source}; reports problems and returns null
     * when there is none or it cannot be read.
     */
    public static FrontMatter parse(SourceFile source, Yaml yaml, Problems problems) {
        String text = source.text();
        if (!text.startsWith("---\n")) {
            problems.error(source.path(), 1, 1, "frontmatter.missing");
            return null;
        }
        int close = -1;
        int pos = 4;
        int line = 2;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            String l = text.substring(pos, end).stripTrailing();
            if (l.equals("---") || l.equals("...")) { close = pos; break; }
            if (eol < 0) break;
            pos = eol + 1;
            line++;
        }
        if (close < 0) {
            problems.error(source.path(), 1, 1, "frontmatter.unclosed");
            return null;
        }
        String yamlText = text.substring(4, close);
        int afterClose = text.indexOf('\n', close);
        String body = afterClose < 0 ? "" : text.substring(afterClose + 1);
        YamlNode root = yaml.parse(source.path(), yamlText, 2, problems);
        if (root == null) return null;
        if (root.isNull()) return new FrontMatter(source.path(), Map.of(), body, line + 1);
        if (!root.isMap()) {
            problems.error(source.path(), root.line(), root.column(), "frontmatter.notMapping");
            return null;
        }
        return new FrontMatter(source.path(), root.map(), body, line + 1);
    }
}
