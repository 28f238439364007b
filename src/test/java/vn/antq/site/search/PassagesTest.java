package vn.antq.site.search;

import org.junit.jupiter.api.Test;
import vn.antq.site.markdown.SectionText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's text cut into passages and chunks: bounded, complete, and addressable by code. */
class PassagesTest {
    private static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append("điều").append(i);
        return sb.toString();
    }

    @Test
    void longTextIsCutAtSpacesIntoBoundedPassagesAndChunks() {
        List<SectionText> sections = new ArrayList<>();
        sections.add(new SectionText("", "", "Mở đầu ngắn."));
        sections.add(new SectionText("chuong-i", "Chương I", words(3000))); // ~26,000 chars
        sections.add(new SectionText("chuong-ii", "Chương II", ""));      // a heading alone
        Passages p = Passages.of(sections);
        StringBuilder back = new StringBuilder();
        int chunkChars = 0, lastChunk = 0;
        for (int i = 0; i < p.count(); i++) {
            int len = p.end(i) - p.start(i);
            assertTrue(len <= Passages.PASSAGE_CHARS, "passage " + i + " has " + len);
            String text = sections.get(p.section(i)).text().substring(p.start(i), p.end(i));
            assertTrue(text.isEmpty() || (!text.startsWith(" ") && !text.endsWith(" ")), "cut at a space: [" + text + "]");
            if (p.section(i) == 1) back.append(back.length() == 0 ? "" : " ").append(text);
            int chunk = Passages.chunkOf(p.code(i));
            assertTrue(chunk == lastChunk || chunk == lastChunk + 1, "chunks follow each other");
            chunkChars = chunk == lastChunk ? chunkChars + len : len;
            lastChunk = chunk;
            assertTrue(chunkChars <= Passages.CHUNK_CHARS + "Chương I".length(), "chunk " + chunk + " has " + chunkChars);
            assertEquals(i, p.indexOf(p.code(i)), "a code names its passage");
        }
        assertEquals(sections.get(1).text(), back.toString(), "no text is lost between passages");
        assertEquals(2, p.section(p.count() - 1), "a section with only a heading still has a passage");
        assertTrue(lastChunk >= 8, "26,000 characters make several chunks: " + lastChunk);
        assertEquals(-1, p.indexOf(0), "code 0 is no passage");
    }

    @Test
    void aShortPageIsOneChunk() {
        Passages p = Passages.of(List.of(new SectionText("", "", "An ninh, trật tự."), new SectionText("a", "Mục A", "Bảo vệ bí mật nhà nước.")));
        assertEquals(2, p.count());
        assertEquals(0, Passages.chunkOf(p.code(0)));
        assertEquals(0, Passages.chunkOf(p.code(1)));
        assertEquals(1, p.code(0));
        assertEquals(2, p.code(1));
    }
}
