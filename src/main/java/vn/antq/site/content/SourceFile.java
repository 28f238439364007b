package vn.antq.site.content;

import java.nio.file.Path;

/**
 * A content file read from disk: decoded as UTF-8, NFC-normalised, line endings unified.
 *
 * @param path      path relative to the source root with '/' separators (used in messages)
 * @param file      the file on disk
 * @param text      the whole text
 * @param utf8      the file's bytes when {@code text} is exactly their UTF-8 decoding (no BOM,
 *                  line endings or normalisation changed), so a part of the text can be kept
 *                  as UTF-8 without encoding it again; otherwise null
 */
public record SourceFile(String path, Path file, String text, byte[] utf8) {
    public SourceFile(String path, Path file, String text) {
        this(path, file, text, null);
    }
}
