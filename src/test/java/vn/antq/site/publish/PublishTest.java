package vn.antq.site.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failed build never touches the last good site; a good one replaces it whole. */
class PublishTest {
    @TempDir
    Path dir;

    @Test
    void failedBuildLeavesTheLastGoodSiteByteForByte() throws IOException {
        TestSite site = TestSite.create(dir);
        assertEquals(0, site.build().exit());
        Map<String, byte[]> before = TestSite.tree(site.site());
        site.file("content/van-ban/hong.md", "---\ntitle: \"Hỏng\"\ntype: chi-thi\nnumber: 1/CT\nissuer: X\ndate: 2024-13-01\n---\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/van-ban/hong.md:6:"), run.err());
        assertTrue(run.err().contains("được giữ nguyên"), run.err());
        Map<String, byte[]> after = TestSite.tree(site.site());
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("staging")), "staging folder left behind");
        }
    }

    @Test
    void successfulBuildReplacesTheSiteWhole() throws IOException {
        TestSite site = TestSite.create(dir);
        site.file("content/cu.md", "---\ntitle: \"Trang cũ\"\n---\nCũ\n");
        assertEquals(0, site.build().exit());
        assertTrue(Files.exists(site.site().resolve("cu/index.html")));
        Files.delete(dir.resolve("content/cu.md"));
        assertEquals(0, site.build().exit());
        assertFalse(Files.exists(site.site().resolve("cu/index.html")), "a removed page must not linger");
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".site")), "old or staging folder left behind");
        }
    }

    @Test
    void hashedNamesChangeWithContent() {
        assertEquals("css/site.2cf24dba5f.css", HashedAssets.hashedName("css/site.css", "hello".getBytes()));
        assertFalse(HashedAssets.hashedName("css/site.css", "hello".getBytes())
                .equals(HashedAssets.hashedName("css/site.css", "hello!".getBytes())));
    }

}
