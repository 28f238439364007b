package vn.antq.site.render;

import vn.antq.site.calendar.Calendar;
import vn.antq.site.markdown.MarkdownRenderer;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Glossary;
import vn.antq.site.model.Site;
import vn.antq.site.parts.SiteParts;
import vn.antq.site.crossref.CrossReferences;

import java.util.Map;

/**
 * Everything the pages are rendered from, once the bodies, cross-references and calendar are
 * built: what a full build, the preview server's rebuild and its fast render all hand the renderer.
 *
 * @param bodies rendered Markdown by source path
 * @param parts  the long pages' parts (where their anchors are)
 * @param assets logical asset path → published path (the templates' {@code assets})
 */
public record SiteState(Site site, Map<String, Rendered> bodies, SiteParts parts, CrossReferences xrefs, Glossary glossary,
                        Calendar calendar, Theme theme, MarkdownRenderer markdown, Map<String, String> assets) {}
