package vn.antq.site.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.BuildResult;
import vn.antq.site.IncrementalBuild;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview server's incremental rebuild against the oracle: after each edit the output
 * folder must be byte for byte what a fresh full build of the same content writes, and the
 * pages the edit does not affect must be neither rendered nor rewritten.
 */
class IncrementalRebuildTest {
    static final String BASE = "https://example.test/antq/";

    @TempDir
    Path dir;
    TestSite site;
    IncrementalOracle oracle;

    @BeforeEach
    void buildFixture() {
        site = TestSite.empty(dir);
        fixture(site);
        oracle = new IncrementalOracle(dir, BASE);
    }

    /** Four documents: B implements and cites A, C cites B, D stands alone; a guide in the menu, a plain page, a home text. */
    static void fixture(TestSite s) {
        s.file("content/_data/site.yaml", "title: \"Trang thử\"\ndescription: \"Mô tả\"\n");
        s.file("content/_data/glossary.yaml", """
                - term: ANTT
                  kind: abbr
                  expansion: an ninh, trật tự
                """);
        s.file("content/_index.md", "---\ntitle: \"Trang chủ\"\n---\nLời giới thiệu trang chủ.\n");
        s.file("content/gioi-thieu.md", "---\ntitle: \"Giới thiệu\"\nmenu: 1\n---\nTrang giới thiệu.\n");
        s.file("content/huong-dan/cach-dung.md", "---\ntitle: \"Cách dùng\"\n---\n## Tra cứu\n\nTìm văn bản theo số.\n");
        s.file("content/van-ban/chi-thi-01.md", """
                ---
                title: "Về tăng cường bảo đảm ANTT"
                type: chi-thi
                number: "01/CT-UBND"
                issuer: "Ủy ban nhân dân tỉnh Hòa Bình"
                date: 2024-01-10
                audience: [co-quan, doanh-nghiep]
                topics: ["an ninh trật tự", "tuyên truyền"]
                summary: "Chỉ thị về bảo đảm an ninh, trật tự."
                deadlines:
                  - yearly: "15/11"
                    what: "Báo cáo kết quả thực hiện"
                    kind: han-bao-cao
                    section: "II. Tổ chức thực hiện"
                ---
                ## I. Mục tiêu

                Bảo đảm ANTT theo Thông tư 124/2021/TT-BCA.

                ## II. Tổ chức thực hiện

                Báo cáo trước ngày 15/11 hằng năm.
                """);
        s.file("content/van-ban/ke-hoach-02.md", """
                ---
                title: "Triển khai Chỉ thị 01"
                type: ke-hoach
                number: "02/KH-UBND"
                issuer: "Ủy ban nhân dân tỉnh Hòa Bình"
                date: 2024-02-20
                audience: [co-quan]
                topics: ["an ninh trật tự"]
                implements: ["01/CT-UBND"]
                ---
                ## I. Căn cứ

                Thực hiện Chỉ thị số 01/CT-UBND của Ủy ban nhân dân tỉnh.

                ## II. Nội dung

                Tuyên truyền về phong trào.
                """);
        s.file("content/van-ban/ke-hoach-03.md", """
                ---
                title: "Kế hoạch phòng cháy năm 2024"
                type: ke-hoach
                number: "03/KH-CAT"
                issuer: "Công an tỉnh Hòa Bình"
                date: 2024-03-05
                audience: [doanh-nghiep]
                topics: ["phòng cháy"]
                ---
                ## I. Căn cứ

                Thực hiện Kế hoạch số 02/KH-UBND.
                """);
        s.file("content/van-ban/huong-dan-04.md", """
                ---
                title: "Hướng dẫn chuyển đổi số"
                type: huong-dan
                number: "04/HD-STTTT"
                issuer: "Sở Thông tin và Truyền thông"
                date: 2023-06-01
                audience: [ca-nhan]
                topics: ["chuyển đổi số"]
                ---
                ## Nội dung

                Hướng dẫn dùng dịch vụ công trực tuyến.
                """);
    }

    // ---- the edits ----

    @Test
    void aBodyTextEditRewritesItsPageAndTheSearchFilesOnly() throws IOException {
        IncrementalBuild.Result r = edit("content/van-ban/huong-dan-04.md", t -> t.replace("dịch vụ công", "dịch vụ công mức độ 4"));
        assertSameAsFullBuild();
        assertEquals(Set.of("van-ban/huong-dan-04-hd-stttt/index.html"), r.rendered());
        Set<String> rewritten = rewritten();
        assertTrue(rewritten.contains("van-ban/huong-dan-04-hd-stttt/index.html"), rewritten::toString);
        assertTrue(rewritten.contains("search/meta.js"), "the search index changed: " + rewritten);
        assertTrue(rewritten.stream().allMatch(p -> p.startsWith("van-ban/huong-dan-04") || p.startsWith("search/")
                || p.equals("search/meta.js")), "nothing else is written: " + rewritten);
    }

