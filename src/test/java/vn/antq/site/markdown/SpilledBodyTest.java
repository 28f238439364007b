package vn.antq.site.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.text.Spill;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpilledBodyTest {
    @TempDir
    Path dir;

    @Test
    void aBodyInTheSpillHasTheSameHtmlAndSections() {
        List<SectionText> sections = List.of(
                new SectionText("", "", "Mở đầu"),
                new SectionText("dieu-1", "Điều 1. Phạm vi", "Quy định về an ninh, trật tự."),
                new SectionText("dieu-2", "Điều 2", ""));
        Rendered heap = new Rendered("<h2 id=\"dieu-1\">Điều 1. Phạm vi</h2><p>Quy định</p>",
                List.of(new TocEntry(2, "dieu-1", "Điều 1. Phạm vi")), List.of(), sections);
        try (Spill spill = Spill.create(dir)) {
            Rendered kept = heap.spilledTo(spill);
            assertTrue(kept.body().spilled());
            assertEquals(heap.html(), kept.html());
            assertEquals(heap.headings(), kept.headings());
            assertEquals(sections, List.copyOf(kept.sections()), "every section, in order, field by field");
            assertEquals(sections.get(1), kept.sections().get(1), "one section read on its own");
            assertThrows(IndexOutOfBoundsException.class, () -> kept.sections().get(3));
            assertSame(kept, kept.spilledTo(spill), "kept once");
        }
        assertSame(heap, heap.spilledTo(Spill.NONE), "no file: stays as it is");
    }
}
