package vn.antq.site.content;

import vn.antq.site.text.Nfc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the files under {@code content/}: Markdown sources, YAML data under {@code _data/}
 * and static files (images, PDFs) copied as they are. Text is checked to be UTF-8, then
 * NFC-normalised with LF line endings; a BOM is dropped.
 */
public final class ContentLoader {
    /** Larger Markdown files are refused: they are almost certainly a mistake (a dump, a binary). */
    public static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

    /**
     * Everything found under {@code content/}, each list sorted by path. Data files are read;
     * Markdown files are read by whoever parses them ({@link #read}), so a national site's raw
     * text is never held all at once.
     */
    public record Loaded(List<MarkdownFile> markdown, List<SourceFile> data, List<StaticFile> statics) {}

    /** A Markdown file found, not yet read. */
    public record MarkdownFile(String path, Path file) {}

    /** A file copied to the output unchanged, at {@code outputPath}. */
    public record StaticFile(String path, Path file, String outputPath) {}

    private final Path root;
    private final Problems problems;

    public ContentLoader(Path sourceRoot, Problems problems) {
        this.root = sourceRoot;
        this.problems = problems;
    }

    public Loaded load() {
        Path content = root.resolve("content");
        List<MarkdownFile> markdown = new ArrayList<>();
        List<SourceFile> data = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            problems.error("content", 0, 0, "content.missingDir");
            return new Loaded(markdown, data, statics);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(content)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            String rel = relative(f);
            String inContent = content.relativize(f).toString().replace('\\', '/');
            String name = f.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~")) continue; // editor swap and backup files
            if (inContent.startsWith("_data/")) {
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    SourceFile sf = readFile(f, rel);
                    if (sf != null) data.add(sf);
                } else {
                    problems.warning(rel, 0, 0, "content.unknownDataFile");
                }
            } else if (name.endsWith(".md")) {
                markdown.add(new MarkdownFile(rel, f));
            } else {
                statics.add(new StaticFile(rel, f, inContent));
            }
        }
        return new Loaded(markdown, data, statics);
    }

    private String relative(Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }

    /** Reads and checks a Markdown file found by {@link #load}; reports and returns null when it cannot be used. */
    public SourceFile read(MarkdownFile f) {
        return readFile(f.file(), f.path());
    }

    /** Reads and checks one text file; reports and returns null when it cannot be used. */
    public SourceFile readFile(Path f, String rel) {
        byte[] bytes;
        try {
            long size = Files.size(f);
            if (size > MAX_TEXT_BYTES) {
                problems.error(rel, 0, 0, "content.tooLarge", size / (1024 * 1024), MAX_TEXT_BYTES / (1024 * 1024));
                return null;
            }
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            problems.error(rel, 0, 0, "content.unreadable", e.getMessage());
            return null;
        }
        if (isBlank(bytes)) {
            problems.error(rel, 1, 0, "content.empty");
            return null;
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3; // a BOM, as Windows Notepad writes: harmless, dropped
        }
        boolean carriageReturn = false;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.error(rel, lineAt(bytes, i), 0, "content.binary");
                return null;
            }
            if (bytes[i] == '\r') carriageReturn = true;
        }
        // the String constructor decodes fastest but replaces bad bytes with U+FFFD: only a text
        // holding U+FFFD (bad bytes, or a U+FFFD written in the file) is decoded again strictly
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            } catch (CharacterCodingException e) {
                int bad = firstInvalidUtf8(bytes, start);
                problems.error(rel, lineAt(bytes, bad), columnAt(bytes, bad), "content.notUtf8");
                return null;
            }
        }
        String decoded = text;
        // line endings unified only where there is a CR (two scans of every file otherwise)
        if (carriageReturn) text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!Nfc.isNormalized(text)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return new SourceFile(rel, f, text, start == 0 && text == decoded ? bytes : null);
    }

    /** Whether the file holds only white space (as {@link String#isBlank} sees it, byte by byte). */
    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x < 0 || !Character.isWhitespace((char) x)) return false;
        }
        return true;
    }

    private static int lineAt(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) if (b[i] == '\n') line++;
        return line;
    }

    private static int columnAt(byte[] b, int offset) {
        int col = 1;
        for (int i = offset - 1; i >= 0 && b[i] != '\n'; i--) {
            if ((b[i] & 0xC0) != 0x80) col++; // count characters, not continuation bytes
        }
        return col;
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b, int start) {
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n;
            if (c < 0x80) n = 0;
            else if (c >= 0xC2 && c <= 0xDF) n = 1;
            else if (c >= 0xE0 && c <= 0xEF) n = 2;
            else if (c >= 0xF0 && c <= 0xF4) n = 3;
            else return i;
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) return i;
            }
            i += n + 1;
        }
        return Math.max(start, b.length - 1);
    }
}
