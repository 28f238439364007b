package vn.antq.site.parts;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartPlannerTest {
    /** Pages of at most 2,000 characters, none under 200: small bodies show every rule. */
    private final PartPlanner planner = new PartPlanner(2_000, 200);

    private static String paragraphs(String prefix, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append("<p>").append(prefix).append(" đoạn ").append(i).append(" của văn bản dài.</p>\n");
        return sb.toString();
    }

    private static String joined(String html, List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) sb.append(html, p.start(), p.end());
        return sb.toString();
    }

    @Test
    void aShortBodyStaysOnePage() {
        assertEquals(List.of(), planner.plan("<h2 id=\"a\">A</h2>\n" + paragraphs("A", 5)));
    }

    @Test
    void aLongBodyIsCutAtItsChapterHeadingsAndNothingIsLost() {
        String html = "<p>Căn cứ Luật Tổ chức Chính phủ; mở đầu đủ dài để thành một phần riêng của văn bản này.</p>\n"
                + paragraphs("Mở đầu", 4)
                + "<h2 id=\"chuong-i\">Chương I. QUY ĐỊNH CHUNG</h2>\n" + paragraphs("Một", 20)
                + "<h2 id=\"chuong-ii\">Chương II. TỔ CHỨC THỰC HIỆN</h2>\n" + paragraphs("Hai", 20)
                + "<h2 id=\"chuong-iii\">Chương III. ĐIỀU KHOẢN THI HÀNH</h2>\n" + paragraphs("Ba", 20);
        List<Part> parts = planner.plan(html);
        assertEquals(List.of("mo-dau", "chuong-i", "chuong-ii", "chuong-iii"), parts.stream().map(Part::name).toList());
        assertEquals(html, joined(html, parts), "the parts are the body, cut between blocks");
        assertEquals("Chương II. TỔ CHỨC THỰC HIỆN", parts.get(2).title());
        assertEquals("", parts.get(0).title(), "the text before the first chapter: the template names it");
        assertTrue(parts.get(2).ids().contains("chuong-ii"));
        assertTrue(parts.get(2).heading());
        for (Part p : parts) assertTrue(p.end() - p.start() <= 2_000, p.name());
    }

    @Test
    void chaptersWrittenAsPlainLinesAreFoundWithTheirNames() {
        // imported legal texts: "Chương I" and its name are paragraphs, not headings
        String html = "<p>Chương I</p>\n<p>NHỮNG QUY ĐỊNH CHUNG</p>\n" + paragraphs("Một", 30)
                + "<p>Phần mềm quản lý được cài trên máy của đơn vị (không phải một phần của văn bản).</p>\n" + paragraphs("Một tiếp", 3)
                + "<p><strong>Chương II</strong></p>\n<p>TỔ CHỨC THỰC HIỆN</p>\n" + paragraphs("Hai", 30);
        List<Part> parts = planner.plan(html);
        assertEquals(List.of("chuong-i", "chuong-ii"), parts.stream().map(Part::name).toList(), "'Phần mềm' is not a Phần");
        assertEquals("Chương I. NHỮNG QUY ĐỊNH CHUNG", parts.get(0).title());
        assertEquals("Chương II. TỔ CHỨC THỰC HIỆN", parts.get(1).title());
        assertFalse(parts.get(1).heading());
        assertEquals("Chương II", parts.get(1).lead(), "where the search text of the part begins");
    }

    @Test
    void aChapterTooLongIsCutAtItsArticlesPackedIntoPages() {
        StringBuilder html = new StringBuilder("<h2 id=\"chuong-i\">Chương I</h2>\n").append(paragraphs("Một", 20));
        html.append("<h2 id=\"chuong-ii\">Chương II</h2>\n");
        for (int d = 1; d <= 30; d++) html.append("<p>Điều ").append(d).append(". Nội dung điều ").append(d).append("</p>\n").append(paragraphs("Điều " + d, 3));
        String body = html.toString();
        List<Part> parts = planner.plan(body);
        assertEquals(body, joined(body, parts));
        assertEquals("chuong-i", parts.get(0).name());
        assertEquals("chuong-ii", parts.get(1).name(), "the chapter's first page keeps the chapter's name");
        assertTrue(parts.size() >= 4, "the 30 articles fill several pages: " + parts.size());
        assertTrue(parts.size() < 15, "small articles are packed, not one page each: " + parts.size());
        for (Part p : parts.subList(1, parts.size())) {
            assertEquals(1, p.depth());
            assertTrue(p.end() - p.start() <= 2_000, p.name() + " " + (p.end() - p.start()));
        }
        Part second = parts.get(2);
        assertTrue(second.name().startsWith("dieu-"), second.name());
        assertTrue(second.title().startsWith("Điều "), second.title());
        assertTrue(second.through() != null && second.through().startsWith("Điều "), "a packed page names its last article: " + second.through());
    }

    @Test
    void aLongRunWithNothingToCutAtIsCutBySizeAndMarkedContinued() {
        String html = "<h2 id=\"a\">Phụ lục</h2>\n" + paragraphs("Dòng", 120) + "<h2 id=\"b\">Kết</h2>\n" + paragraphs("Kết", 10);
        List<Part> parts = planner.plan(html);
        assertEquals(html, joined(html, parts));
        assertEquals("a", parts.get(0).name());
        assertTrue(parts.get(1).continued());
        assertEquals("a-2", parts.get(1).name());
        assertEquals("Phụ lục", parts.get(1).title(), "a continued page carries the title it continues");
        for (Part p : parts) assertTrue(p.end() - p.start() <= 2_000);
    }

    @Test
    void cutsOnlyBetweenTopLevelBlocksSoEveryPartIsWellFormed() {
        String quoted = "<blockquote>\n<h2 id=\"trong\">Không cắt ở đây</h2>\n" + paragraphs("Trích", 30) + "</blockquote>\n";
        String table = "<table>\n<thead>\n<tr><th>Cột</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td>Ô có &lt;dấu&gt; và \"ngoặc\"</td></tr>\n".repeat(60) + "</tbody>\n</table>\n";
        String html = "<h2 id=\"a\">A</h2>\n" + quoted + "<!-- ghi chú <p> -->\n<pre><code>&lt;h2&gt;\n</code></pre>\n"
                + "<h2 id=\"b\">B</h2>\n" + table + "<h2 id=\"c\">C</h2>\n" + paragraphs("C", 30);
        List<Part> parts = planner.plan(html);
        assertEquals(html, joined(html, parts));
        for (Part p : parts) {
            String piece = html.substring(p.start(), p.end());
            assertEquals(count(piece, "<blockquote"), count(piece, "</blockquote>"), p.name());
            assertEquals(count(piece, "<table"), count(piece, "</table>"), p.name());
        }
        assertFalse(parts.stream().anyMatch(p -> p.name().equals("trong")), "no cut inside the quote");
    }

    @Test
    void repeatedNamesAreMadeUniqueWithinTheirChapter() {
        StringBuilder html = new StringBuilder();
        for (String ch : List.of("I", "II")) {
            html.append("<p>Chương ").append(ch).append("</p>\n");
            for (int m = 1; m <= 2; m++) html.append("<p>Mục ").append(m).append("</p>\n").append(paragraphs("Mục " + m, 40));
        }
        List<Part> parts = planner.plan(html.toString());
        Set<String> names = new HashSet<>();
        for (Part p : parts) assertTrue(names.add(p.name()), "unique: " + p.name());
        assertTrue(names.contains("chuong-ii-muc-1") || names.contains("chuong-ii-muc-2"), names.toString());
        assertFalse(names.contains("index") || names.contains("toan-van"));
    }

    @Test
    void blocksAreFoundPastQuotesCommentsAndVoidElements() {
        String html = "<p title=\"a > b\">x</p>\n<hr />\n<!-- <div> -->\n<img src=\"a.png\" alt=\"\">\n<div><p>y</p></div>";
        List<Blocks.Block> blocks = Blocks.of(html);
        assertEquals(List.of("p", "hr", "img", "div"), blocks.stream().map(Blocks.Block::tag).toList());
        assertEquals(html.length(), blocks.get(3).end());
        assertEquals("y", Blocks.text(html, blocks.get(3)));
        assertNull(planner.plan("").stream().findFirst().orElse(null));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
