package vn.antq.site.content;

import vn.antq.site.text.Folding;
import vn.antq.site.text.Pairs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front matter schemas: documents (văn bản, under {@code content/van-ban/}) and plain
 * pages. Vocabulary values are ASCII keys; their Vietnamese labels live in the theme's
 * message file.
 */
public final class Schema {
    public static final List<String> TYPES = List.of("chi-thi", "ke-hoach", "chuong-trinh", "huong-dan",
            "quyet-dinh", "thong-tu", "nghi-quyet", "nghi-dinh", "ket-luan", "quy-che-phoi-hop", "cong-van", "luat",
            "de-an", "thong-bao", "bao-cao",
            // the rest of the system of legal documents (Luật Ban hành văn bản quy phạm pháp luật)
            "hien-phap", "bo-luat", "phap-lenh", "lenh", "thong-tu-lien-tich", "cong-dien", "van-ban-hop-nhat");
    public static final List<String> AUDIENCES = List.of("co-quan", "doanh-nghiep", "co-so-giao-duc", "benh-vien",
            "khu-dan-cu", "xa-phuong", "ca-nhan", "to-chuc-doan-the");
    public static final List<String> STATUSES = List.of("chua-co-hieu-luc", "con-hieu-luc", "het-hieu-luc-mot-phan",
            "het-hieu-luc", "chua-ro");
    public static final List<String> BLANK_PARTS = List.of("number", "day", "month");
    public static final List<String> DEADLINE_KINDS = List.of("han-bao-cao", "ngay-hoi", "ngay-ky-niem", "dang-ky", "hoat-dong");

    private static final Set<String> DOCUMENT_FIELDS = Set.of("title", "type", "number", "slug", "issuer", "place",
            "date", "blank", "signer", "signer_title", "status", "effective", "expires", "audience", "topics", "summary",
            "implements", "replaces", "amends", "amended_by", "guides", "basis", "source", "deadlines", "excerpt", "note",
            "draft");
    /** Front-matter names of Jekyll and Hugo sites of legal documents (../shared/corpus), and ours for them. */
    public static final Map<String, String> DOCUMENT_ALIASES = Pairs.map(
            "so_hieu", "number", "so_ky_hieu", "number", "loai_van_ban", "type", "co_quan_ban_hanh", "issuer",
            "ngay_ban_hanh", "date", "ngay_hieu_luc", "effective", "hieu_luc", "effective",
            "ngay_het_hieu_luc", "expires", "nguoi_ky", "signer", "chuc_danh", "signer_title", "trich_yeu", "summary",
            "can_cu", "basis", "can_cu_phap_luat", "basis", "thay_the", "replaces", "sua_doi", "amends",
            "tinh_trang", "status", "tags", "topics", "noi_ban_hanh", "place", "sohieu", "number",
            "doc_number", "number", "loaivanban", "type", "doc_type", "type", "cquanbanhanh", "issuer",
            "issuing_body", "issuer", "issued-by", "issuer", "ngaybanhanh", "date", "promulgated-date", "date",
            "ngay_co_hieu_luc", "effective", "ngayhieuluc", "effective", "effective_date", "effective",
            "effectivedate", "effective", "taking-effect-date", "effective", "expiry_date", "expires",
            "nguoiky", "signer", "chuc_danh_nguoi_ky", "signer_title", "chuc_vu_nguoi_ky", "signer_title",
            "trichyeu", "summary", "trang_thai", "status", "linh_vuc", "topics");
    /** The relation fields of a document → the kind of relation each states, in the order relations are listed. */
    private static final Map<String, String> RELATIONS = Pairs.map("implements", "implements", "replaces", "replaces",
            "amends", "amends", "amended_by", "amended-by", "guides", "guides", "basis", "basis");
    private static final Set<String> PAGE_FIELDS = Set.of("title", "description", "template", "menu", "footer", "draft");
    private static final Set<String> DEADLINE_FIELDS = Set.of("yearly", "monthly", "date", "what", "kind", "section");

    private Schema() {}

