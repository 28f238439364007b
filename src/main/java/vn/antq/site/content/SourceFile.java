package vn.antq.site.content;

import java.nio.file.Path;

/**
 * A content file read from disk: decoded as UTF-8, NFC-normalised, line endings unified.
 *
 * @param path      path relative to the source root with '/' separators (used in messages)
 * @param file      the file on disk
 * @param text      the whole text
 */
public record SourceFile(String path, Path file, String text) {}
