package vn.antq.site.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.content.YamlNode;
import vn.antq.site.references.LegalReference;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.text.Folding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Brings the documents of an existing Jekyll or Hugo site in: each Markdown file whose
 * metadata (front matter under the names such sites use, a table at the top of the body, or
 * bold lines) gives a number, a type and a date becomes {@code content/van-ban/<slug>.md} with
 * our front matter and its text as it was; any other file becomes a plain page under
 * {@code content/<folder>/}. Never overwrites. Reports, per file, what it mapped and what it
 * could not, at the file's line, through {@link Problems} (warnings; YAML it cannot read is an
 * error of that file, which is still brought in as a page).
 */
public final class SiteImporter {
    /** What an import did. */
    public record Result(int documents, int pages, int kept) {}

    private record Field(Object value, int line) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Front-matter fields of Jekyll and Hugo about the site, not the document: dropped without a word. */
    private static final Set<String> SITE_FIELDS = Set.of("layout", "permalink", "lastedit", "modified", "docid", "categories",
            "group", "slug", "weight", "draft", "toc", "aliases", "menu");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*\\**([^|*]+?)\\**\\s*\\|\\s*(.*?)\\s*\\|\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*:]+?):?\\*\\*:?\\s*(.+?)\\s*$");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})");
    /** Labels of metadata tables and bold lines (folded) → our field. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("so-hieu", "number"), Map.entry("so-ky-hieu", "number"), Map.entry("so", "number"),
            Map.entry("loai-van-ban", "type"), Map.entry("co-quan-ban-hanh", "issuer"), Map.entry("ngay-ban-hanh", "date"),
            Map.entry("ngay-hieu-luc", "effective"), Map.entry("hieu-luc", "effective"), Map.entry("ngay-het-hieu-luc", "expires"),
            Map.entry("nguoi-ky", "signer"), Map.entry("chuc-danh", "signer_title"), Map.entry("trich-yeu", "summary"),
            Map.entry("can-cu-phap-ly", "basis"), Map.entry("can-cu", "basis"), Map.entry("thay-the", "replaces"),
            Map.entry("tinh-trang", "status"), Map.entry("tinh-trang-hieu-luc", "status"));
    /** Issuers named by the last part of a number, when a file does not name its issuer. */
    private static final Map<String, String> ISSUER_CODES = Map.ofEntries(
            Map.entry("CP", "Chính phủ"), Map.entry("TTG", "Thủ tướng Chính phủ"), Map.entry("BCA", "Bộ Công an"),
            Map.entry("BTC", "Bộ Tài chính"), Map.entry("BQP", "Bộ Quốc phòng"), Map.entry("BTP", "Bộ Tư pháp"),
            Map.entry("CTN", "Chủ tịch nước"), Map.entry("BGDDT", "Bộ Giáo dục và Đào tạo"), Map.entry("BYT", "Bộ Y tế"));
    private static final List<String> TYPES_LONGEST_FIRST = Schema.TYPES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private final Problems problems;
    private final Yaml yaml;
    private final ReferenceScanner scanner = new ReferenceScanner();

    public SiteImporter(Problems problems, Yaml yaml) {
        this.problems = problems;
        this.yaml = yaml;
    }

    /**
     * Imports every {@code .md} file under {@code from} into {@code root}'s {@code content/}.
     *
     * @param label how {@code from} is named in reports (as the user wrote it)
     */
    public Result run(Path from, String label, Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        String pagesFolder = Folding.slug(from.toAbsolutePath().normalize().getFileName().toString());
        Set<String> taken = new HashSet<>();
        List<Plan> plans = new ArrayList<>();
        Map<String, String> oldPaths = new java.util.HashMap<>(); // the old site's path of a file → its place in content/
        int documents = 0, pages = 0, kept = 0;
        // read as the build reads content: UTF-8 checked, BOM and CR dropped, NFC; a file it refuses is reported and left out
        ContentLoader loader = new ContentLoader(from, problems);
        for (Path file : files) {
            String rel = from.relativize(file).toString().replace('\\', '/');
            String path = label.endsWith("/") ? label + rel : label + "/" + rel;
            SourceFile source = loader.readFile(file, path);
            if (source == null) continue;
            String text = source.text();
            Map<String, Field> meta = new LinkedHashMap<>();
            String body = text;
            int bodyLine = 1;
            if (text.startsWith("---\n")) {
                int errors = problems.errorCount();
                FrontMatter fm = FrontMatter.parse(source, yaml, problems);
                if (fm != null) {
                    frontMatter(path, fm, meta);
                    body = fm.body();
                    bodyLine = fm.bodyLine();
                } else if (problems.errorCount() > errors) {
                    body = afterFrontMatter(text);
                    problems.warning(path, 1, 0, "import.yamlAsPage");
                }
            }
            bodyMetadata(body, bodyLine, meta);
            String document = document(path, meta);
            String slug = document == null ? null : meta.get("type").value() + "-" + Folding.slug((String) meta.get("number").value());
            if (document != null && !taken.add("van-ban/" + slug)) {
                problems.warning(path, line(meta, "number"), 0, "import.duplicateNumber", meta.get("number").value());
                document = null;
            }
            String content = document != null ? "van-ban/" + slug + ".md" : pagePath(pagesFolder, rel, taken);
            String head = document != null ? document : "---\ntitle: " + json(title(meta, body, file)) + "\n---\n";
            plans.add(new Plan(path, rel, content, head, body, bodyLine, document != null));
            oldPaths.put(oldKey(rel), content);
        }
        for (Plan plan : plans) {
            Path target = root.resolve("content/" + plan.content());
            if (Files.exists(target)) {
                problems.warning(plan.path(), 1, 0, "import.exists", "content/" + plan.content());
                kept++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, plan.head() + links(plan, oldPaths), StandardCharsets.UTF_8);
            if (plan.document()) documents++;
            else pages++;
        }
        return new Result(documents, pages, kept);
    }

    /** One file's place in content/ and what it becomes, decided before any is written (links need every place). */
    private record Plan(String path, String rel, String content, String head, String body, int bodyLine, boolean document) {}

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    /** "a/b.md", "a/b/index.md" → "a/b": how the old site's links name a file. */
    private static String oldKey(String rel) {
        String k = rel.substring(0, rel.length() - 3);
        if (k.endsWith("/index") || k.endsWith("/_index")) k = k.substring(0, k.lastIndexOf('/'));
        else if (k.equals("index") || k.equals("_index")) k = "";
        return k;
    }

    /**
     * The body with the old site's links to its own pages ("/van-ban/lao-dong/nd-161/",
     * "ke-toan/kiem-toan/") made links to the imported files, which the build turns into
     * relative links; a link to a page that was not imported is reported at its line.
     */
    private String links(Plan plan, Map<String, String> oldPaths) {
        Matcher m = LINK.matcher(plan.body());
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String url = m.group(1);
            if (url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) continue; // its own headings, other sites
            int hash = url.indexOf('#');
            String fragment = hash < 0 ? "" : url.substring(hash);
            String path = (hash < 0 ? url : url.substring(0, hash)).replaceAll("(/|\\.html|\\.md)$", "");
            String found = null;
            if (path.startsWith("/")) {
                String p = path.substring(1);
                found = oldPaths.get(p);
                // the old site kept these files under a folder of its own ("/van-ban/...")
                if (found == null && p.contains("/")) found = oldPaths.get(p.substring(p.indexOf('/') + 1));
            } else {
                String dir = plan.rel().contains("/") ? plan.rel().substring(0, plan.rel().lastIndexOf('/') + 1) : "";
                found = oldPaths.get(Path.of(dir + path).normalize().toString().replace('\\', '/'));
            }
            if (found == null) {
                int line = plan.bodyLine() + (int) plan.body().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                problems.warning(plan.path(), line, 0, "import.oldLink", url);
                continue;
            }
            Path from = Path.of(plan.content()).getParent();
            String relative = (from == null ? Path.of(found) : from.relativize(Path.of(found))).toString().replace('\\', '/');
            out.append(plan.body(), last, m.start(1)).append(relative).append(fragment);
            last = m.end(1);
        }
        return out.append(plan.body().substring(last)).toString();
    }

    private static String afterFrontMatter(String text) {
        int close = text.indexOf("\n---\n", 3);
        return close < 0 ? text : text.substring(close + 5);
    }

    /** Our fields from the front matter, under our names or the names other tools use. */
    private void frontMatter(String path, FrontMatter fm, Map<String, Field> meta) {
        List<String> unmapped = new ArrayList<>();
        int firstUnmapped = 0;
        for (Map.Entry<String, YamlNode> e : fm.fields().entrySet()) {
            String key = e.getKey().toLowerCase(java.util.Locale.ROOT);
            String ours = switch (key) {
                case "title", "number", "type", "issuer", "date", "effective", "expires", "signer", "status", "summary",
                     "basis", "replaces", "amends", "source", "topics", "place" -> key;
                case "description" -> "summary";
                default -> Schema.DOCUMENT_ALIASES.get(key);
            };
            YamlNode n = e.getValue();
            if (ours == null && SITE_FIELDS.contains(key)) continue; // how the old site laid pages out, not the document
            if (ours == null || n.isNull()) {
                if (ours == null) {
                    unmapped.add(e.getKey());
                    if (firstUnmapped == 0) firstUnmapped = n.line();
                }
                continue;
            }
            Object value = n.isList() ? n.list().stream().filter(x -> !x.isNull()).map(YamlNode::scalarText).toList() : n.scalarText();
            meta.putIfAbsent(ours, new Field(value, n.line()));
        }
        if (!unmapped.isEmpty()) problems.warning(path, firstUnmapped, 0, "import.unmapped", String.join(", ", unmapped));
    }

    /** Fields the front matter left out, from a metadata table or bold lines near the top of the body. */
    private static void bodyMetadata(String body, int bodyLine, Map<String, Field> meta) {
        String[] lines = body.split("\n", 120);
        for (int i = 0; i < Math.min(lines.length, 119); i++) {
            Matcher m = TABLE_ROW.matcher(lines[i]);
            if (!m.matches()) m = BOLD_LINE.matcher(lines[i]);
            if (!m.matches()) continue;
            String ours = LABELS.get(Folding.slug(m.group(1)));
            String value = m.group(2).replace("**", "").strip();
            if (ours != null && !value.isEmpty() && !meta.containsKey(ours)) meta.put(ours, new Field(value, bodyLine + i));
        }
    }

    /** The front matter of the document the fields make, or null (with the reason reported) when they make none. */
    private String document(String path, Map<String, Field> meta) {
        String number = text(meta, "number");
        if (number != null) number = number.replaceAll("^[\"'`]+|[\"'`]+$", "").replaceAll("\\s+", "");
        if (number == null || !number.matches(".*\\d.*") || !number.matches(".*\\p{L}.*")) {
            problems.warning(path, line(meta, "number"), 0, "import.noNumber");
            return null;
        }
        meta.put("number", new Field(number, line(meta, "number")));
        List<LegalReference> own = scanner.scan(number);
        String type = type(text(meta, "type"), own, text(meta, "title"));
        if (type == null) {
            problems.warning(path, line(meta, "type"), 0, "import.noType", number);
            return null;
        }
        meta.put("type", new Field(type, line(meta, "type")));
        String date = date(text(meta, "date"));
        if (date == null) {
            problems.warning(path, line(meta, "date"), 0, "import.noDate", number);
            return null;
        }
        String issuer = text(meta, "issuer");
        if (issuer == null) {
            String[] parts = number.split("[-/]");
            issuer = ISSUER_CODES.get(Folding.fold(parts[parts.length - 1]).toUpperCase(java.util.Locale.ROOT).replaceAll("\\d+$", ""));
            if (issuer == null && number.matches(".*QH\\d*$")) issuer = "Quốc hội";
            if (issuer == null && number.contains("UBTVQH")) issuer = "Ủy ban Thường vụ Quốc hội";
            if (issuer == null) {
                issuer = "Chưa rõ";
                problems.warning(path, line(meta, "number"), 0, "import.noIssuer", number);
            }
        }
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(json(text(meta, "title") != null ? text(meta, "title") : number)).append('\n');
        fm.append("type: ").append(type).append('\n');
        fm.append("number: ").append(json(number)).append('\n');
        fm.append("issuer: ").append(json(issuer)).append('\n');
        fm.append("date: ").append(date).append('\n');
        String effective = date(text(meta, "effective"));
        if (effective == null && text(meta, "effective") != null && Folding.fold(text(meta, "effective")).contains("ngay ky")) effective = date;
        if (effective != null && effective.compareTo(date) >= 0) fm.append("effective: ").append(effective).append('\n');
        String expires = date(text(meta, "expires"));
        if (expires != null && (effective == null || expires.compareTo(effective) >= 0)) fm.append("expires: ").append(expires).append('\n');
        String status = text(meta, "status") == null ? null : Folding.slug(text(meta, "status"));
        if (status != null && Schema.STATUSES.contains(status)) fm.append("status: ").append(status).append('\n');
        else if (status != null) problems.warning(path, line(meta, "status"), 0, "import.status", text(meta, "status"));
        for (String f : List.of("signer", "signer_title", "place", "summary", "source")) {
            if (text(meta, f) != null) fm.append(f).append(": ").append(json(text(meta, f))).append('\n');
        }
        List<String> topics = strings(meta, "topics");
        if (!topics.isEmpty()) fm.append("topics: ").append(json(topics)).append('\n');
        for (String f : List.of("basis", "replaces", "amends")) {
            List<String> numbers = new ArrayList<>();
            for (String s : strings(meta, f)) {
                for (LegalReference r : scanner.scan(s)) if (!r.key().equals(ReferenceScanner.key(number)) && !numbers.contains(r.number())) numbers.add(r.number());
            }
            if (!numbers.isEmpty()) fm.append(f).append(": ").append(json(numbers)).append('\n');
        }
        return fm.append("---\n").toString();
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
            return java.time.LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String title(Map<String, Field> meta, String body, Path file) {
        if (text(meta, "title") != null) return text(meta, "title");
        for (String l : body.split("\n", 60)) if (l.startsWith("# ")) return l.substring(2).strip();
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    private static String pagePath(String folder, String rel, Set<String> taken) {
        List<String> parts = new ArrayList<>();
        String[] segments = rel.substring(0, rel.length() - 3).split("/");
        for (String s : segments) parts.add(Folding.slug(s).isEmpty() ? "trang" : Folding.slug(s));
        String base = folder + "/" + String.join("/", parts);
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) candidate = base + "-" + n; // names that fold alike
        return candidate + ".md";
    }

    private static String text(Map<String, Field> meta, String name) {
        Field f = meta.get(name);
        if (f == null) return null;
        Object v = f.value();
        String s = v instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
        s = s.strip();
        return s.isEmpty() || s.equals("-") || Folding.fold(s).startsWith("dang cap nhat") ? null : s;
    }

    private static List<String> strings(Map<String, Field> meta, String name) {
        Field f = meta.get(name);
        if (f == null) return List.of();
        if (f.value() instanceof List<?> l) return l.stream().map(String::valueOf).filter(x -> !x.isBlank()).toList();
        String s = text(meta, name);
        return s == null ? List.of() : List.of(s);
    }

    private static int line(Map<String, Field> meta, String name) {
        Field f = meta.get(name);
        return f == null ? 1 : f.line();
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
