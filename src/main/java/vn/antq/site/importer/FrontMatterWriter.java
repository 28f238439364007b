package vn.antq.site.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.references.LegalReference;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.text.Folding;
import vn.antq.site.text.Pairs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our front matter for an imported file: a document's from the {@link Metadata} it gives
 * (number, type, date required; an issuer guessed from the number; dates, status and related
 * numbers only when they can be read), or a page's title. Values are written as JSON, which
 * YAML reads as it is.
 */
final class FrontMatterWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})");
    /** Issuers named by the last part of a number, when a file does not name its issuer. */
    private static final Map<String, String> ISSUER_CODES = Pairs.map(
            "CP", "Chính phủ", "TTG", "Thủ tướng Chính phủ", "BCA", "Bộ Công an", "BTC", "Bộ Tài chính",
            "BQP", "Bộ Quốc phòng", "BTP", "Bộ Tư pháp", "CTN", "Chủ tịch nước", "BGDDT", "Bộ Giáo dục và Đào tạo",
            "BYT", "Bộ Y tế");
    private static final List<String> TYPES_LONGEST_FIRST = Schema.TYPES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private final Problems problems;
    private final ReferenceScanner scanner = new ReferenceScanner();

    FrontMatterWriter(Problems problems) {
        this.problems = problems;
    }

    /** A plain page's front matter. */
    static String page(String title) {
        return "---\ntitle: " + json(title) + "\n---\n";
    }

    /** The front matter of the document the fields make, or null (with the reason reported) when they make none. */
    String document(String path, Metadata meta) {
        String number = meta.text("number");
        if (number != null) number = number.replaceAll("^[\"'`]+|[\"'`]+$", "").replaceAll("\\s+", "");
        if (number == null || !number.matches(".*\\d.*") || !number.matches(".*\\p{L}.*")) {
            problems.warning(path, meta.line("number"), 0, "import.noNumber");
            return null;
        }
        meta.replace("number", number);
        List<LegalReference> own = scanner.scan(number);
        String type = type(meta.text("type"), own, meta.text("title"));
        if (type == null) {
            problems.warning(path, meta.line("type"), 0, "import.noType", number);
            return null;
        }
        meta.replace("type", type);
        String date = date(meta.text("date"));
        if (date == null) {
            problems.warning(path, meta.line("date"), 0, "import.noDate", number);
            return null;
        }
        String issuer = meta.text("issuer");
        if (issuer == null) issuer = issuer(path, number, meta.line("number"));
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(json(meta.text("title") != null ? meta.text("title") : number)).append('\n');
        fm.append("type: ").append(type).append('\n');
        fm.append("number: ").append(json(number)).append('\n');
        fm.append("issuer: ").append(json(issuer)).append('\n');
        fm.append("date: ").append(date).append('\n');
        String effective = date(meta.text("effective"));
        if (effective == null && meta.text("effective") != null && Folding.fold(meta.text("effective")).contains("ngay ky")) effective = date;
        if (effective != null && effective.compareTo(date) >= 0) fm.append("effective: ").append(effective).append('\n');
        String expires = date(meta.text("expires"));
        if (expires != null && (effective == null || expires.compareTo(effective) >= 0)) fm.append("expires: ").append(expires).append('\n');
        String status = meta.text("status") == null ? null : Folding.slug(meta.text("status"));
        if (status != null && Schema.STATUSES.contains(status)) fm.append("status: ").append(status).append('\n');
        else if (status != null) problems.warning(path, meta.line("status"), 0, "import.status", meta.text("status"));
        for (String f : List.of("signer", "signer_title", "place", "summary", "source")) {
            if (meta.text(f) != null) fm.append(f).append(": ").append(json(meta.text(f))).append('\n');
        }
        List<String> topics = meta.strings("topics");
        if (!topics.isEmpty()) fm.append("topics: ").append(json(topics)).append('\n');
        for (String f : List.of("basis", "replaces", "amends")) {
            List<String> numbers = related(number, meta.strings(f));
            if (!numbers.isEmpty()) fm.append(f).append(": ").append(json(numbers)).append('\n');
        }
        return fm.append("---\n").toString();
    }

    /** The issuer a number names by its last part ("…/NĐ-CP"), else "Chưa rõ" (reported). */
    private String issuer(String path, String number, int line) {
        String[] parts = number.split("[-/]");
        String issuer = ISSUER_CODES.get(Folding.fold(parts[parts.length - 1]).toUpperCase(Locale.ROOT).replaceAll("\\d+$", ""));
        if (issuer == null && number.matches(".*QH\\d*$")) issuer = "Quốc hội";
        if (issuer == null && number.contains("UBTVQH")) issuer = "Ủy ban Thường vụ Quốc hội";
        if (issuer == null) {
            issuer = "Chưa rõ";
            problems.warning(path, line, 0, "import.noIssuer", number);
        }
        return issuer;
    }

    /** The document numbers written in {@code texts}, each once, leaving out the document's own. */
    private List<String> related(String number, List<String> texts) {
        List<String> numbers = new ArrayList<>();
        for (String s : texts) {
            for (LegalReference r : scanner.scan(s)) {
                if (!r.key().equals(ReferenceScanner.key(number)) && !numbers.contains(r.number())) numbers.add(r.number());
            }
        }
        return numbers;
    }

    /** The type a label names ("Nghị định"), else the number's code, else the title's first words. */
    private static String type(String label, List<LegalReference> own, String title) {
        if (label != null && Schema.TYPES.contains(Folding.slug(label))) return Folding.slug(label);
        if (!own.isEmpty() && Schema.TYPES.contains(own.get(0).type())) return own.get(0).type();
        if (title != null) {
            String t = Folding.slug(title);
            for (String type : TYPES_LONGEST_FIRST) if (t.startsWith(type + "-")) return type;
        }
        return null;
    }

    /** An ISO date from "20/6/2026", "2026-06-20" or text holding one; null when there is none. */
    static String date(String s) {
        if (s == null) return null;
        Matcher m = DATE.matcher(s);
        if (!m.find()) return null;
        int day, month, year;
        if (m.group(1) != null) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else {
            year = Integer.parseInt(m.group(4));
            month = Integer.parseInt(m.group(5));
            day = Integer.parseInt(m.group(6));
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A YAML scalar or flow list written as JSON, which YAML reads as it is (quotes, escapes and all). */
    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
