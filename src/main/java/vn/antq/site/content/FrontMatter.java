package vn.antq.site.content;

import vn.antq.site.text.Spill;
import vn.antq.site.text.Utf8Text;

import java.util.Collections;
import java.util.Map;

/**
 * The YAML front matter of a content file, split from its Markdown body, with the line of
 * every field so that schema errors point at the right line.
 */
public final class FrontMatter {
    private final SourceFile source;
    private final Map<String, YamlNode> fields;
    /** Where the body starts in the source's text. */
    private final int bodyStart;
    private final int bodyLine;

    private FrontMatter(SourceFile source, Map<String, YamlNode> fields, int bodyStart, int bodyLine) {
        this.source = source;
        this.fields = fields;
        this.bodyStart = bodyStart;
        this.bodyLine = bodyLine;
    }

    public String path() { return source.path(); }
    public Map<String, YamlNode> fields() { return Collections.unmodifiableMap(fields); }
    public YamlNode field(String name) { return fields.get(name); }
    /** The Markdown after the closing {@code ---}. */
    public String body() { return source.text().substring(bodyStart); }

    /** The same as UTF-8: a copy of the file's bytes where they are the text as it is. */
    public Utf8Text bodyUtf8() {
        return bodyUtf8(Spill.NONE);
    }

    /** The same, kept in {@code spill}. */
    public Utf8Text bodyUtf8(Spill spill) {
        byte[] utf8 = source.utf8();
        if (utf8 == null) return spill.keep(body());
        return spill.keep(utf8, Utf8Text.encodedLength(source.text(), 0, bodyStart), utf8.length);
    }
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
        int bodyStart = afterClose < 0 ? text.length() : afterClose + 1;
        YamlNode root = yaml.parse(source.path(), yamlText, 2, problems);
        if (root == null) return null;
        if (root.isNull()) return new FrontMatter(source, Map.of(), bodyStart, line + 1);
        if (!root.isMap()) {
            problems.error(source.path(), root.line(), root.column(), "frontmatter.notMapping");
            return null;
        }
        return new FrontMatter(source, root.map(), bodyStart, line + 1);
    }
}
