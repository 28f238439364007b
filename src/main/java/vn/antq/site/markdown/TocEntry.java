package vn.antq.site.markdown;

/** A heading of a rendered page, for its table of contents (and later its search sections). */
public record TocEntry(int level, String id, String text) {}
