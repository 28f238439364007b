package vn.antq.site.render;

import vn.antq.site.calendar.Calendar;
import vn.antq.site.markdown.TocEntry;
import vn.antq.site.model.Glossary;
import vn.antq.site.model.Page;
import vn.antq.site.model.Routes;
import vn.antq.site.model.Site;
import vn.antq.site.text.Urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every page's model holds around its own content: site, messages, menu, footer, breadcrumbs, canonical URL. */
final class PageFrame {
    private final Site site;
    private final Theme theme;
    private final Glossary glossary;
    private final Calendar calendar;
    private final Map<String, String> assets;

    PageFrame(Site site, Theme theme, Glossary glossary, Calendar calendar, Map<String, String> assets) {
        this.site = site;
        this.theme = theme;
        this.glossary = glossary;
        this.calendar = calendar;
        this.assets = assets;
    }

    Map<String, Object> common(String path, String title, List<Map<String, Object>> crumbs) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", Map.of("title", site.config().title(), "description", nonNull(site.config().description())));
        m.put("msg", theme.messages());
        m.put("root", Urls.rootPrefix(path));
        m.put("path", path);
        m.put("assets", assets);
        m.put("title", title);
        m.put("description", nonNull(site.config().description()));
        m.put("nav", nav(path));
        m.put("footerPages", footer());
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(crumb(theme.message("nav.home"), Routes.HOME));
        all.addAll(crumbs);
        m.put("breadcrumbs", path.equals(Routes.HOME) ? List.of() : all);
        m.put("canonical", site.config().baseUrl() == null ? "" : site.config().baseUrl() + Routes.canonical(path));
        return m;
    }

    private List<Map<String, Object>> nav(String current) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(navItem("nav.home", Routes.HOME, current));
        items.add(navItem("nav.documents", Routes.REGISTER, current));
        if (!site.checklists().isEmpty()) items.add(navItem("nav.checklists", Routes.CHECKLISTS, current));
        items.add(navItem("nav.search", Routes.SEARCH, current));
        if (!glossary.entries().isEmpty()) items.add(navItem("nav.glossary", Routes.GLOSSARY, current));
        if (!calendar.events().isEmpty()) items.add(navItem("nav.calendar", Routes.CALENDAR, current));
        for (Page p : site.pages()) {
            if (p.meta().menu() > 0) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("label", p.title());
                v.put("path", p.outputPath());
                v.put("current", current.equals(p.outputPath()) ? "page" : "");
                items.add(v);
            }
        }
        return items;
    }

    /** aria-current is "page" on the page itself and "true" inside its section. */
    private Map<String, Object> navItem(String key, String path, String current) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("label", theme.message(key));
        v.put("path", path);
        String section = path.substring(0, path.lastIndexOf('/') + 1);
        v.put("current", current.equals(path) ? "page" : !section.isEmpty() && current.startsWith(section) ? "true" : "");
        return v;
    }

    private List<Map<String, Object>> footer() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Page p : site.pages()) {
            if (p.meta().footer()) items.add(crumb(p.title(), p.outputPath()));
        }
        return items;
    }

    static Map<String, Object> crumb(String label, String path) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("label", label);
        v.put("path", path);
        return v;
    }

    static List<Map<String, Object>> toc(List<TocEntry> headings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TocEntry h : headings) {
            if (h.level() < 2 || h.level() > 3) continue;
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("level", h.level());
            v.put("id", h.id());
            v.put("text", h.text());
            out.add(v);
        }
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
