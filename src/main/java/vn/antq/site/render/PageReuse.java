package vn.antq.site.render;

import vn.antq.site.text.ContentHash;

/**
 * Whether a page whose fingerprint is known can keep the output it was rendered to before,
 * instead of being rendered again (see {@link ModelFingerprint}).
 */
@FunctionalInterface
public interface PageReuse {
    /** Every page is rendered. */
    PageReuse NONE = (path, fingerprint) -> false;

    /**
     * @return true when the output at {@code outputPath} was rendered from this very fingerprint
     *         and is in place in what is being written (linked or left there); the page is then not rendered
     */
    boolean reuse(String outputPath, ContentHash fingerprint);
}
