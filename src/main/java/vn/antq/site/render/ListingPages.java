package vn.antq.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.model.Document;
import vn.antq.site.model.Routes;
import vn.antq.site.model.Site;
import vn.antq.site.model.Taxonomy;
import vn.antq.site.model.Term;
import vn.antq.site.publish.HashedAssets;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The listings that grow with the content, one page per {@link #DOCUMENTS_PER_PAGE} documents
 * (see {@link Pagination}): the register (with the data file its script filters all documents
 * from), each taxonomy term, and the register of cited documents.
 */
final class ListingPages {
    /** Documents per page of the register and of a term: about 60 kB of HTML. */
    static final int DOCUMENTS_PER_PAGE = 100;
    /** Cited numbers per page of their register, at most. */
    static final int CITED_PER_PAGE = 50;
    /** Places shown per number in the register of cited numbers; the rest are on the number's own page. */
    static final int PLACES_SHOWN = 20;
    /** Places per page of a number's own page. */
    static final int PLACES_PER_PAGE = 400;
    /** Deadlines a month shows on the calendar's page before sending the reader to the month's own pages. */
    static final int EVENTS_SHOWN = 20;
    /** Deadlines such a month shows there. */
    static final int EVENTS_PREVIEW = 10;
    /** Deadlines per page of a month's own pages. */
    static final int EVENTS_PER_PAGE = 200;
    /** Places per page of the register of cited numbers, at most (each ~150 bytes of HTML). */
    static final int PLACES_PER_CITED_PAGE = 600;

    private final Site site;
    private final CrossReferences xrefs;
    private final Views views;
    private final PageFrame frame;
    private final Theme theme;
    private final PartPages.Writer out;
    private final BiConsumer<String, byte[]> file;
    private final ObjectMapper json = new ObjectMapper();

    ListingPages(Site site, CrossReferences xrefs, Views views, PageFrame frame, Theme theme,
                 PartPages.Writer out, BiConsumer<String, byte[]> file) {
        this.site = site;
        this.xrefs = xrefs;
        this.views = views;
        this.frame = frame;
        this.theme = theme;
        this.out = out;
        this.file = file;
    }

    /** Every page of every listing, by output path, handed to {@code add}. */
    void jobs(BiConsumer<String, Runnable> add) {
        List<Document> docs = site.documents();
        int pages = Pagination.count(docs.size(), DOCUMENTS_PER_PAGE);
        // the register's data in one file per page of it: the script shows what matches as each arrives
        List<byte[]> shards = new ArrayList<>();
        List<String> shardPaths = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            int[] r = Pagination.range(docs.size(), DOCUMENTS_PER_PAGE, n);
            byte[] bytes = registerData(n - 1, docs.subList(r[0], r[1]));
            shards.add(bytes);
            shardPaths.add("van-ban/" + HashedAssets.hashedName("du-lieu-" + n + ".js", bytes));
        }
        for (int n = 1; n <= pages; n++) {
            int page = n;
            add.accept(Pagination.path(Routes.REGISTER, n), () -> {
                file.accept(shardPaths.get(page - 1), shards.get(page - 1));
                register(page, pages, shardPaths);
            });
        }
        List<CrossReferences.Cited> cited = xrefs.cited();
        List<int[]> citedPages = citedPages(cited);
        for (int n = 1; n <= citedPages.size(); n++) {
            int page = n;
            add.accept(Pagination.path(Routes.CITED, n), () -> cited(page, citedPages));
        }
        for (CrossReferences.Cited c : cited) {
            if (c.places().size() <= PLACES_SHOWN) continue;
            String first = Routes.citedNumber(c.key());
            int numberPages = Pagination.count(c.places().size(), PLACES_PER_PAGE);
            for (int n = 1; n <= numberPages; n++) {
                int page = n;
                add.accept(Pagination.path(first, n), () -> citedNumber(c, page, numberPages));
            }
        }
        for (Taxonomy t : site.taxonomies()) {
            for (Term term : t.terms()) {
                int termPages = Pagination.count(term.documents().size(), DOCUMENTS_PER_PAGE);
                for (int n = 1; n <= termPages; n++) {
                    int page = n;
                    add.accept(Pagination.path(term.outputPath(), n), () -> term(t, term, page, termPages));
                }
            }
        }
    }

    private String title(String base, int n) {
        return Pagination.title(base, n, theme.message("pagination.title"));
    }

    private void register(int n, int pages, List<String> dataPaths) {
        String path = Pagination.path(Routes.REGISTER, n);
        Map<String, Object> m = frame.common(path, title(theme.message("register.title"), n), List.of());
        int[] r = Pagination.range(site.documents().size(), DOCUMENTS_PER_PAGE, n);
        m.put("documents", views.documentModels(site.documents().subList(r[0], r[1])));
        m.put("documentCount", site.documents().size());
        m.put("registerData", dataPaths);
        m.put("taxonomies", site.taxonomies().stream().map(views::taxonomy).toList());
        Pagination.into(m, Routes.REGISTER, n, pages, theme.message("pagination.page"));
        out.write("list.ftlh", path, m, null);
    }

    /**
     * The calendar: one page with every group (monthly, then each month); a group of more than
     * {@link #EVENTS_SHOWN} shows its first {@link #EVENTS_PREVIEW} and links to its own pages
     * ({@code lich/thang-8/index.html}, in pages of {@link #EVENTS_PER_PAGE}).
     */
    @SuppressWarnings("unchecked")
    void calendar(List<Map<String, Object>> groups) {
        List<Map<String, Object>> overview = new ArrayList<>();
        for (Map<String, Object> g : groups) {
            List<Map<String, Object>> events = (List<Map<String, Object>>) g.get("events");
            if (events.size() <= EVENTS_SHOWN) {
                overview.add(g);
                continue;
            }
            String first = "lich/" + g.get("id") + "/index.html";
            Map<String, Object> shown = new LinkedHashMap<>(g);
            shown.put("events", events.subList(0, EVENTS_PREVIEW));
            shown.put("allPath", first);
            shown.put("count", events.size());
            overview.add(shown);
            int pages = Pagination.count(events.size(), EVENTS_PER_PAGE);
            for (int n = 1; n <= pages; n++) {
                String path = Pagination.path(first, n);
                Map<String, Object> m = frame.common(path, title(theme.message("calendar.title") + ": " + g.get("label"), n),
                        List.of(PageFrame.crumb(theme.message("calendar.title"), Routes.CALENDAR)));
                int[] r = Pagination.range(events.size(), EVENTS_PER_PAGE, n);
                Map<String, Object> part = new LinkedHashMap<>(g);
                part.put("events", events.subList(r[0], r[1]));
                m.put("groups", List.of(part));
                m.put("single", true);
                Pagination.into(m, first, n, pages, theme.message("pagination.page"));
                out.write("calendar.ftlh", path, m, null);
            }
        }
        Map<String, Object> m = frame.common(Routes.CALENDAR, theme.message("calendar.title"), List.of());
        m.put("groups", overview);
        out.write("calendar.ftlh", Routes.CALENDAR, m, null);
    }

    /** The register of cited numbers cut by what its pages weigh: at most 50 numbers, and 600 places shown, a page. */
    private static List<int[]> citedPages(List<CrossReferences.Cited> cited) {
        List<int[]> pages = new ArrayList<>();
        int from = 0, places = 0;
        for (int i = 0; i < cited.size(); i++) {
            int shown = Math.min(PLACES_SHOWN, cited.get(i).places().size());
            if (i > from && (i - from == CITED_PER_PAGE || places + shown > PLACES_PER_CITED_PAGE)) {
                pages.add(new int[] {from, i});
                from = i;
                places = 0;
            }
            places += shown;
        }
        pages.add(new int[] {from, cited.size()});
        return pages;
    }

    private void cited(int n, List<int[]> pages) {
        String path = Pagination.path(Routes.CITED, n);
        Map<String, Object> m = frame.common(path, title(theme.message("cited.title"), n),
                List.of(PageFrame.crumb(theme.message("nav.documents"), Routes.REGISTER)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CrossReferences.Cited c : xrefs.cited().subList(pages.get(n - 1)[0], pages.get(n - 1)[1])) {
            rows.add(views.cited(c, 0, PLACES_SHOWN, c.places().size() > PLACES_SHOWN ? Routes.citedNumber(c.key()) : null));
        }
        m.put("cited", rows);
        Pagination.into(m, Routes.CITED, n, pages.size(), theme.message("pagination.page"));
        out.write("cited.ftlh", path, m, null);
    }

    /** Every place citing one number, in pages of 400. */
    private void citedNumber(CrossReferences.Cited c, int n, int pages) {
        String first = Routes.citedNumber(c.key());
        String path = Pagination.path(first, n);
        String label = theme.message("cited.number_title").replace("{0}", c.number());
        Map<String, Object> m = frame.common(path, title(label, n), List.of(PageFrame.crumb(theme.message("nav.documents"), Routes.REGISTER),
                PageFrame.crumb(theme.message("cited.title"), Routes.CITED)));
        int[] r = Pagination.range(c.places().size(), PLACES_PER_PAGE, n);
        m.put("cited", List.of(views.cited(c, r[0], r[1], null)));
        m.put("single", true);
        Pagination.into(m, first, n, pages, theme.message("pagination.page"));
        out.write("cited.ftlh", path, m, null);
    }

    private void term(Taxonomy t, Term term, int n, int pages) {
        String label = theme.message("taxonomy." + t.key());
        String path = Pagination.path(term.outputPath(), n);
        Map<String, Object> m = frame.common(path, title(label + ": " + term.label(), n), List.of(PageFrame.crumb(label, t.outputPath())));
        m.put("taxonomy", views.taxonomy(t));
        m.put("term", views.term(term));
        int[] r = Pagination.range(term.documents().size(), DOCUMENTS_PER_PAGE, n);
        m.put("documents", views.documentModels(term.documents().subList(r[0], r[1])));
        Pagination.into(m, term.outputPath(), n, pages, theme.message("pagination.page"));
        out.write("term.ftlh", path, m, null);
    }

    /**
     * The documents of one page of the register as its script filters and sorts them, in the
     * register's order: {@code self.antqRegisterLoaded(shard, {types, issuers, statuses, rows})}
     * (a script, so it loads from {@code file://} under {@code script-src 'self'}), each row
     * {@code [slug, number, title, type, issuer, dateIso, status]} with type ([key, label]),
     * issuer and status labels by their index in this file's lists, and the date as shown only
     * when it is not the ISO date reversed ("07/05/2025"). Kept small: a phone downloads them all.
     */
    private byte[] registerData(int shard, List<Document> docs) {
        Map<String, Integer> types = new LinkedHashMap<>(), issuers = new LinkedHashMap<>(), statuses = new LinkedHashMap<>();
        List<List<String>> typeList = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Document d : docs) {
            Map<String, Object> v = views.document(d);
            int type = types.computeIfAbsent((String) v.get("type"), k -> {
                typeList.add(List.of(k, (String) v.get("typeLabel")));
                return typeList.size() - 1;
            });
            int issuer = issuers.computeIfAbsent((String) v.get("issuer"), k -> issuers.size());
            int status = statuses.computeIfAbsent((String) v.get("statusLabel"), k -> statuses.size());
            String iso = (String) v.get("dateIso"), shown = (String) v.get("date");
            List<Object> row = new ArrayList<>(List.of(slugOrPath(d.outputPath()), v.get("number"), v.get("title"), type, issuer, iso, status));
            if (!shown.equals(String.join("/", reversed(iso.split("-"))))) row.add(shown);
            rows.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("types", typeList);
        data.put("issuers", List.copyOf(issuers.keySet()));
        data.put("statuses", List.copyOf(statuses.keySet()));
        data.put("rows", rows);
        try {
            return ("self.antqRegisterLoaded(" + shard + "," + json.writeValueAsString(data) + ");\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "van-ban/x/index.html" → "x" (the script puts it back), any other path as it is. */
    private static String slugOrPath(String path) {
        String prefix = "van-ban/", suffix = "/index.html";
        if (!path.startsWith(prefix) || !path.endsWith(suffix)) return path;
        String slug = path.substring(prefix.length(), path.length() - suffix.length());
        return slug.contains("/") ? path : slug;
    }

    private static List<String> reversed(String[] parts) {
        List<String> out = new ArrayList<>(List.of(parts));
        java.util.Collections.reverse(out);
        return out;
    }
}