    public static DocumentMeta document(FrontMatter fm, Problems problems) {
        FieldReader r = new FieldReader(fm.path(), fm.fields(), 1, problems);
        r.rejectUnknown(DOCUMENT_FIELDS, DOCUMENT_ALIASES);
        String title = r.string("title", true);
        String type = r.oneOf("type", TYPES, true, null);
        String number = r.string("number", true);
        List<String> blank = r.strings("blank", BLANK_PARTS);
        String slug = r.string("slug", false);
        if (slug != null && !slug.equals(Folding.slug(slug))) {
            r.error(r.node("slug"), "document.badSlug", slug, Folding.slug(slug));
        }
        if (slug == null && type != null && number != null) {
            if (blank.contains("number") || !number.matches(".*\\d.*")) {
                // "/KH-UBND" alone would collide with the next blank-numbered plan
                problems.error(fm.path(), r.lineOf("number"), 0, "document.blankNumberNeedsSlug", number);
            } else {
                slug = type + "-" + Folding.slug(number);
            }
        }
        DocumentMeta meta = new DocumentMeta(
                title, type, number, slug,
                r.string("issuer", true),
                r.string("place", false),
                r.date("date", true),
                blank,
                r.string("signer", false),
                r.string("signer_title", false),
                r.oneOf("status", STATUSES, false, "chua-ro"),
                r.date("effective", false),
                r.date("expires", false),
                r.strings("audience", AUDIENCES),
                r.strings("topics", null),
                r.string("summary", false),
                relations(r),
                r.string("source", false),
                deadlines(fm.path(), r, problems),
                r.bool("excerpt"),
                r.string("note", false),
                r.bool("draft"));
        if (meta.effective() != null && meta.expires() != null && meta.expires().compareTo(meta.effective()) < 0) {
            problems.error(fm.path(), r.lineOf("expires"), 0, "document.expiresBeforeEffective",
                    meta.expires().display(), meta.effective().display());
        }
        return meta;
    }

    private static Map<String, List<String>> relations(FieldReader r) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        RELATIONS.forEach((field, kind) -> out.put(kind, r.strings(field, null)));
        return Collections.unmodifiableMap(out);
    }

    private static List<Deadline> deadlines(String path, FieldReader r, Problems problems) {
        List<Deadline> out = new ArrayList<>();
        YamlNode n = r.node("deadlines");
        if (n == null || n.isNull()) return out;
        if (!n.isList()) {
            r.error(n, "field.notList", "deadlines");
            return out;
        }
        for (YamlNode item : n.list()) {
            if (!item.isMap()) {
                r.error(item, "deadline.notMapping");
                continue;
            }
            Map<String, YamlNode> m = item.map();
            FieldReader d = new FieldReader(path, m, item.line(), problems);
            d.rejectUnknown(DEADLINE_FIELDS);
            String what = d.string("what", true);
            String kind = d.oneOf("kind", DEADLINE_KINDS, true, null);
            String section = d.string("section", false);
            int given = (d.has("yearly") ? 1 : 0) + (d.has("monthly") ? 1 : 0) + (d.has("date") ? 1 : 0);
            if (given != 1) {
                problems.error(path, item.line(), item.column(), "deadline.oneWhen");
                continue;
            }
            if (d.has("yearly")) {
                String s = d.string("yearly", true);
                int[] dm = dayMonth(s);
                if (dm == null) {
                    d.error(d.node("yearly"), "deadline.badYearly", s);
                    continue;
                }
                out.add(new Deadline(Deadline.Recurrence.YEARLY, dm[1], dm[0], null, what, kind, section, item.line()));
            } else if (d.has("monthly")) {
                int day = d.integer("monthly", -1);
                if (day < 1 || day > 31) {
                    d.error(d.node("monthly"), "deadline.badMonthly", String.valueOf(d.node("monthly").scalarText()));
                    continue;
                }
                out.add(new Deadline(Deadline.Recurrence.MONTHLY, 0, day, null, what, kind, section, item.line()));
            } else {
                DocDate date = d.date("date", true);
                if (date == null) continue;
                if (!date.complete()) {
                    d.error(d.node("date"), "deadline.incompleteDate", date.iso());
                    continue;
                }
                out.add(new Deadline(Deadline.Recurrence.ONCE, date.month(), date.day(), date, what, kind, section, item.line()));
            }
        }
        return out;
    }

    /** "19/08" or "19/8" → {19, 8}, checked against a leap year so 29/02 is allowed. */
    static int[] dayMonth(String s) {
        if (s == null || !s.strip().matches("\\d{1,2}/\\d{1,2}")) return null;
        String[] p = s.strip().split("/");
        int day = Integer.parseInt(p[0]);
        int month = Integer.parseInt(p[1]);
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(2024, month).lengthOfMonth()) return null;
        return new int[] {day, month};
    }

    public static PageMeta page(FrontMatter fm, Problems problems) {
        FieldReader r = new FieldReader(fm.path(), fm.fields(), 1, problems);
        r.rejectUnknown(PAGE_FIELDS);
        return new PageMeta(
                r.string("title", true),
                r.string("description", false),
                r.string("template", false),
                r.integer("menu", 0),
                r.bool("footer"),
                r.bool("draft"));
    }

    /** Line of a field in the front matter, for errors found after parsing (duplicates). */
    public static int lineOf(FrontMatter fm, String field) {
        YamlNode n = fm.field(field);
        return n == null ? 1 : n.line();
    }
}