    @Test
    void aTitleChangeUpdatesListsTermsAndTheDocumentsThatNameIt() throws IOException {
        IncrementalBuild.Result r = edit("content/van-ban/chi-thi-01.md",
                t -> t.replace("Về tăng cường bảo đảm ANTT", "Về tăng cường bảo đảm an ninh, trật tự"));
        assertSameAsFullBuild();
        Set<String> rewritten = rewritten();
        for (String p : List.of("van-ban/chi-thi-01-ct-ubnd/index.html", "van-ban/index.html", "index.html",
                "loai-van-ban/chi-thi/index.html", "chu-de/tuyen-truyen/index.html",
                "chu-de/an-ninh-trat-tu/index.html", "doi-tuong/doanh-nghiep/index.html", "nam/2024/index.html",
                // B implements it and cites it: both lists show its title
                "van-ban/ke-hoach-02-kh-ubnd/index.html", "so-do/index.html", "feed.xml")) {
            assertTrue(rewritten.contains(p), p + " rewritten: " + rewritten);
        }
        // D has nothing to do with it, C cites B only; its type's index counts the same documents
        for (String p : List.of("van-ban/huong-dan-04-hd-stttt/index.html", "van-ban/ke-hoach-03-kh-cat/index.html",
                "chu-de/phong-chay/index.html", "loai-van-ban/index.html", "huong-dan/cach-dung/index.html", "404.html",
                // the search page lists no document (it links to the register)
                "tim-kiem/index.html")) {
            assertFalse(r.rendered().contains(p), p + " not rendered: " + r.rendered());
            assertFalse(rewritten.contains(p), p + " not rewritten");
        }
    }

    @Test
    void aNewCitationUpdatesTheCitedDocumentAndTheRegisterOfCitedNumbers() throws IOException {
        IncrementalBuild.Result r = edit("content/van-ban/huong-dan-04.md",
                t -> t + "\nPhối hợp theo Kế hoạch số 03/KH-CAT.\n");
        assertSameAsFullBuild();
        Set<String> rewritten = rewritten();
        for (String p : List.of("van-ban/huong-dan-04-hd-stttt/index.html", "van-ban/ke-hoach-03-kh-cat/index.html",
                "tham-chieu/index.html", "so-do/index.html")) {
            assertTrue(rewritten.contains(p), p + " rewritten: " + rewritten);
        }
        assertTrue(Files.readString(dir.resolve("site/van-ban/ke-hoach-03-kh-cat/index.html")).contains("04/HD-STTTT"),
                "C is cited by D");
        for (String p : List.of("van-ban/chi-thi-01-ct-ubnd/index.html", "van-ban/ke-hoach-02-kh-ubnd/index.html",
                "van-ban/index.html", "index.html")) {
            assertFalse(r.rendered().contains(p), p + " not rendered: " + r.rendered());
        }
    }

    @Test
    void aCitationRemovedUpdatesTheDocumentItNoLongerCites() throws IOException {
        edit("content/van-ban/ke-hoach-03.md", t -> t.replace("Kế hoạch số 02/KH-UBND", "kế hoạch của tỉnh"));
        assertSameAsFullBuild();
        assertTrue(rewritten().contains("van-ban/ke-hoach-02-kh-ubnd/index.html"));
        assertFalse(Files.readString(dir.resolve("site/van-ban/ke-hoach-02-kh-ubnd/index.html")).contains("03/KH-CAT"));
    }

    @Test
    void changedTopicsUpdateTheOldAndNewTermPages() throws IOException {
        IncrementalBuild.Result r = edit("content/van-ban/ke-hoach-03.md", t -> t.replace("[\"phòng cháy\"]", "[\"cứu nạn, cứu hộ\", \"tuyên truyền\"]"));
        assertSameAsFullBuild();
        assertFalse(Files.exists(dir.resolve("site/chu-de/phong-chay")), "the term nobody has any more is gone, folder and all");
        assertTrue(r.written().contains("chu-de/phong-chay/index.html"), r.written()::toString);
        Set<String> rewritten = rewritten();
        for (String p : List.of("chu-de/cuu-nan-cuu-ho/index.html", "chu-de/tuyen-truyen/index.html", "chu-de/index.html",
                "index.html", "van-ban/ke-hoach-03-kh-cat/index.html")) {
            assertTrue(rewritten.contains(p), p + " rewritten: " + rewritten);
        }
        for (String p : List.of("van-ban/chi-thi-01-ct-ubnd/index.html", "van-ban/huong-dan-04-hd-stttt/index.html",
                "loai-van-ban/index.html", "doi-tuong/co-quan/index.html")) {
            assertFalse(r.rendered().contains(p), p + " not rendered: " + r.rendered());
        }
    }

