package vn.antq.site.importer;

import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.content.YamlNode;
import vn.antq.site.text.Folding;
import vn.antq.site.text.Pairs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an old site's file says about its document, under our field names, each value with the
 * line it came from: its front matter first (under our names or those other tools use), then a
 * metadata table or bold lines near the top of the body for what the front matter left out.
 */
final class Metadata {
    private record Field(Object value, int line) {}

    /** Front-matter fields of Jekyll and Hugo about the site, not the document: dropped without a word. */
    private static final Set<String> SITE_FIELDS = Set.of("layout", "permalink", "lastedit", "modified", "docid", "categories",
            "group", "slug", "weight", "draft", "toc", "aliases", "menu");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*\\**([^|*]+?)\\**\\s*\\|\\s*(.*?)\\s*\\|\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*:]+?):?\\*\\*:?\\s*(.+?)\\s*$");
    /** Labels of metadata tables and bold lines (folded) → our field. */
    private static final Map<String, String> LABELS = Pairs.map(
            "so-hieu", "number", "so-ky-hieu", "number", "so", "number", "loai-van-ban", "type",
            "co-quan-ban-hanh", "issuer", "ngay-ban-hanh", "date", "ngay-hieu-luc", "effective",
            "hieu-luc", "effective", "ngay-het-hieu-luc", "expires", "nguoi-ky", "signer", "chuc-danh", "signer_title",
            "trich-yeu", "summary", "can-cu-phap-ly", "basis", "can-cu", "basis", "thay-the", "replaces",
            "tinh-trang", "status", "tinh-trang-hieu-luc", "status");

    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** Our fields from the front matter, under our names or the names other tools use; the others are reported. */
    void readFrontMatter(String path, FrontMatter fm, Problems problems) {
        List<String> unmapped = new ArrayList<>();
        int firstUnmapped = 0;
        for (Map.Entry<String, YamlNode> e : fm.fields().entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            String ours = switch (key) {
                case "title", "number", "type", "issuer", "date", "effective", "expires", "signer", "status", "summary",
                     "basis", "replaces", "amends", "source", "topics", "place" -> key;
                case "description" -> "summary";
                default -> Schema.DOCUMENT_ALIASES.get(key);
            };
            YamlNode n = e.getValue();
            if (ours == null && SITE_FIELDS.contains(key)) continue; // how the old site laid pages out, not the document
            if (ours == null || n.isNull()) {
                if (ours == null) {
                    unmapped.add(e.getKey());
                    if (firstUnmapped == 0) firstUnmapped = n.line();
                }
                continue;
            }
            Object value = n.isList() ? n.list().stream().filter(x -> !x.isNull()).map(YamlNode::scalarText).toList() : n.scalarText();
            fields.putIfAbsent(ours, new Field(value, n.line()));
        }
        if (!unmapped.isEmpty()) problems.warning(path, firstUnmapped, 0, "import.unmapped", String.join(", ", unmapped));
    }

    /** Fields the front matter left out, from a metadata table or bold lines near the top of the body. */
    void readBody(String body, int bodyLine) {
        String[] lines = body.split("\n", 120);
        for (int i = 0; i < Math.min(lines.length, 119); i++) {
            Matcher m = TABLE_ROW.matcher(lines[i]);
            if (!m.matches()) m = BOLD_LINE.matcher(lines[i]);
            if (!m.matches()) continue;
            String ours = LABELS.get(Folding.slug(m.group(1)));
            String value = m.group(2).replace("**", "").strip();
            if (ours != null && !value.isEmpty() && !fields.containsKey(ours)) fields.put(ours, new Field(value, bodyLine + i));
        }
    }

    /** A field's value made plain (a list joined), or null when it is empty or says it is still to come. */
    String text(String name) {
        Field f = fields.get(name);
        if (f == null) return null;
        Object v = f.value();
        String s = v instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
        s = s.strip();
        return s.isEmpty() || s.equals("-") || Folding.fold(s).startsWith("dang cap nhat") ? null : s;
    }

    /** A list field's items, or a text field as a list of one. */
    List<String> strings(String name) {
        Field f = fields.get(name);
        if (f == null) return List.of();
        if (f.value() instanceof List<?> l) return l.stream().map(String::valueOf).filter(x -> !x.isBlank()).toList();
        String s = text(name);
        return s == null ? List.of() : List.of(s);
    }

    /** The line a field came from, for reports; 1 when the file has none. */
    int line(String name) {
        Field f = fields.get(name);
        return f == null ? 1 : f.line();
    }

    /** Puts a field's value as we read it (a cleaned number, a type found elsewhere), at its line. */
    void replace(String name, String value) {
        fields.put(name, new Field(value, line(name)));
    }
}
