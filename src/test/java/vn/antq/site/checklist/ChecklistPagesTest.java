package vn.antq.site.checklist;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checklist pages as HTML: real forms with the DOM hooks of the contract, readable without JavaScript. */
class ChecklistPagesTest {
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSite.builtProject();
    }

    static List<String> ids() throws IOException {
        try (Stream<Path> s = Files.list(TestSite.PROJECT.resolve("content/tu-kiem-tra"))) {
            return s.map(p -> p.getFileName().toString().replace(".md", "")).sorted().toList();
        }
    }

    @Test
    void sevenChecklistsBuildFromMarkdown() throws IOException {
        List<String> ids = ids();
        assertEquals(7, ids.size(), ids.toString());
        Document list = Jsoup.parse(site.resolve("tu-kiem-tra/index.html").toFile(), "UTF-8");
        for (String id : ids) {
            assertNotNull(list.selectFirst("a[href='../tu-kiem-tra/" + id + "/index.html']"), id);
        }
    }

    @Test
    void everyPageIsAFormWithTheContractHooks() throws IOException {
        for (String id : ids()) {
            Document d = Jsoup.parse(site.resolve("tu-kiem-tra/" + id + "/index.html").toFile(), "UTF-8");
            Element form = d.selectFirst("form[data-checklist=" + id + "]");
            assertNotNull(form, id);
            assertNotNull(d.selectFirst("[data-checklist-result]"), id);
            assertNotNull(d.selectFirst("[data-checklist-progress]"), id);
            assertNotNull(form.selectFirst("input[name=don_vi]"), id + ": the unit's name");
            assertEquals("alert", d.selectFirst("[data-checklist-errors]").attr("role"), id);
            assertNotNull(d.selectFirst("[data-checklist-failed]"), id);
            assertNotNull(d.selectFirst("[data-action=keep-shared]"), id);
            assertNotNull(d.selectFirst("[data-action=keep-mine]"), id);
            // the details (failed, missing) come after the last question, for reading and tab order
            Element details = d.selectFirst("#ket-qua");
            assertTrue(details.elementSiblingIndex() > form.select("section.checklist-section").last().elementSiblingIndex(), id);
            assertNotNull(details.selectFirst("[data-checklist-failed]"), id);
            assertNotNull(details.selectFirst("[data-missing]"), id);
            for (String action : List.of("export-json", "export-csv", "print", "reset", "share")) {
                assertNotNull(d.selectFirst("button[data-action=" + action + "]"), id + " " + action);
            }
            assertFalse(form.select("[data-item]").isEmpty());
            for (Element item : form.select("fieldset[data-item]")) {
                String itemId = item.attr("data-item");
                assertNotNull(item.selectFirst("legend"), itemId);
                if (item.hasClass("item-yes-no") || item.hasClass("item-not-happened")) {
                    assertNotNull(item.selectFirst("input[type=radio][name=" + itemId + "][value=yes]"), itemId);
                    assertNotNull(item.selectFirst("input[type=radio][name=" + itemId + "][value=no]"), itemId);
                } else if (item.hasClass("item-number")) {
                    assertNotNull(item.selectFirst("input[type=number][name=" + itemId + "]"), itemId);
                    assertNotNull(item.selectFirst("#error-" + itemId + "[data-item-error]"), itemId + ": a place for its message");
                }
                // no box is ticked in advance
                assertTrue(item.select("input[checked]").isEmpty(), itemId);
            }
            assertNotNull(d.selectFirst("noscript"), "readable without JavaScript: " + id);
            assertTrue(d.select("script[src*=assets/checklists/" + id + ".]").size() == 1, id);
        }
    }

    @Test
    void notApplicableIsOfferedWhereAllowed() throws IOException {
        Document d = Jsoup.parse(site.resolve("tu-kiem-tra/an-toan-antt-co-quan/index.html").toFile(), "UTF-8");
        assertFalse(d.select("input[type=radio][value=na]").isEmpty());
        Document scored = Jsoup.parse(site.resolve("tu-kiem-tra/phan-loai-phong-trao/index.html").toFile(), "UTF-8");
        assertNotNull(scored.selectFirst("[data-checklist-score]"));
        assertTrue(scored.selectFirst(".notice").text().contains("chưa đầy đủ"), "a visible notice that the scale is partial");
    }
}
