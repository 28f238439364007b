package vn.antq.site.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The glossary from {@code content/_data/glossary.yaml}, in the editor's order. */
public record Glossary(List<GlossaryEntry> entries) {
    public static final Glossary EMPTY = new Glossary(List.of());

    /** Every spelling of every abbreviation → its expansion (for {@code <abbr title>}). */
    public Map<String, String> abbreviations() {
        Map<String, String> out = new LinkedHashMap<>();
        for (GlossaryEntry e : entries) {
            if (!e.isAbbreviation()) continue;
            out.put(e.term(), e.expansion());
            for (String a : e.aliases()) out.putIfAbsent(a, e.expansion());
        }
        return out;
    }
}
