package vn.antq.site.model;

import java.util.List;

/**
 * Site settings from {@code content/_data/site.yaml} and the command line.
 *
 * @param themes  theme folders under {@code themes/}, most specific first; always ends with "default"
 * @param baseUrl absolute URL of the published site ending in '/', or null
 */
public record SiteConfig(String title, String description, List<String> themes, String baseUrl, boolean drafts) {}
