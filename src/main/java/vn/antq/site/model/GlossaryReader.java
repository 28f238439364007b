package vn.antq.site.model;

import vn.antq.site.content.FieldReader;
import vn.antq.site.content.Problems;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.content.YamlNode;
import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks {@code content/_data/glossary.yaml}: a list of terms and abbreviations. */
public final class GlossaryReader {
    public static final String PATH = "content/_data/glossary.yaml";
    private static final Set<String> FIELDS = Set.of("term", "kind", "expansion", "definition", "aliases");
    private static final List<String> KINDS = List.of("abbr", "term");

    private GlossaryReader() {}

    public static Glossary read(List<SourceFile> data, Yaml yaml, Problems problems) {
        SourceFile file = data.stream().filter(f -> f.path().equals(PATH)).findFirst().orElse(null);
        if (file == null) return Glossary.EMPTY;
        YamlNode root = yaml.parse(PATH, file.text(), 1, problems);
        if (root == null || root.isNull()) return Glossary.EMPTY;
        if (!root.isList()) {
            problems.error(PATH, root.line(), root.column(), "glossary.notList");
            return Glossary.EMPTY;
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (FieldReader r : FieldReader.mappings(PATH, root.list(), FIELDS, "glossary.notMapping", problems)) {
            String term = r.string("term", true);
            String kind = r.oneOf("kind", KINDS, true, null);
            String expansion = r.string("expansion", "abbr".equals(kind));
            String definition = r.string("definition", "term".equals(kind));
            List<String> aliases = r.strings("aliases", null);
            if (term == null || kind == null) continue;
            for (String spelling : concat(term, aliases)) {
                Integer first = seen.putIfAbsent(spelling, r.lineOf("term"));
                if (first != null) problems.error(PATH, r.lineOf("term"), 0, "glossary.duplicate", spelling, first);
            }
            String id = Folding.slug(term);
            entries.add(new GlossaryEntry(term, kind, expansion, definition, aliases, id.isEmpty() ? "muc" : id, r.line()));
        }
        return new Glossary(List.copyOf(entries));
    }

    private static List<String> concat(String term, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(term);
        all.addAll(aliases);
        return all;
    }
}
