import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import vn.antq.site.references.ReferenceScanner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The citation audit on a built site (after {@code import} and {@code build}): in the text of
 * every document page, how many mentions of numbers whose document has a page are links to
 * that page; links the generator made of a number ({@code a.ref}) to a document page whose
 * number is another (false links);
 * and rows of the register of cited documents without a page whose number is a document's
 * number with more glued on (phantoms).
 *
 * <pre>
 * java -jar target/antq-site.jar import ../shared/corpus/van-ban-phap-luat --source /tmp/imp
 * java -jar target/antq-site.jar build --source /tmp/imp
 * java -cp target/classes:$HOME/.m2/repository/org/jsoup/jsoup/1.21.2/jsoup-1.21.2.jar bench/SiteCitationAudit.java /tmp/imp
 * </pre>
 */
public final class SiteCitationAudit {
    private static final Pattern FIELD = Pattern.compile("(?m)^(number|type|slug): \"?([^\"\\n]*)\"?$");
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.,-])\\d{1,5}(?:\\.\\d{1,3})?(?:/\\d{4})?\\s?[/-]\\s?\\p{Lu}[\\p{L}\\p{N}()/\\-\\s]{0,60}");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/imp");
        Map<String, String> pageOf = new HashMap<>(); // compact number -> output path "van-ban/x/index.html"
        try (Stream<Path> s = Files.list(root.resolve("content/van-ban"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                String fm = Files.readString(f, StandardCharsets.UTF_8).split("\n---\n", 2)[0];
                Map<String, String> v = new HashMap<>();
                Matcher m = FIELD.matcher(fm);
                while (m.find()) v.putIfAbsent(m.group(1), m.group(2).strip());
                String number = v.get("number");
                if (number == null || !number.matches(".*\\d.*\\p{L}.*")) continue;
                String slug = v.containsKey("slug") ? v.get("slug") : v.get("type") + "-" + ReferenceScanner.key(number);
                pageOf.put(number.replaceAll("\\s", ""), "van-ban/" + slug + "/index.html");
            }
        }
        Map<String, String> byKey = new HashMap<>();
        pageOf.forEach((n, p) -> byKey.put(ReferenceScanner.key(n), p));
        int[] mentions = {0}, linked = {0}, falseLinks = {0}, inOtherLinks = {0};
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> wrong = new TreeMap<>();
        List<String> contexts = new java.util.ArrayList<>();
        Path site = root.resolve("site");
        List<String> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.getFileName().toString().equals("index.html")).map(p -> site.relativize(p).toString()).sorted().toList();
        }
        for (String own : pages) {
            Path file = site.resolve(own);
            Document d = Jsoup.parse(file.toFile(), "UTF-8", "http://x/" + own);
            // the text of documents and of plain pages (the old site's topic compilations), not listings
            Element body = d.selectFirst(".doc-body");
            if (body == null && d.selectFirst("body.page") != null) body = d.selectFirst("main .prose");
            if (body == null) continue;
            NodeTraversor.traverse((Node node, int depth) -> {
                if (!(node instanceof TextNode t)) return;
                // examples are not citations; a page's title names the page
                if (t.parent() != null && t.parent().closest("code, pre, h1") != null) return;
                Element a = t.parent() != null ? t.parent().closest("a[href]") : null;
                Matcher c = CANDIDATE.matcher(t.getWholeText());
                while (c.find()) {
                    String number = longestKnownPrefix(c.group(), pageOf);
                    if (number == null || pageOf.get(number).equals(own)) continue; // its own number is not linked
                    mentions[0]++;
                    if (a != null && a.absUrl("href").startsWith("http://x/" + pageOf.get(number))) linked[0]++;
                    else if (a != null) inOtherLinks[0]++; // the old site's own link: left as the editor wrote it
                    else {
                        missed.merge(number, 1, Integer::sum);
                        if (missed.get(number) == 1) {
                            String w = t.getWholeText();
                            contexts.add(own + ": …" + w.substring(Math.max(0, c.start() - 30), Math.min(w.length(), c.start() + 40))
                                    .replaceAll("\\s+", " ") + "… " + (a == null ? "(no link, in " + t.parent().tagName() + ")" : "(in a link to " + a.attr("href") + ")"));
                        }
                    }
                }
            }, body);
            for (Element a : body.select("a.ref[href]")) { // the links the generator made of numbers
                String target = a.absUrl("href").replace("http://x/", "").replaceAll("#.*$", "");
                if (target.equals(own)) continue; // footnotes and the contents: the page itself
                String number = pageOf.entrySet().stream().filter(e -> e.getValue().equals(target)).map(Map.Entry::getKey).findFirst().orElse(null);
                if (number != null && !ReferenceScanner.key(a.text()).contains(ReferenceScanner.key(number))) {
                    falseLinks[0]++;
                    wrong.merge(a.text() + " → " + number, 1, Integer::sum);
                }
            }
        }
        int phantoms = 0;
        Document cited = Jsoup.parse(site.resolve("tham-chieu/index.html").toFile(), "UTF-8");
        for (Element row : cited.select("tr[id]")) {
            if (row.selectFirst("td a") != null && row.selectFirst("td").selectFirst("a") != null) continue;
            String key = row.id();
            if (byKey.keySet().stream().anyMatch(k -> key.startsWith(k) && key.length() > k.length())) {
                phantoms++;
                System.out.println("  phantom " + row.selectFirst("td").text());
            }
        }
        System.out.printf("documents with a page %d%n", pageOf.size());
        System.out.printf("mentions of their numbers in other documents' text %d, linked to the page %d (%.1f%%)%n",
                mentions[0], linked[0], mentions[0] == 0 ? 0 : 100.0 * linked[0] / mentions[0]);
        System.out.printf("of the rest, inside a link the text already had: %d%n", inOtherLinks[0]);
        System.out.printf("false links %d; phantom rows in the register of cited documents %d%n", falseLinks[0], phantoms);
        missed.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(8)
                .forEach(e -> System.out.println("  not linked " + e.getKey() + " ×" + e.getValue()));
        contexts.stream().limit(8).forEach(x -> System.out.println("  " + x));
        wrong.entrySet().stream().limit(8).forEach(e -> System.out.println("  false link " + e.getKey() + " ×" + e.getValue()));
    }

    /** The known number the candidate text starts with, ending where a number may end. */
    private static String longestKnownPrefix(String candidate, Map<String, String> known) {
        String compact = candidate.replaceAll("(?<=[/-])\\s+|\\s+(?=[/-])", "");
        String best = null;
        for (String n : known.keySet()) {
            if (!compact.startsWith(n) || best != null && best.length() >= n.length()) continue;
            if (compact.length() > n.length()) {
                char next = compact.charAt(n.length());
                if (Character.isUpperCase(next) || Character.isDigit(next)) continue;
            }
            best = n;
        }
        return best;
    }
}
