package vn.antq.site.parts;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The top-level blocks of a rendered body (sanitized HTML: flexmark's output or jsoup's), with
 * where each starts and ends. A cut between two of them leaves both sides well formed. A tag
 * scanner, not a parser: the HTML is our own renderer's, so quotes, comments and void elements
 * are all it has to know (a full parse of a 4 MB body costs more than the split is worth).
 */
final class Blocks {
    private Blocks() {}

    /** A top-level element: its tag (lower case), where it starts and ends in the body. */
    record Block(String tag, int start, int end) {
        boolean heading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }
    }

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    /** Every top-level element of {@code html}, in order (text between them belongs to neither). */
    static List<Block> of(String html) {
        List<Block> out = new ArrayList<>();
        int depth = 0, blockStart = -1;
        String blockTag = null;
        int i = 0, n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) break;
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            int gt = tagEnd(html, lt);
            if (gt < 0) break;
            boolean closing = lt + 1 < n && html.charAt(lt + 1) == '/';
            String tag = name(html, closing ? lt + 2 : lt + 1);
            i = gt + 1;
            if (tag.isEmpty()) continue; // "<!DOCTYPE", "< " in text that was not escaped
            if (closing) {
                if (depth > 0) depth--;
                if (depth == 0 && blockStart >= 0) {
                    out.add(new Block(blockTag, blockStart, i));
                    blockStart = -1;
                }
            } else if (VOID.contains(tag) || html.charAt(gt - 1) == '/') {
                if (depth == 0) out.add(new Block(tag, lt, i));
            } else {
                if (depth == 0) {
                    blockStart = lt;
                    blockTag = tag;
                }
                depth++;
                if (tag.equals("script") || tag.equals("style") || tag.equals("pre") || tag.equals("textarea")) {
                    // raw text: only its own end tag closes it (a "<" in code is escaped, but be safe)
                    int close = indexOfIgnoreCase(html, "</" + tag, i);
                    if (close >= 0) i = close;
                }
            }
        }
        return out;
    }

    /** The text of a block, tags dropped, entities decoded, white space joined. */
    static String text(String html, Block b) {
        StringBuilder sb = new StringBuilder();
        int i = b.start();
        while (i < b.end()) {
            char c = html.charAt(i);
            if (c == '<') {
                int gt = tagEnd(html, i);
                i = gt < 0 ? b.end() : gt + 1;
                sb.append(' ');
            } else {
                sb.append(c);
                i++;
            }
        }
        return Parser.unescapeEntities(sb.toString(), false).replaceAll("\\s+", " ").strip();
    }

    /** The {@code >} that ends the tag opened at {@code lt}, past quoted attribute values. */
    private static int tagEnd(String html, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String html, String needle, int from) {
        for (int i = from; i + needle.length() <= html.length(); i++) {
            if (html.charAt(i) == '<' && html.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }

    private static String name(String html, int from) {
        int i = from;
        while (i < html.length() && (Character.isLetterOrDigit(html.charAt(i)))) i++;
        return html.substring(from, i).toLowerCase(Locale.ROOT);
    }
}
