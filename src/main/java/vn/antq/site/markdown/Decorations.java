package vn.antq.site.markdown;

import java.util.Map;

/**
 * What the renderer adds to running text: links for cited document numbers that have a
 * page, and {@code <abbr title>} for abbreviations from the glossary.
 *
 * @param documentPaths number key → output path of the document's page
 * @param abbreviations abbreviation as written → its expansion
 */
public record Decorations(Map<String, String> documentPaths, Map<String, String> abbreviations) {
    public static final Decorations NONE = new Decorations(Map.of(), Map.of());
}
