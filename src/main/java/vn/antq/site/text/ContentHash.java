package vn.antq.site.text;

/**
 * A 128-bit hash of some content: what a page was rendered from, what a body was rendered
 * from. Two equal hashes are taken to mean equal content (128 bits: no accidental collision
 * among a site's pages); they are not meant to resist someone crafting a collision.
 */
public record ContentHash(long high, long low) {
    @Override
    public String toString() {
        return String.format("%016x%016x", high, low);
    }

    /** The hash {@link #toString()} wrote, or null if {@code hex} is not one. */
    public static ContentHash parse(String hex) {
        if (hex == null || hex.length() != 32) return null;
        try {
            return new ContentHash(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
