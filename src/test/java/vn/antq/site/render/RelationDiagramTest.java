package vn.antq.site.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.antq.site.content.Problems;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.model.Site;
import vn.antq.site.references.Citation;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.references.ReferenceScanner;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.site.model.TestDocuments.document;
import static vn.antq.site.model.TestDocuments.site;

/** The diagram page's SVG: a box per document, arrows for what its legend explains, the same bytes every time. */
class RelationDiagramTest {
    static final String CT06 = "06/CT-BCA-V05", TT124 = "124/2021/TT-BCA", KH1 = "01/KH-BCA";

    static String svg(Site site, Map<String, Rendered> bodies) {
        CrossReferences x = CrossReferences.build(site, bodies, new Problems(new vn.antq.site.content.Messages()));
        return RelationDiagram.svg(site, x, key -> key, "so-do/index.html");
    }

    static Rendered citing(String number) {
        return new Rendered("<p>…</p>", List.of(), List.of(new Citation(ReferenceScanner.key(number), number, null, "", "")), List.of());
    }

    /** The SVG parsed as XML: it must be well formed, whatever the documents' titles hold. */
    static org.w3c.dom.Document xml(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> byClass(org.w3c.dom.Document d, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = d.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) out.add(e);
        }
        return out;
    }

    static List<String> links(org.w3c.dom.Document d) {
        List<String> out = new ArrayList<>();
        NodeList a = d.getElementsByTagName("a");
        for (int i = 0; i < a.getLength(); i++) out.add(((Element) a.item(i)).getAttribute("href"));
        return out;
    }

    static Site smallSite() {
        return site(document("chi-thi", CT06).build(),
                document("thong-tu", TT124).implementing(CT06).build(),
                document("ke-hoach", KH1).replacing("05/CT-BCA").amending(TT124).guiding(TT124).basedOn(CT06).build());
    }

    @Test
    void aBoxPerDocumentAndArrowsForImplementsReplacesAndCitations() throws Exception {
        Site site = smallSite();
        Document tt124 = site.documentsByNumber().get(ReferenceScanner.key(TT124));
        Document kh1 = site.documentsByNumber().get(ReferenceScanner.key(KH1));
        // the Thông tư cites what it implements (one arrow, not two); the plan cites the Chỉ thị it rests on
        org.w3c.dom.Document d = xml(svg(site, Map.of(tt124.sourcePath(), citing(CT06), kh1.sourcePath(), citing(CT06))));

        assertEquals(3, byClass(d, "g", "node").size() - byClass(d, "g", "node-external").size());
        assertEquals(1, byClass(d, "g", "node-external").size(), "05/CT-BCA has no page but is replaced: a box without a link");
        assertEquals(List.of("../van-ban/chi-thi-06-ct-bca-v05/index.html", "../van-ban/ke-hoach-01-kh-bca/index.html",
                "../van-ban/thong-tu-124-2021-tt-bca/index.html"), links(d).stream().sorted().toList());
        assertEquals(1, byClass(d, "path", "edge-implements").size());
        assertEquals(1, byClass(d, "path", "edge-replaces").size());
        assertEquals(1, byClass(d, "path", "edge-cites").size());
        assertEquals(3, byClass(d, "path", "edge").size(), "amends, guides and basis are only in the table");
    }

    @Test
    void theSameSiteGivesTheSameBytes() {
        assertEquals(svg(smallSite(), Map.of()), svg(smallSite(), Map.of()));
    }

    @Test
    void textIsEscaped() throws Exception {
        Site site = site(document("chi-thi", CT06).title("Về \"an ninh\" <script>alert(1)</script> & trật tự").issuer("Bộ A & B <C>").build());
        String svg = svg(site, Map.of());
        assertFalse(svg.contains("<script"), svg);
        assertTrue(svg.contains("Về &quot;an ninh&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; trật tự"), svg);
        assertTrue(svg.contains("Bộ A &amp; B &lt;C&gt;"), svg);
        assertEquals(1, byClass(xml(svg), "g", "node").size());
    }

    @Test
    void aLargeSiteDrawsTheMostConnectedDocumentsOnly() throws Exception {
        List<Document> docs = new ArrayList<>();
        docs.add(document("chi-thi", CT06).date(2020, 1, 1).build());
        // the newest documents, listed first, are the unconnected ones: the cap must not just take the first
        for (int i = 0; i < RelationDiagram.MAX_DOCUMENTS; i++) docs.add(document("ke-hoach", (100 + i) + "/KH-X").date(2025, 1, 1).build());
        for (int i = 0; i < 10; i++) docs.add(document("ke-hoach", i + "/KH-Y").date(2021, 1, 1).implementing(CT06).build());
        Site site = site(docs.toArray(new Document[0]));
        org.w3c.dom.Document d = xml(svg(site, Map.of()));

        assertEquals(RelationDiagram.MAX_DOCUMENTS, byClass(d, "g", "node").size());
        List<String> links = links(d);
        assertTrue(links.contains("../van-ban/chi-thi-06-ct-bca-v05/index.html"), "the most cited is drawn");
        for (int i = 0; i < 10; i++) assertTrue(links.contains("../van-ban/ke-hoach-" + i + "-kh-y/index.html"), "implementer " + i);
        assertEquals(10, byClass(d, "path", "edge-implements").size());
    }
}
