package vn.antq.site.model;

import org.junit.jupiter.api.Test;
import vn.antq.site.content.Problems;
import vn.antq.site.markdown.BodyRenderer;
import vn.antq.site.markdown.MarkdownRenderer;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.text.Utf8Text;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownSourceTest {
    static final String BODY = "# Chỉ thị\n\nBảo vệ an ninh Tổ quốc.\n";

    @Test
    void givesBackItsTextAsOftenAsAskedUntilReleasedThenRefusesLoudly() {
        // kept as a slice of the file's own bytes, as FrontMatter.bodyUtf8 hands it over
        byte[] file = ("---\ntitle: \"Thử\"\n---\n" + BODY).getBytes(StandardCharsets.UTF_8);
        int start = "---\ntitle: \"Thử\"\n---\n".getBytes(StandardCharsets.UTF_8).length;
        MarkdownSource source = new MarkdownSource(Utf8Text.of(file, start, file.length));
        assertEquals(BODY, source.text());
        assertEquals(BODY, source.text(), "reading does not use it up");
        source.release();
        // a phase that still needed the Markdown would otherwise render an empty body
        assertThrows(IllegalStateException.class, source::text);
        source.release();
        assertThrows(IllegalStateException.class, source::text, "releasing twice changes nothing");
    }

    @Test
    void thereIsAlwaysATextToStartWith() {
        assertThrows(NullPointerException.class, () -> new MarkdownSource(null));
    }

    @Test
    void aOneOffBuildLetsEachDocumentsMarkdownGoOnceItsBodyIsRendered() {
        Document d = TestDocuments.document("chi-thi", "06/CT-BCA-V05").build();
        Map<String, Rendered> bodies = BodyRenderer.renderAll(TestDocuments.site(d), new MarkdownRenderer(), new Problems(new vn.antq.site.content.Messages()), true);
        assertTrue(bodies.get(d.sourcePath()).html().contains("Nội dung."), bodies.get(d.sourcePath()).html());
        assertThrows(IllegalStateException.class, d::markdown);
    }

    @Test
    void thePreviewServerAndCheckKeepIt() {
        Document d = TestDocuments.document("chi-thi", "06/CT-BCA-V05").build();
        BodyRenderer.renderAll(TestDocuments.site(d), new MarkdownRenderer(), new Problems(new vn.antq.site.content.Messages()), false);
        assertEquals("Nội dung.\n", d.markdown(), "an edit is rendered again from it");
    }
}
