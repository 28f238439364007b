package vn.antq.site.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus: after a good build, each broken input makes the build exit 1 with a
 * PATH:LINE message, no stack trace, and the last good site/ left byte for byte.
 */
class RobustnessTest {
    static final String DOC = "content/van-ban/x.md";
    static final String HEAD = "---\ntitle: \"A\"\ntype: chi-thi\nnumber: \"1/CT-X\"\nissuer: \"B\"\ndate: 2024-01-02\n";

    static final String CHECKLIST_HEAD = "---\nid: thu\ntitle: \"Thử\"\nversion: 1\nresult:\n  type: pass-fail\n  outcomes:\n"
            + "    - id: dat\n      label: \"Đạt\"\n      when: \"all_met()\"\n---\n## Nhóm {#nhom}\n\n";

    static Stream<Arguments> corpus() {
        byte[] nul = (HEAD + "---\nvăn bản\u0000 có byte NUL\n").getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        byte[] latin1 = (HEAD + "---\nChữ \u00e0\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (HEAD + "isuer: x\n---\n").getBytes(StandardCharsets.UTF_8));
        String deep = "[".repeat(60) + "]".repeat(60);
        return Stream.of(
                Arguments.of("empty file", DOC, "".getBytes(StandardCharsets.UTF_8), DOC + ":1"),
                Arguments.of("blank file", DOC, "  \n\n".getBytes(StandardCharsets.UTF_8), DOC + ":1"),
                Arguments.of("binary file", DOC, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, DOC + ":1"),
                Arguments.of("NUL byte", DOC, nul, DOC + ":8"),
                Arguments.of("not UTF-8", DOC, latin1, DOC + ":8"),
                Arguments.of("huge file", DOC, huge, DOC),
                Arguments.of("BOM, then an unknown field", DOC, bom, DOC + ":7"),
                Arguments.of("CRLF, then an unknown field", DOC, (HEAD + "nam: 2024\n---\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), DOC + ":7"),
                Arguments.of("tab in YAML", DOC, (HEAD + "\tstatus: x\n---\n").getBytes(StandardCharsets.UTF_8), DOC + ":7"),
                Arguments.of("unclosed quote", DOC, "---\ntitle: \"A\nb: c\n---\n".getBytes(StandardCharsets.UTF_8), DOC),
                Arguments.of("no front matter", DOC, "# A\n".getBytes(StandardCharsets.UTF_8), DOC + ":1"),
                Arguments.of("unclosed front matter", DOC, (HEAD + "\nText\n").getBytes(StandardCharsets.UTF_8), DOC + ":1"),
                Arguments.of("front matter is a list", DOC, "---\n- a\n- b\n---\n".getBytes(StandardCharsets.UTF_8), DOC + ":2"),
                Arguments.of("deep nesting", DOC, (HEAD.replace("title: \"A\"", "title: " + deep) + "---\n").getBytes(StandardCharsets.UTF_8), DOC + ":2"),
                Arguments.of("unknown field", DOC, (HEAD + "so_hieu: x\n---\n").getBytes(StandardCharsets.UTF_8), DOC + ":7"),
                Arguments.of("duplicate key", DOC, (HEAD + "title: \"B\"\n---\n").getBytes(StandardCharsets.UTF_8), DOC + ":7"),
                Arguments.of("missing title", DOC, HEAD.replace("title: \"A\"\n", "").concat("---\n").getBytes(StandardCharsets.UTF_8), DOC + ":1"),
                Arguments.of("unknown type", DOC, (HEAD.replace("chi-thi", "chithi") + "---\n").getBytes(StandardCharsets.UTF_8), DOC + ":3"),
                Arguments.of("unknown audience", DOC, (HEAD + "audience: [nha-may]\n---\n").getBytes(StandardCharsets.UTF_8), DOC + ":7"),
                Arguments.of("date 31/02", DOC, (HEAD.replace("2024-01-02", "31/02/2024") + "---\n").getBytes(StandardCharsets.UTF_8), DOC + ":6"),
                Arguments.of("date 2025-02-31", DOC, (HEAD.replace("2024-01-02", "2025-02-31") + "---\n").getBytes(StandardCharsets.UTF_8), DOC + ":6"),
                Arguments.of("bad slug", DOC, (HEAD + "slug: \"Chỉ thị 1\"\n---\n").getBytes(StandardCharsets.UTF_8), DOC + ":7"),
                Arguments.of("blank number without slug", DOC, (HEAD.replace("1/CT-X", "/CT-X") + "blank: [number]\n---\n").getBytes(StandardCharsets.UTF_8), DOC + ":4"),
                Arguments.of("duplicate number", "content/van-ban/y.md", (HEAD.replace("1/CT-X", "06/CT-BCA-V05") + "---\n").getBytes(StandardCharsets.UTF_8), "content/van-ban/y.md"),
                Arguments.of("replaces itself", DOC, (HEAD + "replaces: [\"1/CT-X\"]\n---\n").getBytes(StandardCharsets.UTF_8), DOC),
                Arguments.of("deadline without what", DOC, (HEAD + "deadlines:\n  - yearly: \"19/08\"\n    kind: ngay-hoi\n---\n").getBytes(StandardCharsets.UTF_8), DOC + ":8"),
                Arguments.of("monthly deadline 32", DOC, (HEAD + "deadlines:\n  - monthly: 32\n    what: x\n    kind: han-bao-cao\n---\n").getBytes(StandardCharsets.UTF_8), DOC + ":8"),
                Arguments.of("deadline on a missing section", DOC, (HEAD + "deadlines:\n  - yearly: \"19/08\"\n    what: x\n    kind: ngay-hoi\n    section: \"IX. KHÔNG CÓ\"\n---\n## I. A\n").getBytes(StandardCharsets.UTF_8), DOC + ":8"),
                Arguments.of("link to a missing file", "content/trang.md", "---\ntitle: \"T\"\n---\n[x](khong-co.md)\n".getBytes(StandardCharsets.UTF_8), "content/trang.md:4"),
                Arguments.of("unknown template", "content/trang.md", "---\ntitle: \"T\"\ntemplate: khong-co\n---\n".getBytes(StandardCharsets.UTF_8), "content/trang.md:3"),
                Arguments.of("glossary not a list", "content/_data/glossary.yaml", "term: x\n".getBytes(StandardCharsets.UTF_8), "content/_data/glossary.yaml:1"),
                Arguments.of("site settings malformed", "content/_data/site.yaml", "title: [\n".getBytes(StandardCharsets.UTF_8), "content/_data/site.yaml"),
                Arguments.of("checklist divides by zero", "content/tu-kiem-tra/thu.md", (CHECKLIST_HEAD + "- [ ] Số {#so kind=number}\n- [ ] Tỷ lệ {#ty_le kind=computed rule=\"so / 0 > 1\"}\n").getBytes(StandardCharsets.UTF_8), "content/tu-kiem-tra/thu.md:15"),
                Arguments.of("checklist duplicate ids", "content/tu-kiem-tra/thu.md", (CHECKLIST_HEAD + "- [ ] A {#a}\n- [ ] B {#a}\n").getBytes(StandardCharsets.UTF_8), "content/tu-kiem-tra/thu.md:15"),
                Arguments.of("checklist unknown id", "content/tu-kiem-tra/thu.md", (CHECKLIST_HEAD + "- [ ] A {#a when=\"b\"}\n").getBytes(StandardCharsets.UTF_8), "content/tu-kiem-tra/thu.md:14"),
                Arguments.of("checklist bad expression", "content/tu-kiem-tra/thu.md", (CHECKLIST_HEAD + "- [ ] A {#a kind=number}\n- [ ] B {#b when=\"a >= >= 1\"}\n").getBytes(StandardCharsets.UTF_8), "content/tu-kiem-tra/thu.md:15"));
    }

    /**
     * flexmark walks its tree recursively: nesting hundreds deep may exhaust the stack, or not
     * (how deep it can go depends on the thread and on what the JIT has compiled). Either way
     * the build ends cleanly: the page is built, or the file is named at the line where the
     * nesting gets deep, with no stack trace, and the last good site is kept.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("deep")
    void deepNestingBuildsOrFailsCleanly(String name, String markdown, int line, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        TestSite site = TestSite.create(dir);
        assertEquals(0, site.build().exit());
        Map<String, byte[]> before = TestSite.tree(site.site());
        site.file("content/trang.md", "---\ntitle: \"T\"\n---\n" + markdown);
        TestSite.Run run = site.build();
        assertFalse(run.err().contains("Exception") || run.err().contains("Error") || run.err().contains("\tat "), name + ":\n" + run.err());
        if (run.exit() == 0) {
            assertTrue(java.nio.file.Files.isRegularFile(site.site().resolve("trang/index.html")), name);
            return;
        }
        assertEquals(1, run.exit(), name + ":\n" + run.err());
        assertTrue(run.errorLines().stream().anyMatch(l -> l.startsWith("content/trang.md:" + line + ": ")), name + ":\n" + run.err());
        assertEquals(before.keySet(), TestSite.tree(site.site()).keySet(), name);
    }

    static Stream<Arguments> deep() {
        return Stream.of(Arguments.of("quote nested 5,000 deep", "> ".repeat(5_000) + "sâu\n", 4),
                Arguments.of("list nested 400 deep", deepList(400), 104));
    }

    private static String deepList(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("- mục ").append(i).append('\n');
        return sb.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputFailsCleanlyAndKeepsTheLastGoodSite(String name, String path, byte[] content, String location,
                                                     @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        TestSite site = TestSite.create(dir);
        assertEquals(0, site.build().exit());
        Map<String, byte[]> before = TestSite.tree(site.site());
        site.bytes(path, content);
        TestSite.Run run = site.build();
        assertEquals(1, run.exit(), name + ":\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), name + ":\n" + run.err());
        assertTrue(run.errorLines().stream().anyMatch(l -> l.startsWith(location + ":") || l.startsWith(location + ": ")),
                name + ": expected an error at " + location + " in:\n" + run.err());
        Map<String, byte[]> after = TestSite.tree(site.site());
        assertEquals(before.keySet(), after.keySet(), name);
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), name + ": " + k);
    }

}