    @Test
    void aNewDateMovesTheDocumentInEveryList() throws IOException {
        edit("content/van-ban/huong-dan-04.md", t -> t.replace("date: 2023-06-01", "date: 2025-06-01"));
        assertSameAsFullBuild();
        assertTrue(rewritten().containsAll(List.of("nam/2025/index.html", "nam/index.html",
                "van-ban/index.html", "feed.xml", "sitemap.xml")), rewritten()::toString);
        assertFalse(Files.exists(dir.resolve("site/nam/2023")));
    }

    @Test
    void aDeadlineChangeUpdatesTheCalendar() throws IOException {
        edit("content/van-ban/chi-thi-01.md", t -> t.replace("yearly: \"15/11\"", "yearly: \"20/11\""));
        assertSameAsFullBuild();
        assertTrue(rewritten().containsAll(List.of("lich/index.html", "lich/antq.ics")), rewritten()::toString);
    }

    @Test
    void aRelationChangeUpdatesTheDocumentsOnBothEnds() throws IOException {
        edit("content/van-ban/ke-hoach-03.md", t -> t.replace("topics: [\"phòng cháy\"]", "topics: [\"phòng cháy\"]\nreplaces: [\"02/KH-UBND\"]"));
        assertSameAsFullBuild();
        assertTrue(rewritten().containsAll(List.of("van-ban/ke-hoach-02-kh-ubnd/index.html", "so-do/index.html")), rewritten()::toString);
    }

    @Test
    void pagesAndTheHomeTextAreRenderedAlone() throws IOException {
        site.file("content/_index.md", Files.readString(dir.resolve("content/_index.md")).replace("Lời giới thiệu", "Lời chào"));
        IncrementalBuild.Result r = edit("content/huong-dan/cach-dung.md", t -> t.replace("theo số", "theo số hiệu"),
                "content/_index.md");
        assertSameAsFullBuild();
        assertEquals(Set.of("index.html", "huong-dan/cach-dung/index.html"), r.rendered());
    }

    @Test
    void aValidationErrorIsReportedAsByAFullBuildAndNothingIsWritten() throws IOException {
        Map<String, byte[]> good = TestSite.tree(dir.resolve("site"));
        IncrementalBuild.Result r = edit("content/van-ban/chi-thi-01.md", t -> t.replace("date: 2024-01-10", "date: 2024-02-31"));
        assertEquals(IncrementalBuild.Status.FAILED, r.status());
        BuildResult full = oracle.fullBuild();
        assertFalse(full.published());
        assertEquals(IncrementalOracle.lines(full.problems().sorted()), IncrementalOracle.lines(r.problems().sorted()));
        assertTrue(IncrementalOracle.lines(r.problems().sorted()).stream().anyMatch(l -> l.startsWith("content/van-ban/chi-thi-01.md:6:")),
                r.problems().sorted()::toString);
        assertEquals(Set.of(), rewritten(), "the last good site stays");
        Map<String, byte[]> now = TestSite.tree(dir.resolve("site"));
        assertEquals(good.keySet(), now.keySet());
        for (String p : good.keySet()) assertArrayEquals(good.get(p), now.get(p), p);
        // fixed, the edit goes through
        edit("content/van-ban/chi-thi-01.md", t -> t.replace("date: 2024-02-31", "date: 2024-02-29"));
        assertSameAsFullBuild();
    }

    @Test
    void anErrorInAnotherFileIsReportedAtThatFile() throws IOException {
        // C takes B's number: the duplicate is reported where a full build reports it
        IncrementalBuild.Result r = edit("content/van-ban/ke-hoach-03.md", t -> t.replace("03/KH-CAT", "02/KH-UBND"));
        assertEquals(IncrementalBuild.Status.FAILED, r.status());
        BuildResult full = oracle.fullBuild();
        assertEquals(IncrementalOracle.lines(full.problems().sorted()), IncrementalOracle.lines(r.problems().sorted()));
    }

