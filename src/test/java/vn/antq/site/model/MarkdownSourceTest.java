package vn.antq.site.model;

import org.junit.jupiter.api.Test;
import vn.antq.site.text.Utf8Text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarkdownSourceTest {
    @Test
    void readsItsTextUntilReleasedThenRefusesLoudly() {
        MarkdownSource source = new MarkdownSource(Utf8Text.of("# Chỉ thị\n\nBảo vệ an ninh Tổ quốc.\n"));
        assertEquals("# Chỉ thị\n\nBảo vệ an ninh Tổ quốc.\n", source.text());
        assertEquals(source.text(), source.text(), "read as often as needed");
        source.release();
        // a phase that still needed the Markdown would otherwise render an empty body
        assertThrows(IllegalStateException.class, source::text);
    }
}
