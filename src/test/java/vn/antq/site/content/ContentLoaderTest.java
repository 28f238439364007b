package vn.antq.site.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.text.Utf8Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a content file: decoding, normalising, and the body kept as UTF-8 from the file's own bytes. */
class ContentLoaderTest {
    private final Messages messages = new Messages();
    static final String HEAD = "---\ntitle: \"Kế hoạch bảo đảm an ninh, trật tự 😀\"\n---\n";
    static final String BODY = "## Mục đích\n\nBảo vệ bí mật nhà nước; phòng, chống tội phạm — “đường”.\n";

    @TempDir
    Path dir;

    private SourceFile read(byte[] bytes, Problems problems) throws IOException {
        Path f = dir.resolve("x.md");
        Files.write(f, bytes);
        return new ContentLoader(dir, problems).readFile(f, "content/x.md");
    }

    private static FrontMatter frontMatter(SourceFile f, Problems problems) {
        FrontMatter fm = FrontMatter.parse(f, new Yaml(), problems);
        assertNotNull(fm, problems.sorted().toString());
        return fm;
    }

    @Test
    void aFileAsItIsKeepsItsBytesAndTheBodyIsTheirTail() throws IOException {
        Problems problems = new Problems(messages);
        SourceFile f = read((HEAD + BODY).getBytes(StandardCharsets.UTF_8), problems);
        assertNotNull(f.utf8());
        FrontMatter fm = frontMatter(f, problems);
        assertEquals(BODY, fm.body());
        assertEquals(Utf8Text.of(BODY), fm.bodyUtf8());
        assertEquals("Kế hoạch bảo đảm an ninh, trật tự 😀", fm.field("title").scalarText());
    }

    @Test
    void changedTextIsEncodedAgain() throws IOException {
        String nfd = java.text.Normalizer.normalize(HEAD + BODY, java.text.Normalizer.Form.NFD);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[3 + (HEAD + BODY).getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy((HEAD + BODY).getBytes(StandardCharsets.UTF_8), 0, withBom, 3, withBom.length - 3);
        for (byte[] bytes : List.of((HEAD + BODY).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                nfd.getBytes(StandardCharsets.UTF_8), withBom)) {
            Problems problems = new Problems(messages);
            SourceFile f = read(bytes, problems);
            assertNull(f.utf8());
            FrontMatter fm = frontMatter(f, problems);
            assertEquals(BODY, fm.body());
            assertEquals(Utf8Text.of(BODY), fm.bodyUtf8());
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws IOException {
        Problems problems = new Problems(messages);
        SourceFile f = read((HEAD + "Ký tự \uFFFD thay thế\n").getBytes(StandardCharsets.UTF_8), problems);
        assertNotNull(f);
        assertFalse(problems.hasErrors());
        assertEquals(Utf8Text.of("Ký tự \uFFFD thay thế\n"), frontMatter(f, problems).bodyUtf8());
    }

    @Test
    void badBytesAreReportedAtTheirLineAndColumn() throws IOException {
        Problems problems = new Problems(messages);
        byte[] good = (HEAD + "Dòng một\nAB").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3; // a lead byte without its continuation
        bytes[good.length + 1] = 'x';
        assertNull(read(bytes, problems));
        Problem p = problems.sorted().get(0);
        assertEquals("content/x.md", p.path());
        assertEquals(5, p.line());
        assertEquals(3, p.column());
    }

    @Test
    void whiteSpaceOnlyIsEmpty() throws IOException {
        Problems problems = new Problems(messages);
        assertNull(read(" \n\t\r\n".getBytes(StandardCharsets.UTF_8), problems));
        assertTrue(problems.hasErrors());
        assertEquals(1, problems.sorted().get(0).line());
    }

    @Test
    void encodedLengthCountsUtf8Bytes() {
        String s = "aế😀\u00e0";
        assertEquals(s.getBytes(StandardCharsets.UTF_8).length, Utf8Text.encodedLength(s, 0, s.length()));
        assertEquals(4, Utf8Text.encodedLength(s, 0, 2));
    }
}