    @Test
    void warningsOfTheOtherFilesStandAndTheEditedFilesAreCheckedAgain() throws IOException {
        IncrementalBuild.Result r = edit("content/van-ban/ke-hoach-03.md", t -> t + "\n<script>alert(1)</script>\n");
        assertEquals(IncrementalBuild.Status.DONE, r.status());
        BuildResult full = oracle.fullBuild();
        assertEquals(IncrementalOracle.lines(full.problems().sorted()), IncrementalOracle.lines(r.problems().sorted()));
        assertTrue(IncrementalOracle.lines(r.problems().sorted()).stream().anyMatch(l -> l.startsWith("content/van-ban/ke-hoach-03.md:") && l.contains("warning")));
    }

    @Test
    void editsThatChangeTheSiteStructureAskForAFullBuild() throws IOException {
        assertFull("serve.full.structure", "content/van-ban/huong-dan-04.md", t -> t.replace("04/HD-STTTT", "05/HD-STTTT"));
        assertFull("serve.full.structure", "content/van-ban/huong-dan-04.md", t -> t.replace("topics:", "draft: true\ntopics:"));
        site.file("content/van-ban/moi.md", Files.readString(dir.resolve("content/van-ban/huong-dan-04.md")).replace("04/", "09/"));
        assertEquals("serve.full.files", new IncrementalBuild(oracle.snapshot).pages(Set.of("content/van-ban/moi.md")).fullBuildReason());
        assertEquals("serve.full.files", new IncrementalBuild(oracle.snapshot).pages(Set.of("content/_data/glossary.yaml")).fullBuildReason());
        assertEquals(Set.of(), rewritten());
    }

    @Test
    void aMenuChangeOrTheCalendarEmptyingReachEveryPageWithoutAFullBuild() throws IOException {
        // every page shows the menu: every page's fingerprint changes, and every page is written again
        IncrementalBuild.Result r = edit("content/gioi-thieu.md", t -> t.replace("Giới thiệu\"", "Về trang\""));
        assertEquals(IncrementalBuild.Status.DONE, r.status());
        assertTrue(r.written().contains("van-ban/index.html") && r.written().contains("index.html"), r.written().toString());
        assertSameAsFullBuild();
        // the last deadline goes: the calendar page and its menu entry with it
        r = edit("content/van-ban/chi-thi-01.md", t -> t.substring(0, t.indexOf("deadlines:")) + t.substring(t.indexOf("---\n## I.")));
        assertEquals(IncrementalBuild.Status.DONE, r.status());
        assertTrue(r.written().contains("lich/index.html"), r.written().toString());
        assertSameAsFullBuild();
    }

    @Test
    void successiveEditsBuildOnEachOther() throws IOException {
        edit("content/van-ban/chi-thi-01.md", t -> t.replace("Về tăng cường", "Về việc tăng cường"));
        assertSameAsFullBuild();
        edit("content/van-ban/ke-hoach-02.md", t -> t.replace("Tuyên truyền về phong trào.", "Tuyên truyền. Xem Hướng dẫn 04/HD-STTTT."));
        assertSameAsFullBuild();
        // another spelling of the same issuer (one term page, a new label); files saved unchanged
        edit("content/van-ban/ke-hoach-03.md", t -> t.replace("Công an tỉnh Hòa Bình", "Công an tỉnh Hoà Bình"),
                "content/van-ban/huong-dan-04.md", "content/van-ban/chi-thi-01.md");
        assertSameAsFullBuild();
    }

