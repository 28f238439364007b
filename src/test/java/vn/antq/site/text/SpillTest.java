package vn.antq.site.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpillTest {
    @TempDir
    Path dir;

    @Test
    void aTextKeptInTheFileReadsBackAsTheSameText() {
        try (Spill spill = Spill.create(dir)) {
            assertTrue(spill.onDisk());
            Utf8Text kept = spill.keep("Điều 5. Bảo đảm an ninh, trật tự");
            Utf8Text heap = Utf8Text.of("Điều 5. Bảo đảm an ninh, trật tự");
            assertTrue(kept.spilled());
            assertFalse(heap.spilled());
            assertEquals(heap.toString(), kept.toString());
            assertEquals(heap, kept, "equal whether in the heap or the file");
            assertEquals(heap.hashCode(), kept.hashCode());
            assertEquals(heap.length(), kept.length());
            byte[] copied = new byte[kept.length() + 2];
            assertEquals(2 + kept.length(), kept.copyTo(copied, 2), "the offset after the bytes");
            assertArrayEquals(heap.toBytes(), java.util.Arrays.copyOfRange(copied, 2, copied.length));
            byte[] part = "xxđườngyy".getBytes(StandardCharsets.UTF_8);
            assertEquals("đường", spill.keep(part, 2, part.length - 2).toString(), "a slice of an array");
            assertEquals(heap.length() + "đường".getBytes(StandardCharsets.UTF_8).length, spill.size());
        }
    }

    @Test
    void textsKeptFromManyThreadsAtOnceDoNotOverlap() {
        try (Spill spill = Spill.create(dir)) {
            List<Utf8Text> kept = IntStream.range(0, 2000).parallel().mapToObj(i -> spill.keep("văn bản số " + i)).toList();
            for (int i = 0; i < kept.size(); i++) assertEquals("văn bản số " + i, kept.get(i).toString());
        }
    }

    @Test
    void noneKeepsTextsInTheHeap() {
        assertFalse(Spill.NONE.onDisk());
        Utf8Text kept = Spill.NONE.keep("an ninh");
        assertFalse(kept.spilled());
        assertEquals("an ninh", kept.toString());
        Spill.NONE.close(); // nothing to close, and NONE stays usable
        assertEquals("trật tự", Spill.NONE.keep("trật tự").toString());
    }

    @Test
    void closingLeavesNoFileBehind() throws Exception {
        Spill spill = Spill.create(dir);
        spill.keep("x".repeat(100_000));
        spill.close();
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
