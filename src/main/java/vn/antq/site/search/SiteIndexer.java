package vn.antq.site.search;

import vn.antq.site.model.Routes;
import vn.antq.site.checklist.Checklist;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.markdown.SectionText;
import vn.antq.site.model.Document;
import vn.antq.site.model.Glossary;
import vn.antq.site.model.GlossaryEntry;
import vn.antq.site.model.Page;
import vn.antq.site.model.Site;
import vn.antq.site.model.SiteAssembler;

import vn.antq.site.parts.SiteParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What gets indexed: every document (title, number, issuer, topics, sections), plain pages,
 * checklists (their items) and the glossary (one section per term), in that order — the
 * order is also the tie-break of equal scores.
 */
public final class SiteIndexer {
    /** Readers mostly look for documents: other pages rank a little lower at equal relevance. */
    static final double CHECKLIST_PRIOR = 0.8, PAGE_PRIOR = 0.7;

    private SiteIndexer() {}

    /** @param label Vietnamese label of a message key */
    /** @param parts the long pages' parts: their sections' anchors name the part */
    public static List<SearchDocument> documents(Site site, Map<String, Rendered> bodies, SiteParts parts, Glossary glossary,
                                                 Function<String, String> label) {
        List<SearchDocument> out = new ArrayList<>();
        for (Document d : site.documents()) {
            var m = d.meta();
            String typeLabel = label.apply("type." + m.type());
            String meta = String.join(" ", typeLabel, m.number(), m.issuer(), String.join(" ", m.topics()));
            List<SectionText> body = parts.searchSections(d.outputPath(), bodies.get(d.sourcePath()).sections());
            // a view, not a copy: a body's sections may be on disk until the index reads them
            List<SectionText> sections = m.summary() == null ? body : withFirst(new SectionText("", "", m.summary()), body);
            out.add(new SearchDocument(d.outputPath(), d.title(), typeLabel + " " + m.number(), meta, m.type(), m.issuer(),
                    m.audience(), m.date().year(), m.issuer() + " · " + m.date().display(), sections, 1.0));
        }
        for (Page p : site.pages()) {
            out.add(new SearchDocument(p.outputPath(), p.title(), label.apply("search.kind.page"),
                    p.meta().description() == null ? "" : p.meta().description(), null, null, List.of(), 0, "",
                    parts.searchSections(p.outputPath(), bodies.get(p.sourcePath()).sections()), PAGE_PRIOR));
        }
        for (Checklist c : site.checklists()) {
            List<SectionText> sections = new ArrayList<>();
            sections.add(new SectionText("", "", c.intro()));
            for (Checklist.Section s : c.sections()) {
                StringBuilder sb = new StringBuilder();
                for (Checklist.Item i : s.items()) sb.append(i.text()).append('\n').append(i.help()).append('\n');
                sections.add(new SectionText(s.id(), s.title(), sb.toString().strip()));
            }
            out.add(new SearchDocument(Routes.checklist(c.id()), c.title(), label.apply("search.kind.checklist"),
                    c.summary() == null ? "" : c.summary(), null, null, c.audience(), 0, "", sections, CHECKLIST_PRIOR));
        }
        if (!glossary.entries().isEmpty()) {
            List<SectionText> sections = new ArrayList<>();
            for (GlossaryEntry e : glossary.entries()) {
                String text = (e.expansion() == null ? "" : e.expansion()) + "\n" + (e.definition() == null ? "" : e.definition());
                sections.add(new SectionText(e.id(), e.term(), text.strip()));
            }
            out.add(new SearchDocument(Routes.GLOSSARY, label.apply("glossary.title"), label.apply("search.kind.page"),
                    "", null, null, List.of(), 0, "", sections, PAGE_PRIOR));
        }
        return out;
    }

    private static List<SectionText> withFirst(SectionText first, List<SectionText> rest) {
        final class Prepended extends java.util.AbstractList<SectionText> implements java.util.RandomAccess {
            @Override public SectionText get(int i) { return i == 0 ? first : rest.get(i - 1); }
            @Override public int size() { return rest.size() + 1; }
        }
        return new Prepended();
    }
}