    /**
     * Random editors' edits (seeded): titles, text, citations added and removed, topics,
     * audiences, dates, statuses, deadlines, relations, one or two files at a time. Each must
     * give what a full build gives; an edit a full build rejects must be rejected with the
     * same problems (and is then undone).
     */
    @Test
    void randomEditsMatchAFullBuild() throws IOException {
        java.util.Random random = new java.util.Random(20261123);
        List<String> docs = List.of("content/van-ban/chi-thi-01.md", "content/van-ban/ke-hoach-02.md",
                "content/van-ban/ke-hoach-03.md", "content/van-ban/huong-dan-04.md");
        List<String> numbers = List.of("01/CT-UBND", "02/KH-UBND", "03/KH-CAT", "04/HD-STTTT", "77/KH-ABC", "124/2021/TT-BCA");
        List<String> topics = List.of("an ninh trật tự", "tuyên truyền", "phòng cháy", "chuyển đổi số", "An ninh trật tự");
        List<String> audiences = List.of("co-quan", "doanh-nghiep", "ca-nhan", "benh-vien");
        int done = 0, rejected = 0;
        for (int step = 0; step < 24; step++) {
            int files = random.nextInt(4) == 0 ? 2 : 1;
            Map<String, String> saved = new java.util.TreeMap<>();
            for (int f = 0; f < files; f++) {
                String doc = docs.get(random.nextInt(docs.size()));
                Path path = dir.resolve(doc);
                String text = Files.readString(path);
                saved.putIfAbsent(doc, text);
                int n = step;
                String mutated = switch (random.nextInt(9)) {
                    case 0 -> text.replaceFirst("title: \"", "title: \"Sửa " + n + " ");
                    case 1 -> text + "\nĐoạn thêm " + n + ".\n";
                    case 2 -> text + "\nTheo văn bản số " + numbers.get(random.nextInt(numbers.size())) + ".\n";
                    case 3 -> body(text).contains("/") ? removeCitations(text, numbers) : text + "\nKhông trích dẫn.\n";
                    case 4 -> text.replaceFirst("topics: \\[[^\\]]*\\]", "topics: " + pick(random, topics));
                    case 5 -> text.replaceFirst("audience: \\[[^\\]]*\\]", "audience: " + pick(random, audiences).replace("\"", ""));
                    case 6 -> text.replaceFirst("date: \\d{4}-\\d{2}-\\d{2}", "date: " + (2020 + random.nextInt(6)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
                    case 7 -> text.contains("yearly: \"") ? text.replaceFirst("yearly: \"\\d+/", "yearly: \"" + (10 + random.nextInt(18)) + "/")
                            : text.replaceFirst("\ntopics:", "\nstatus: het-hieu-luc\ntopics:");
                    default -> text.contains("replaces:") ? text.replaceFirst("\nreplaces: \\[[^\\]]*\\]", "")
                            : text.replaceFirst("\ntopics:", "\nreplaces: [\"" + numbers.get(random.nextInt(4)) + "\"]\ntopics:");
                };
                Files.writeString(path, mutated);
            }
            List<String> changed = new java.util.ArrayList<>(saved.keySet());
            String first = changed.get(0);
            IncrementalBuild.Result r = oracle.edit(first, t -> t, changed.subList(1, changed.size()).toArray(new String[0]));
            if (r.status() == IncrementalBuild.Status.FAILED) {
                BuildResult full = oracle.fullBuild();
                assertFalse(full.published(), "step " + step);
                assertEquals(IncrementalOracle.lines(full.problems().sorted()), IncrementalOracle.lines(r.problems().sorted()), "step " + step);
                assertEquals(Set.of(), rewritten(), "step " + step + ": nothing written");
                for (Map.Entry<String, String> e : saved.entrySet()) Files.writeString(dir.resolve(e.getKey()), e.getValue());
                r = oracle.edit(first, t -> t, changed.subList(1, changed.size()).toArray(new String[0]));
                rejected++;
            }
            assertEquals(IncrementalBuild.Status.DONE, r.status(), "step " + step + ": " + r.fullBuildReason());
            assertSameAsFullBuild();
            done++;
        }
        assertTrue(done == 24 && rejected > 0, "some edits are rejected by both (a replaces cycle, a duplicate): " + rejected);
    }

    private static String body(String text) {
        return text.substring(text.indexOf("\n---\n", 4));
    }

    /** The text with the numbers it cites in its body replaced by words. */
    private static String removeCitations(String text, List<String> numbers) {
        String head = text.substring(0, text.indexOf("\n---\n", 4)), body = body(text);
        for (String n : numbers) body = body.replace(n, "văn bản khác");
        return head + body;
    }

    /** A YAML list of one to three of {@code values}. */
    private static String pick(java.util.Random random, List<String> values) {
        List<String> copy = new java.util.ArrayList<>(values);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, 1 + random.nextInt(3)).stream().map(v -> "\"" + v + "\"").toList().toString();
    }

    // ---- helpers ----

    IncrementalBuild.Result edit(String file, UnaryOperator<String> change, String... alsoChanged) throws IOException {
        return oracle.edit(file, change, alsoChanged);
    }

    void assertSameAsFullBuild() throws IOException {
        oracle.assertSameAsFullBuild();
    }

    Set<String> rewritten() throws IOException {
        return oracle.rewritten();
    }

    void assertFull(String reason, String file, UnaryOperator<String> change) throws IOException {
        Path f = dir.resolve(file);
        String text = Files.readString(f);
        Files.writeString(f, change.apply(text));
        oracle.age();
        IncrementalBuild.Result r = new IncrementalBuild(oracle.snapshot).pages(Set.of(file));
        assertEquals(IncrementalBuild.Status.FULL_BUILD_NEEDED, r.status(), file);
        assertEquals(reason, r.fullBuildReason(), file);
        Files.writeString(f, text);
    }
}
