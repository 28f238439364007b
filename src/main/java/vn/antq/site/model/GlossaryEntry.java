package vn.antq.site.model;

import java.util.List;

/**
 * A term or abbreviation of the glossary.
 *
 * @param kind "abbr" (an abbreviation, with its expansion) or "term" (a concept, with a definition)
 * @param id   anchor on the glossary page, folded to ASCII
 * @param line line of the entry in glossary.yaml
 */
public record GlossaryEntry(String term, String kind, String expansion, String definition, List<String> aliases,
                            String id, int line) {
    public boolean isAbbreviation() { return "abbr".equals(kind); }
}
