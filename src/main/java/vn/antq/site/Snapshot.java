package vn.antq.site;

import vn.antq.site.calendar.Calendar;
import vn.antq.site.model.ContentParser;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problem;
import vn.antq.site.markdown.MarkdownRenderer;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Glossary;
import vn.antq.site.model.Site;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.render.Theme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of the last successful build, kept by the preview server: an edit to a document's
 * text re-renders its page at once from it ("fast render"), and {@link IncrementalBuild}
 * rebuilds from it only what an edit of a few Markdown files affects.
 *
 * @param inputs       every file under {@code content/} the build read or copied, relative to the source root
 * @param parsed       every parsed document, page and checklist, drafts included (what the site is assembled from)
 * @param bodies       rendered Markdown by source path
 * @param assets       logical asset path → published path (the templates' {@code assets})
 * @param searchLabels labels the search filters show
 * @param searchDir    the index folder ({@code search/<hash>/}) published for this state; after
 *                     {@link IncrementalBuild#pages} still the previous one, until {@link IncrementalBuild#search}
 * @param problems     what the build reported (warnings: a successful build has no errors)
 * @param messages     the catalogue its problems were worded from, for the rebuilds that follow
 */
public record Snapshot(BuildOptions options, Set<String> inputs, ContentParser.Parsed parsed, Site site, Map<String, Rendered> bodies,
                       CrossReferences xrefs, Glossary glossary, Calendar calendar, Theme theme, MarkdownRenderer markdown,
                       Map<String, String> assets, Map<String, String> searchLabels, String searchDir,
                       List<Problem> problems, Messages messages) {

    /** The same state with its search files in another index folder (after a search update). */
    public Snapshot withSearchDir(String dir) {
        return new Snapshot(options, inputs, parsed, site, bodies, xrefs, glossary, calendar, theme, markdown, assets, searchLabels,
                dir, problems, messages);
    }
}
