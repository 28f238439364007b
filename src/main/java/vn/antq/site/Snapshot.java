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
import java.util.SortedMap;
import vn.antq.site.render.SiteState;
import vn.antq.site.text.ContentHash;
import java.util.Set;

/**
 * The state of the last successful build, kept by the preview server: an edit to a document's
 * text re-renders its page at once from it ("fast render"), and {@link IncrementalBuild}
 * rebuilds from it only what an edit of a few Markdown files reaches.
 *
 * @param inputs       every file under {@code content/} the build read or copied, relative to the source root
 * @param parsed       every parsed document, page and checklist, drafts included (what the site is assembled from)
 * @param state        what the pages were rendered from
 * @param pages        the fingerprint of every page published, by output path
 * @param searchLabels labels the search filters show
 * @param searchDir    the index folder ({@code search/<hash>/}) published for this state; after
 *                     {@link IncrementalBuild#pages} still the previous one, until {@link IncrementalBuild#search}
 * @param problems     what the build reported (warnings: a successful build has no errors)
 * @param messages     the catalogue its problems were worded from, for the rebuilds that follow
 */
public record Snapshot(BuildOptions options, Set<String> inputs, ContentParser.Parsed parsed, SiteState state,
                       SortedMap<String, ContentHash> pages, Map<String, String> searchLabels, String searchDir,
                       List<Problem> problems, Messages messages) {

    public Site site() { return state.site(); }
    public Map<String, Rendered> bodies() { return state.bodies(); }
    public CrossReferences xrefs() { return state.xrefs(); }
    public vn.antq.site.parts.SiteParts parts() { return state.parts(); }
    public Glossary glossary() { return state.glossary(); }
    public Calendar calendar() { return state.calendar(); }
    public Theme theme() { return state.theme(); }
    public MarkdownRenderer markdown() { return state.markdown(); }
    public Map<String, String> assets() { return state.assets(); }

    /** The same state with its search files in another index folder (after a search update). */
    public Snapshot withSearchDir(String dir) {
        return new Snapshot(options, inputs, parsed, state, pages, searchLabels, dir, problems, messages);
    }
}
