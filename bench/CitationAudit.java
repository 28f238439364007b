import vn.antq.site.references.LegalReference;
import vn.antq.site.references.ReferenceScanner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How well the reference scanner finds, in real legal texts, the numbers of documents the
 * corpus itself holds (the ones that would have a page once imported).
 *
 * <pre>
 * mvn -q -B -DskipTests package
 * java -cp target/classes bench/CitationAudit.java ../shared/corpus/van-ban-phap-luat
 * </pre>
 *
 * Known numbers: each file's own number, from its front matter ({@code so_hieu}), its metadata
 * table ("| Số hiệu | 159/NQ-CP |") or a bold line ("**Số:** 244/2026/NĐ-CP"). A mention is that
 * number written in any body (white space allowed after '/' and '-', as a line break leaves it;
 * a lower-case word may be glued after it). Reported: mentions found by the scanner with the
 * right key (recall), scanner hits on a known key cut short of a longer number written there
 * (false links: "13/2023/NĐ-CP" linked inside "13/2023/NĐ-CP-X"), and
 * keys the scanner makes that only extend a known number (phantoms in the register of cited
 * documents), with examples. Reads the raw Markdown bodies, not rendered pages: a rough but
 * repeatable yardstick.
 */
public final class CitationAudit {
    private static final Pattern OWN = Pattern.compile(
            "(?m)^(?:so_hieu:\\s*\"?|\\|\\s*(?:\\*\\*)?Số (?:ký )?hiệu(?:\\*\\*)?\\s*\\|\\s*|\\*\\*Số(?: hiệu)?:?\\*\\*:?\\s*)"
            + "([0-9][^\"|\\n]*?)\\s*(?:\"|\\||$)");
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.,-])\\d{1,5}(?:\\.\\d{1,3})?(?:/\\d{4})?\\s?[/-]\\s?\\p{Lu}[\\p{L}\\p{N}()/\\-\\s]{0,60}");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/van-ban-phap-luat");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Map<String, String> known = new HashMap<>(); // compact spelling (no white space) -> key
        List<String> bodies = new ArrayList<>();
        for (Path f : files) {
            String text = Normalizer.normalize(Files.readString(f, StandardCharsets.UTF_8), Normalizer.Form.NFC);
            Matcher own = OWN.matcher(text);
            if (own.find()) {
                String number = own.group(1).strip().replaceAll("\\s", "");
                if (number.matches("\\d.*[\\p{Lu}].*")) known.put(number, ReferenceScanner.key(number));
            }
            bodies.add(text);
        }
        Set<String> knownKeys = new HashSet<>(known.values());
        ReferenceScanner scanner = new ReferenceScanner();
        int mentions = 0, found = 0, falseLinks = 0;
        Map<String, Integer> phantoms = new TreeMap<>();
        Map<String, Integer> missedExamples = new TreeMap<>();
        Map<String, Integer> falseExamples = new TreeMap<>();
        Pattern glued = Pattern.compile("[\\p{Lu}\\d]\\p{Ll}*[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]\\p{Ll}*$");
        Map<String, Integer> gluedNumbers = new TreeMap<>();
        int allRefs = 0;
        for (String body : bodies) {
            List<LegalReference> refs = scanner.scan(body);
            allRefs += refs.size();
            for (LegalReference r : refs) {
                Matcher g = glued.matcher(r.number());
                if (g.find() && g.end() - g.start() > 2) gluedNumbers.merge(r.number(), 1, Integer::sum);
            }
            Matcher c = CANDIDATE.matcher(body);
            while (c.find()) {
                String mention = longestKnownPrefix(c.group(), known);
                if (mention == null) continue;
                mentions++;
                String key = known.get(mention);
                int start = c.start();
                boolean hit = refs.stream().anyMatch(r -> r.key().equals(key) && r.start() <= start + 1 && r.end() > start);
                if (hit) found++;
                else missedExamples.merge(c.group().replaceAll("\\s+", " ").strip(), 1, Integer::sum);
            }
            for (LegalReference r : refs) {
                if (knownKeys.contains(r.key()) && truncated(body, r.end())) {
                    falseLinks++;
                    falseExamples.merge(body.substring(Math.max(0, r.start() - 12), Math.min(body.length(), r.end() + 12))
                            .replaceAll("\\s+", " "), 1, Integer::sum);
                }
                if (!knownKeys.contains(r.key()) && knownKeys.stream().anyMatch(k -> r.key().startsWith(k + "-") || r.key().startsWith(k)
                        && r.key().length() > k.length() && Character.isLetter(r.key().charAt(k.length())))) {
                    phantoms.merge(r.number(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("files %d, known numbers %d%n", files.size(), known.size());
        System.out.printf("mentions of known numbers %d, found with the right key %d (%.1f%%), false links %d%n",
                mentions, found, mentions == 0 ? 0 : 100.0 * found / mentions, falseLinks);
        System.out.printf("phantom numbers (a known number with more glued on) %d distinct, %d places%n",
                phantoms.size(), phantoms.values().stream().mapToInt(Integer::intValue).sum());
        System.out.printf("all numbers found %d; with a word glued on (\"NĐ-CPngày\") %d distinct, %d places%n", allRefs,
                gluedNumbers.size(), gluedNumbers.values().stream().mapToInt(Integer::intValue).sum());
        gluedNumbers.entrySet().stream().limit(5).forEach(e -> System.out.println("  glued " + e.getKey() + " ×" + e.getValue()));
        phantoms.entrySet().stream().limit(10).forEach(e -> System.out.println("  phantom " + e.getKey() + " ×" + e.getValue()));
        falseExamples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(10)
                .forEach(e -> System.out.println("  false link: …" + e.getKey() + "… ×" + e.getValue()));
        missedExamples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(10)
                .forEach(e -> System.out.println("  missed " + e.getKey() + " ×" + e.getValue()));
    }

    /** More of a number goes on after {@code end}: a capital or digit, or a separator and one. */
    private static boolean truncated(String body, int end) {
        if (end >= body.length()) return false;
        char c = body.charAt(end);
        if (Character.isUpperCase(c) || Character.isDigit(c)) return true;
        return (c == '-' || c == '/') && end + 1 < body.length()
                && (Character.isUpperCase(body.charAt(end + 1)) || Character.isDigit(body.charAt(end + 1)));
    }

    /** The known number the candidate text starts with (white space removed), ending where a number may end. */
    private static String longestKnownPrefix(String candidate, Map<String, String> known) {
        String compact = candidate.replaceAll("(?<=[/-])\\s+|\\s+(?=[/-])", "");
        String best = null;
        for (String n : known.keySet()) {
            if (!compact.startsWith(n) || best != null && best.length() >= n.length()) continue;
            if (compact.length() > n.length()) {
                char next = compact.charAt(n.length());
                if (Character.isUpperCase(next) || Character.isDigit(next)) continue; // more of another number
            }
            best = n;
        }
        return best;
    }
}
