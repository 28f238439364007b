package vn.antq.site.markdown;

/** Maps a link to a content file (e.g. {@code ../van-ban/x.md}) to its page's output path. */
@FunctionalInterface
public interface LinkResolver {
    /**
     * @param contentPath path of the linked file relative to the source root, normalised
     *                    ({@code content/van-ban/x.md})
     * @return the output path of its page ({@code van-ban/x/index.html}), or null if none
     */
    String outputPathOf(String contentPath);
}
