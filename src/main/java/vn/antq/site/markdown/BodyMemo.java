package vn.antq.site.markdown;

import vn.antq.site.content.Problem;
import vn.antq.site.text.ContentHash;
import vn.antq.site.text.ContentHasher;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bodies rendered by an earlier build, kept (by the build cache) so that a file whose text is
 * unchanged is not parsed and rendered again. A body is reused only when everything it was
 * rendered from still holds: its text and place, the pages its links reached, the pages of the
 * numbers it cites, and the abbreviations it could show.
 */
public interface BodyMemo {
    /** Keeps nothing. */
    BodyMemo NONE = new BodyMemo() {
        @Override
        public Kept find(Input input, Supplier<String> markdown, LinkResolver links) {
            return null;
        }

        @Override
        public void keep(Input input, Rendered body, Map<String, String> links, List<Problem> problems) {}
    };

    /**
     * What a body is rendered from, apart from the site around it.
     *
     * @param text    hash of the Markdown
     * @param selfKey the document's own number key (never linked to itself), or null
     */
    record Input(String sourcePath, ContentHash text, int firstLine, String outputPath, String selfKey) {
        public ContentHash key() {
            return new ContentHasher().add(sourcePath).add(text).add(firstLine).add(outputPath).add(selfKey).hash();
        }
    }

    /** A body found, and the warnings its rendering reported (reported again). */
    record Kept(Rendered body, List<Problem> problems) {}

    /**
     * @param markdown the body's Markdown, if needed to see whether a changed abbreviation occurs in it
     * @param links    how links to content files resolve now
     * @return the body rendered from this input whose surroundings still hold, or null
     */
    Kept find(Input input, Supplier<String> markdown, LinkResolver links);

    /**
     * @param links    every link to a content file the rendering resolved, and to what (null: no page)
     * @param problems what its rendering reported (warnings only: a body with errors is not kept)
     */
    void keep(Input input, Rendered body, Map<String, String> links, List<Problem> problems);
}
