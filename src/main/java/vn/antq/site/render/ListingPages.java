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
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The listings that grow with the content, one page per {@link #DOCUMENTS_PER_PAGE} documents
 * (see {@link Pagination}): the register (with the data file its script filters all documents
 * from), each taxonomy term, and the register of cited documents.
 */
final class ListingPages {
    /** Documents per page of the register and of a term: about 60 kB of HTML. */
    static final int DOCUMENTS_PER_PAGE = 100;
    /** Cited numbers per page: each lists every place that cites it. */
    static final int CITED_PER_PAGE = 50;

    private final Site site;
    private final CrossReferences xrefs;
    private final Views views;
    private final PageFrame frame;
    private final Theme theme;
    private final PartPages.Writer out;
    private final BiConsumer<String, byte[]> file;

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
        byte[] data = registerData();
        String dataPath = "van-ban/" + HashedAssets.hashedName("du-lieu.js", data);
        List<Document> docs = site.documents();
        int pages = Pagination.count(docs.size(), DOCUMENTS_PER_PAGE);
        for (int n = 1; n <= pages; n++) {
            int page = n;
            add.accept(Pagination.path(Routes.REGISTER, n), () -> {
                if (page == 1) file.accept(dataPath, data);
                register(page, pages, dataPath);
            });
        }
        List<CrossReferences.Cited> cited = xrefs.cited();
        int citedPages = Pagination.count(cited.size(), CITED_PER_PAGE);
        for (int n = 1; n <= citedPages; n++) {
            int page = n;
            add.accept(Pagination.path(Routes.CITED, n), () -> cited(page, citedPages));
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
        return n == 1 ? base : base + " " + theme.message("pagination.title").replace("{0}", String.valueOf(n));
    }

    private void register(int n, int pages, String dataPath) {
        String path = Pagination.path(Routes.REGISTER, n);
        Map<String, Object> m = frame.common(path, title(theme.message("register.title"), n), List.of());
        int[] r = Pagination.range(site.documents().size(), DOCUMENTS_PER_PAGE, n);
        m.put("documents", views.documentModels(site.documents().subList(r[0], r[1])));
        m.put("documentCount", site.documents().size());
        m.put("firstShown", r[0] + 1);
        m.put("registerData", dataPath);
        m.put("taxonomies", site.taxonomies().stream().map(views::taxonomy).toList());
        Pagination.into(m, Routes.REGISTER, n, pages, theme.message("pagination.page"));
        out.write("list.ftlh", path, m, null);
    }

    private void cited(int n, int pages) {
        String path = Pagination.path(Routes.CITED, n);
        Map<String, Object> m = frame.common(path, title(theme.message("cited.title"), n),
                List.of(PageFrame.crumb(theme.message("nav.documents"), Routes.REGISTER)));
        List<CrossReferences.Cited> all = xrefs.cited();
        int[] r = Pagination.range(all.size(), CITED_PER_PAGE, n);
        m.put("cited", all.subList(r[0], r[1]).stream().map(views::cited).toList());
        Pagination.into(m, Routes.CITED, n, pages, theme.message("pagination.page"));
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
     * Every document as the register's script filters and sorts them, in the register's order:
     * {@code self.antqRegisterLoaded({types, statuses, rows})}, each row
     * {@code [path, number, title, type, issuer, year, dateIso, date, status]} (a script, so it
     * loads from {@code file://} under {@code script-src 'self'}).
     */
    private byte[] registerData() {
        Map<String, String> types = new TreeMap<>(), statuses = new TreeMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Document d : site.documents()) {
            Map<String, Object> v = views.document(d);
            types.put((String) v.get("type"), (String) v.get("typeLabel"));
            statuses.put((String) v.get("status"), (String) v.get("statusLabel"));
            rows.add(List.of(v.get("path"), v.get("number"), v.get("title"), v.get("type"), v.get("issuer"),
                    Integer.parseInt((String) v.get("year")), v.get("dateIso"), v.get("date"), v.get("status")));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("types", types);
        data.put("statuses", statuses);
        data.put("rows", rows);
        try {
            String json = new ObjectMapper().writeValueAsString(data);
            return ("self.antqRegisterLoaded(" + json + ");\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
