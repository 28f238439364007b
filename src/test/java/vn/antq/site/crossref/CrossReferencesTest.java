package vn.antq.site.crossref;

import vn.antq.site.references.Citation;
import vn.antq.site.references.ReferenceScanner;

import org.junit.jupiter.api.Test;
import vn.antq.site.content.Problem;
import vn.antq.site.content.Problems;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.model.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.site.model.TestDocuments.document;
import static vn.antq.site.model.TestDocuments.site;

/** Who cites whom and the front-matter relations, each seen from both ends; replaces cycles refused. */
class CrossReferencesTest {
    static final String CT06 = "06/CT-BCA-V05", TT124 = "124/2021/TT-BCA", KH1 = "01/KH-BCA";

    /** A body citing these numbers, each {@code {number, sectionId}}. */
    static Rendered citing(String[]... numberAndSection) {
        List<Citation> citations = new ArrayList<>();
        for (String[] c : numberAndSection) {
            citations.add(new Citation(ReferenceScanner.key(c[0]), c[0], null, c[1], c[1].isEmpty() ? "" : "Mục " + c[1]));
        }
        return new Rendered("<p>…</p>", List.of(), citations, List.of());
    }

    static String[] at(String number, String section) {
        return new String[] {number, section};
    }

    static List<String> numbers(List<CrossReferences.Place> places) {
        return places.stream().map(p -> p.from().number() + "#" + p.sectionId()).toList();
    }

    @Test
    void citesAndCitedByAreTheSamePlacesSeenFromBothEnds() {
        Document ct06 = document("chi-thi", CT06).build();
        Document tt124 = document("thong-tu", TT124).build();
        Document kh1 = document("ke-hoach", KH1).build();
        Site site = site(ct06, tt124, kh1);
        Map<String, Rendered> bodies = new HashMap<>();
        bodies.put(kh1.sourcePath(), citing(at(CT06, "i"), at("99/2099/NĐ-CP", "i"), at(CT06, "i"), at(CT06, "ii"), at(KH1, "ii")));
        bodies.put(tt124.sourcePath(), citing(at(CT06, "")));
        bodies.put(ct06.sourcePath(), citing());
        Problems problems = new Problems(new vn.antq.site.content.Messages());
        CrossReferences x = CrossReferences.build(site, bodies, problems);

        assertEquals(List.of(), problems.sorted());
        List<CrossReferences.Citing> cites = x.citesOf(kh1);
        assertEquals(List.of(CT06, "99/2099/NĐ-CP"), cites.stream().map(c -> c.cited().number()).toList(),
                "in order of first citation, its own number left out");
        assertEquals(List.of(KH1 + "#i", KH1 + "#ii"), numbers(cites.get(0).places()), "one place per section");
        assertSame(ct06, cites.get(0).cited().page());
        assertNull(cites.get(1).cited().page(), "a number without a page is still in the register");

        assertEquals(List.of(KH1 + "#i", KH1 + "#ii", TT124 + "#"), numbers(x.citedBy(ct06)).stream().sorted().toList());
        assertEquals(2, x.cited(ReferenceScanner.key(CT06)).citingCount(), "two documents, however many places");
        assertEquals(List.of(), x.citedBy(kh1), "citing itself does not count");
        assertEquals(List.of(), x.citesOf(ct06));
        assertEquals(List.of(ReferenceScanner.key(CT06), ReferenceScanner.key("99/2099/NĐ-CP")),
                x.cited().stream().map(CrossReferences.Cited::key).sorted().toList());
    }

