package vn.antq.site.render;

import vn.antq.site.checklist.Checklist;
import vn.antq.site.content.Problems;
import vn.antq.site.markdown.MarkdownRenderer;
import vn.antq.site.model.Document;
import vn.antq.site.model.Routes;
import vn.antq.site.model.Site;
import vn.antq.site.references.ReferenceScanner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models of the checklist pages: the list, one checklist's form, the supervisor's view. */
record ChecklistViews(Site site, Theme theme, Views views, MarkdownRenderer markdown, Problems problems) {

    /** What the home page and the list show of a checklist. */
    Map<String, Object> summary(Checklist c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("title", c.title());
        v.put("summary", c.summary() == null ? "" : c.summary());
        v.put("path", Routes.checklist(c.id()));
        // questions (what the form's progress counts), and how many of them only apply to some units
        v.put("items", c.questions().size());
        v.put("conditional", c.questions().stream().filter(i -> i.when() != null).count());
        return v;
    }

    /**
     * What the supervisor page shows of one checklist: its outcomes (pass/fail outcomes and score
     * bands alike), whether it is scored, its criteria as plain text in order, and the plan's targets.
     */
    Map<String, Object> supervisor(Checklist c, String path) {
        Map<String, Object> v = summary(c);
        v.put("version", c.version());
        v.put("scored", Checklist.SCORE.equals(c.type()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (Checklist.Outcome o : c.outcomes()) labels.put(o.id(), o.label());
        for (Checklist.Band b : c.bands()) labels.put(b.id(), b.label());
        v.put("outcomes", labels.entrySet().stream().map(e -> Map.of("id", e.getKey(), "label", e.getValue())).toList());
        // the checklist page reports any problem in these texts; this copy must not report it again
        Problems quiet = new Problems(problems.messages());
        List<Map<String, Object>> criteria = new ArrayList<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Checklist.Section s : c.sections()) {
            List<Map<String, Object>> inSection = new ArrayList<>();
            for (Checklist.Item i : s.items()) {
                if (!i.isCriterion()) continue;
                String html = markdown.renderFragment(c.sourcePath(), i.text(), i.line(), path, site.outputPathBySource()::get, quiet);
                inSection.add(Map.of("id", i.id(), "kind", i.kind(), "text", org.jsoup.Jsoup.parseBodyFragment(html).text()));
            }
            if (!inSection.isEmpty()) sections.add(Map.of("title", s.title() == null ? "" : s.title(), "criteria", inSection));
            criteria.addAll(inSection);
        }
        v.put("criteria", criteria);
        v.put("criteriaSections", sections);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Checklist.Target t : c.targets()) {
            Map<String, Object> tv = new LinkedHashMap<>();
            tv.put("label", t.label());
            tv.put("outcomes", String.join(" ", t.outcomes()));
            tv.put("outcomeLabels", String.join(theme.message("supervisor.or"),
                    t.outcomes().stream().map(o -> labels.getOrDefault(o, o)).toList()));
            tv.put("min", formatNumber(t.min()));
            tv.put("minLabel", percentVi(t.min()));
            tv.put("strict", t.strict());
            tv.put("source", t.source() == null ? "" : t.source());
            targets.add(tv);
        }
        v.put("targets", targets);
        return v;
    }

    /** Renders a Markdown fragment (item text, help) at a file line. */
    interface Fragments {
        String html(String markdown, int line);
    }

    /** The checklist form's model; {@code md} renders its Markdown fragments. */
    Map<String, Object> form(Checklist c, String pagePath, Fragments md) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("title", c.title());
        v.put("summary", c.summary() == null ? "" : c.summary());
        v.put("version", c.version());
        v.put("notice", c.notice() == null ? "" : c.notice());
        v.put("type", c.type());
        v.put("scored", Checklist.SCORE.equals(c.type()));
        v.put("total", c.total());
        v.put("intro", md.html(c.intro(), 1));
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (Checklist.Outcome o : c.outcomes()) outcomes.add(Map.of("id", o.id(), "label", o.label()));
        for (Checklist.Band b : c.bands()) {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("id", b.id());
            band.put("label", b.label());
            band.put("min", b.min() == null ? "" : formatNumber(b.min()));
            outcomes.add(band);
        }
        v.put("outcomes", outcomes);
        List<Map<String, Object>> basis = new ArrayList<>();
        for (String n : c.legalBasis()) {
            Document d = basisDocument(n);
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("number", d != null ? d.number() : n);
            b.put("typeLabel", d != null ? theme.message("type." + d.meta().type()) : views.typeOf(n));
            b.put("title", d != null ? d.title() : "");
            b.put("path", d != null ? d.outputPath() : null);
            basis.add(b);
        }
        v.put("legalBasis", basis);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Checklist.Section s : c.sections()) {
            Map<String, Object> sv = new LinkedHashMap<>();
            sv.put("id", s.id());
            sv.put("title", s.title());
            sv.put("intro", md.html(s.intro(), 1));
            List<Map<String, Object>> items = new ArrayList<>();
            for (Checklist.Item i : s.items()) {
                Map<String, Object> iv = new LinkedHashMap<>();
                iv.put("id", i.id());
                iv.put("kind", i.kind());
                iv.put("text", md.html(i.text(), i.line()));
                iv.put("help", md.html(i.help(), i.line()));
                iv.put("required", i.required());
                iv.put("points", i.points());
                iv.put("na", i.na());
                iv.put("basis", i.basis() == null ? "" : i.basis());
                iv.put("conditional", i.when() != null);
                iv.put("min", i.min() == null ? "" : formatNumber(i.min()));
                iv.put("max", i.max() == null ? "" : formatNumber(i.max()));
                iv.put("integer", i.integer());
                iv.put("message", i.message() == null ? "" : i.message());
                List<Map<String, Object>> options = new ArrayList<>();
                for (Checklist.Option o : i.options()) options.add(Map.of("id", o.id(), "label", o.label()));
                iv.put("options", options);
                items.add(iv);
            }
            sv.put("items", items);
            sections.add(sv);
        }
        v.put("sections", sections);
        return v;
    }

    /** The document a checklist's legal basis names: by number, or by slug when its number is blank in the original; or null. */
    Document basisDocument(String n) {
        Document d = site.documentsByNumber().get(ReferenceScanner.key(n));
        if (d == null) d = site.documents().stream().filter(x -> x.slug().equals(n)).findFirst().orElse(null);
        return d;
    }

    /** A number as a data attribute holds it: "70", "75.5". */
    static String formatNumber(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /**
     * A percent as Vietnamese writes it, "75,5 %" (decimal comma, narrow no-break space before
     * the sign): the form the supervisor script gives its computed shares.
     */
    static String percentVi(double d) {
        return formatNumber(d).replace('.', ',') + "\u202F%";
    }
}
