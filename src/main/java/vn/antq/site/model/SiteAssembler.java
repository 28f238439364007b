package vn.antq.site.model;

import vn.antq.site.checklist.Checklist;
import vn.antq.site.content.Problems;
import vn.antq.site.text.Folding;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Assembles the site model from parsed content: output paths, duplicate checks, documents
 * ordered newest first, and the taxonomies.
 */
public final class SiteAssembler {
    /** Output folders the generator owns; a page may not take them. */
    public static final Set<String> RESERVED = Set.of("van-ban", "tu-kiem-tra", "tim-kiem", "thuat-ngu", "lich",
            "assets", "loai-van-ban", "co-quan-ban-hanh", "doi-tuong", "chu-de", "nam", "tham-chieu", "so-do");

    private final Function<String, String> labels;
    private final Problems problems;
    private final Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** @param labels Vietnamese label of a message key such as "type.chi-thi" */
    public SiteAssembler(Function<String, String> labels, Problems problems) {
        this.labels = labels;
        this.problems = problems;
    }

    public Site assemble(SiteConfig config, List<Document> parsedDocuments, List<Page> parsedPages,
                         List<Checklist> parsedChecklists) {
        List<Document> documents = new ArrayList<>();
        Map<String, Document> bySlug = new HashMap<>();
        Map<String, Document> byNumber = new HashMap<>();
        Map<String, String> outputBySource = new TreeMap<>();
        for (Document d : parsedDocuments) {
            if (d.meta().draft() && !config.drafts()) continue;
            Document sameSlug = bySlug.putIfAbsent(d.slug(), d);
            if (sameSlug != null) {
                problems.error(d.sourcePath(), 1, 0, "document.duplicateSlug", d.slug(), sameSlug.sourcePath());
                continue;
            }
            if (d.numberKey() != null) {
                Document sameNumber = byNumber.putIfAbsent(d.numberKey(), d);
                if (sameNumber != null) {
                    problems.error(d.sourcePath(), 1, 0, "document.duplicateNumber", d.number(), sameNumber.sourcePath());
                    continue;
                }
            }
            documents.add(d);
            outputBySource.put(d.sourcePath(), d.outputPath());
        }
        documents.sort(NEWEST_FIRST);

        List<Page> pages = new ArrayList<>();
        Page home = null;
        Map<String, Page> byOutput = new HashMap<>();
        for (Page p : parsedPages) {
            if (p.meta().draft() && !config.drafts()) continue;
            if (p.outputPath().equals(Routes.HOME)) {
                home = p;
                outputBySource.put(p.sourcePath(), p.outputPath());
                continue;
            }
            String top = p.outputPath().substring(0, p.outputPath().indexOf('/'));
            Page same = byOutput.putIfAbsent(p.outputPath(), p);
            if (same != null || RESERVED.contains(top)) {
                problems.error(p.sourcePath(), 1, 0, "page.duplicatePath", p.outputPath(),
                        same != null ? same.sourcePath() : "(trang của hệ thống)");
                continue;
            }
            pages.add(p);
            outputBySource.put(p.sourcePath(), p.outputPath());
        }
        pages.sort(Comparator.comparing(Page::outputPath));

        List<Taxonomy> taxonomies = List.of(
                taxonomy("loai-van-ban", documents, d -> List.of(d.meta().type()), k -> labels.apply("type." + k), false),
                taxonomy("co-quan-ban-hanh", documents, d -> List.of(d.meta().issuer()), k -> k, false),
                taxonomy("doi-tuong", documents, d -> d.meta().audience(), k -> labels.apply("audience." + k), false),
                taxonomy("chu-de", documents, d -> d.meta().topics(), k -> k, false),
                taxonomy("nam", documents, d -> List.of(String.valueOf(d.meta().date().year())), k -> k, true));
        List<Checklist> checklists = new ArrayList<>();
        for (Checklist c : parsedChecklists) {
            if (c.id().equals(Routes.SUPERVISOR_ID)) {
                problems.error(c.sourcePath(), 1, 0, "checklist.reservedId", c.id());
                continue;
            }
            checklists.add(c);
            outputBySource.put(c.sourcePath(), Routes.checklist(c.id()));
        }
        return new Site(config, List.copyOf(documents), List.copyOf(pages), home, taxonomies,
                Map.copyOf(byNumber), Map.copyOf(outputBySource), List.copyOf(checklists));
    }

    /** Newest first; ties by number so the order is stable. */
    public static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document d) -> d.meta().date()).reversed()
            .thenComparing(Document::slug);


    private Taxonomy taxonomy(String key, List<Document> documents, Function<Document, List<String>> values,
                              Function<String, String> label, boolean descending) {
        Map<String, List<Document>> byValue = new LinkedHashMap<>();
        for (Document d : documents) {
            for (String v : values.apply(d)) {
                if (v == null || v.isBlank()) continue;
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(d);
            }
        }
        List<Term> terms = new ArrayList<>();
        Map<String, String> slugOwner = new HashMap<>();
        for (Map.Entry<String, List<Document>> e : byValue.entrySet()) {
            String slug = Routes.term(key, e.getKey());
            // two spellings that fold alike ("Bộ Công an", "Bộ công an") share one page
            String owner = slugOwner.putIfAbsent(slug, e.getKey());
            if (owner != null) {
                Term t = terms.stream().filter(x -> x.key().equals(owner)).findFirst().orElseThrow();
                List<Document> merged = new ArrayList<>(t.documents());
                merged.addAll(e.getValue());
                merged.sort(NEWEST_FIRST);
                terms.set(terms.indexOf(t), new Term(t.key(), t.label(), t.outputPath(), List.copyOf(merged)));
                continue;
            }
            terms.add(new Term(e.getKey(), label.apply(e.getKey()), Routes.term(key, e.getKey()), List.copyOf(e.getValue())));
        }
        Comparator<Term> order = descending
                ? Comparator.comparing(Term::key).reversed()
                : Comparator.comparing(Term::label, collator).thenComparing(Term::key);
        terms.sort(order);
        return new Taxonomy(key, Routes.taxonomy(key), List.copyOf(terms));
    }

}