    @Test
    void everyRelationIsSeenFromBothDocuments() {
        Document ct06 = document("chi-thi", CT06).build();
        Document tt124 = document("thong-tu", TT124).implementing(CT06).basedOn(CT06).build();
        Document kh1 = document("ke-hoach", KH1).replacing(CT06).amending(TT124).guiding(TT124).build();
        Problems problems = new Problems(new vn.antq.site.content.Messages());
        CrossReferences x = CrossReferences.build(site(ct06, tt124, kh1), Map.of(), problems);

        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of("implements " + CT06, "basis " + CT06), kinds(x.outgoing(tt124)));
        assertEquals(List.of("replaces " + CT06, "amends " + TT124, "guides " + TT124), kinds(x.outgoing(kh1)));
        assertEquals(Set.of("implements " + TT124, "basis " + TT124, "replaces " + KH1),
                x.incoming(ct06).stream().map(r -> r.kind() + " " + r.from().number()).collect(Collectors.toSet()));
        assertTrue(x.incoming(ct06).stream().allMatch(r -> r.target() == ct06));
        assertEquals(List.of("amends " + KH1, "guides " + KH1), x.incoming(tt124).stream().map(r -> r.kind() + " " + r.from().number()).toList());
        assertEquals(List.of(), x.outgoing(ct06));
        assertEquals(5, x.relations().size());
    }

    static List<String> kinds(List<CrossReferences.Relation> relations) {
        return relations.stream().map(r -> r.kind() + " " + r.number()).toList();
    }

    @Test
    void aRelationToANumberWithoutAPageKeepsTheNumber() {
        Document kh1 = document("ke-hoach", KH1).replacing("05/CT-BCA").implementing("01/2020/QĐ-TTg").build();
        Problems problems = new Problems(new vn.antq.site.content.Messages());
        CrossReferences x = CrossReferences.build(site(kh1), Map.of(), problems);
        assertEquals(List.of(), problems.sorted(), "not an error: many cited texts have no page here");
        for (CrossReferences.Relation r : x.outgoing(kh1)) {
            assertNull(r.target(), r.toString());
            assertEquals(ReferenceScanner.key(r.number()), r.key());
        }
        assertEquals(Set.of("replaces 05/CT-BCA", "implements 01/2020/QĐ-TTg"), Set.copyOf(kinds(x.outgoing(kh1))));
        assertEquals(List.of(), x.incoming(kh1));
    }

    @Test
    void aReplacesCycleIsOneErrorAtItsFirstDocument() {
        // b replaces c replaces d replaces b; a replaces b only leads into the cycle
        Document a = document("ke-hoach", "01/KH-A").replacing("02/KH-B").build();
        Document b = document("ke-hoach", "02/KH-B").replacing("03/KH-C").build();
        Document c = document("ke-hoach", "03/KH-C").replacing("04/KH-D").build();
        Document d = document("ke-hoach", "04/KH-D").replacing("02/KH-B").build();
        Problems problems = new Problems(new vn.antq.site.content.Messages());
        CrossReferences.build(site(d, c, b, a), Map.of(), problems);
        List<Problem> errors = problems.sorted();
        assertEquals(1, errors.size(), errors.toString());
        Problem p = errors.get(0);
        assertEquals(b.sourcePath(), p.path(), "the cycle's first file");
        assertTrue(p.line() >= 1, "a line, so editors' tools can jump to it");
        assertTrue(p.message().endsWith("02/KH-B → 03/KH-C → 04/KH-D → 02/KH-B"), p.message());
    }

    @Test
    void aChainOfReplacementsIsNoCycleButReplacingItselfIsAnError() {
        Problems chain = new Problems(new vn.antq.site.content.Messages());
        CrossReferences.build(site(document("ke-hoach", "01/KH-A").replacing("02/KH-B").build(),
                document("ke-hoach", "02/KH-B").replacing("03/KH-C").build(), document("ke-hoach", "03/KH-C").build()), Map.of(), chain);
        assertEquals(List.of(), chain.sorted());

        Problems itself = new Problems(new vn.antq.site.content.Messages());
        Document a = document("ke-hoach", "01/KH-A").replacing("01/kh-a").build();
        CrossReferences x = CrossReferences.build(site(a), Map.of(), itself);
        assertEquals(1, itself.errorCount(), itself.sorted().toString());
        assertEquals(a.sourcePath(), itself.sorted().get(0).path());
        assertEquals(List.of(), x.outgoing(a), "the number is matched as a key, case and all");
    }
}
