package vn.antq.site.checklist;

import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problems;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;

/** Checklist definitions parsed in memory, as the build parses {@code content/tu-kiem-tra/thu.md}. */
final class TestChecklists {
    static final String PATH = "content/tu-kiem-tra/thu.md";

    /** The front matter of ChecklistValidationTest's pass-fail checklist, lines 1 to 14; the body starts on line {@link #BODY_LINE}. */
    static final String PASS_FAIL = ChecklistValidationTest.checklist(ChecklistValidationTest.PASS_FAIL, "");
    static final int BODY_LINE = 15;

    private TestChecklists() {}

    /** The checklist of a pass-fail definition with this body, or null (problems reported). */
    static Checklist parse(String body, Problems problems) {
        FrontMatter fm = FrontMatter.parse(new SourceFile(PATH, null, PASS_FAIL + body), new Yaml(), problems);
        return new ChecklistParser(problems).parse(fm);
    }
}
