package vn.antq.site;

import vn.antq.site.calendar.Calendar;
import vn.antq.site.markdown.MarkdownRenderer;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Glossary;
import vn.antq.site.model.Site;
import vn.antq.site.references.CrossReferences;
import vn.antq.site.render.Theme;

import java.util.Map;

/**
 * The assembled state of the last successful build, kept by the preview server so that an
 * edit to a document's text can re-render its page at once, before the full rebuild.
 */
public record Snapshot(BuildOptions options, Site site, Map<String, Rendered> bodies, CrossReferences xrefs,
                       Glossary glossary, Calendar calendar, Theme theme, MarkdownRenderer markdown,
                       Map<String, String> assets) {}
