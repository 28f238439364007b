package vn.antq.site.model;

import vn.antq.site.content.DocDate;
import vn.antq.site.content.Deadline;
import vn.antq.site.content.DocumentMeta;
import vn.antq.site.content.Problems;
import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents and sites built in memory, for unit tests of what runs on the site model (no files,
 * no command line): {@code document("chi-thi", "06/CT-BCA-V05").replacing("05/CT-BCA").build()}.
 */
public final class TestDocuments {
    private final String type;
    private final String number;
    private String title;
    private String issuer = "Bộ Công an";
    private DocDate date = new DocDate(2025, 5, 7);
    private String slug;
    private List<String> blank = List.of();
    /** Relation kind → numbers, every kind as Schema gives them. */
    private final Map<String, List<String>> relations = new LinkedHashMap<>();
    private final List<Deadline> deadlines = new ArrayList<>();

    private TestDocuments(String type, String number) {
        this.type = type;
        this.number = number;
        this.title = "Văn bản " + number;
        for (String kind : List.of("implements", "replaces", "amends", "amended-by", "guides", "basis")) {
            relations.put(kind, new ArrayList<>());
        }
    }

    public static TestDocuments document(String type, String number) {
        return new TestDocuments(type, number);
    }

    public TestDocuments title(String title) { this.title = title; return this; }
    public TestDocuments issuer(String issuer) { this.issuer = issuer; return this; }
    public TestDocuments date(int year, int month, int day) { this.date = new DocDate(year, month, day); return this; }
    public TestDocuments implementing(String... numbers) { relations.get("implements").addAll(List.of(numbers)); return this; }
    public TestDocuments replacing(String... numbers) { relations.get("replaces").addAll(List.of(numbers)); return this; }
    public TestDocuments amending(String... numbers) { relations.get("amends").addAll(List.of(numbers)); return this; }
    public TestDocuments guiding(String... numbers) { relations.get("guides").addAll(List.of(numbers)); return this; }
    public TestDocuments basedOn(String... numbers) { relations.get("basis").addAll(List.of(numbers)); return this; }
    public TestDocuments deadline(Deadline d) { deadlines.add(d); return this; }

    /** A number left blank in the original ("/KH-UBND"): the editor gives the slug. */
    public TestDocuments blankNumber(String slug) {
        this.slug = slug;
        this.blank = List.of("number");
        return this;
    }

    public Document build() {
        // the slug as Schema makes it, so output paths and number keys are the real ones
        String s = slug != null ? slug : type + "-" + Folding.slug(number);
        DocumentMeta meta = new DocumentMeta(title, type, number, s, issuer, null, date, blank, null, null, "chua-ro",
                null, null, List.of(), List.of(), null, relations(), null, List.copyOf(deadlines), false, null, false);
        return new Document(meta, "content/van-ban/" + s + ".md", "Nội dung.\n", 8, Routes.document(s));
    }

    private Map<String, List<String>> relations() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        relations.forEach((kind, numbers) -> copy.put(kind, List.copyOf(numbers)));
        return copy;
    }

    /** The site of these documents, assembled as a build assembles it (newest first, numbers indexed). */
    public static Site site(Document... documents) {
        Problems problems = new Problems(new vn.antq.site.content.Messages());
        Site site = new SiteAssembler(key -> key, problems)
                .assemble(new SiteConfig("Trang thử", "Mô tả", List.of("default"), null, false), List.of(documents), List.of(), List.of());
        if (problems.hasErrors()) throw new IllegalArgumentException(problems.sorted().toString());
        return site;
    }
}
