package vn.antq.site.model;

import vn.antq.site.text.Folding;

/**
 * Every output path of the site, in one place (the contract's paths, {@code CONTRACTS.md}):
 * the renderer writes them, the search index and the model link to them. All are relative to
 * the site root and name {@code index.html}, because {@code file://} does not serve a folder's index.
 */
public final class Routes {
    private Routes() {}

    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String REGISTER = "van-ban/index.html";
    public static final String SEARCH = "tim-kiem/index.html";
    public static final String CITED = "tham-chieu/index.html";
    public static final String DIAGRAM = "so-do/index.html";
    public static final String GLOSSARY = "thuat-ngu/index.html";
    public static final String CALENDAR = "lich/index.html";
    public static final String CALENDAR_FILE = "lich/antq.ics";
    public static final String CHECKLISTS = "tu-kiem-tra/index.html";
    /** The supervisor's summary page lives beside the checklists: no checklist may take its name. */
    public static final String SUPERVISOR_ID = "tong-hop";
    public static final String SUPERVISOR = checklist(SUPERVISOR_ID);

    /** Output path of a checklist: {@code tu-kiem-tra/<id>/index.html}. */
    public static String checklist(String id) {
        return "tu-kiem-tra/" + id + "/index.html";
    }

    /** Output path of a document: {@code van-ban/<slug>/index.html}. */
    public static String document(String slug) {
        return "van-ban/" + slug + "/index.html";
    }

    /** Every place citing one number, when the register of cited numbers cannot show them all: {@code tham-chieu/<key>/index.html}. */
    public static String citedNumber(String key) {
        return "tham-chieu/" + key + "/index.html";
    }

    /** Output path of a taxonomy's index: {@code <key>/index.html}. */
    public static String taxonomy(String key) {
        return key + "/index.html";
    }

    /** Output path of the page of one taxonomy value; spellings that fold alike share it. */
    public static String term(String taxonomy, String value) {
        String slug = Folding.slug(value);
        return taxonomy + "/" + (slug.isEmpty() ? "khac" : slug) + "/index.html";
    }

    /** "van-ban/x/index.html" → "van-ban/x/": the path a server shows, for canonical URLs. */
    public static String canonical(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /** Output path of a plain page from its folders ({@code huong-dan/bien-tap} → {@code huong-dan/bien-tap/index.html}). */
    public static String page(String folders) {
        return folders.isEmpty() ? HOME : folders + "/index.html";
    }
}
