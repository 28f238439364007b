package vn.antq.site.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Removes from rendered content anything that could run code or break the site's CSP:
 * scripts, event handlers, {@code style} attributes, {@code javascript:} and {@code data:}
 * URLs, frames and forms. What remains is the markup Markdown itself produces.
 */
public final class HtmlSanitizer {
    private final Safelist safelist;

    public HtmlSanitizer() {
        safelist = Safelist.relaxed()
                .addTags("abbr", "del", "ins", "s", "mark", "figure", "figcaption", "section", "hr", "input",
                        "details", "summary", "small", "kbd", "var", "samp")
                .addAttributes(":all", "id", "class", "title", "lang")
                .addAttributes("input", "type", "checked", "disabled", "readonly")
                .addAttributes("ol", "start", "type")
                .addAttributes("th", "align", "scope").addAttributes("td", "align")
                .addAttributes("a", "rel", "hreflang")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "#", "tel")
                .preserveRelativeLinks(true);
    }

    /** Attributes Markdown itself produces (the rest can only come from attribute blocks). */
    private static final java.util.Set<String> MARKDOWN_ATTRIBUTES = java.util.Set.of("id", "class", "title", "href", "src",
            "alt", "type", "checked", "disabled", "readonly", "start", "align", "lang", "scope", "rel", "colspan", "rowspan");

    /**
     * Filters the attributes of one element of Markdown output that has no raw HTML: its tags
     * are all Markdown's own, so only attributes (from attribute blocks) and link targets can
     * carry anything dangerous.
     */
    static void filterMarkdownAttributes(com.vladsch.flexmark.util.html.MutableAttributes attributes) {
        if (attributes.isEmpty()) return;
        for (String name : java.util.List.copyOf(attributes.keySet())) {
            String key = name.toLowerCase(java.util.Locale.ROOT);
            if (!MARKDOWN_ATTRIBUTES.contains(key)) {
                attributes.remove(name);
            } else if ((key.equals("href") || key.equals("src")) && !safeUrl(attributes.getValue(name), key.equals("src"))) {
                attributes.remove(name);
            }
        }
    }

    /** Relative links, #anchors and http(s)/mailto/tel; images only from the site itself. */
    private static boolean safeUrl(String url, boolean image) {
        String u = asBrowserReads(url).toLowerCase(java.util.Locale.ROOT);
        if (!vn.antq.site.text.Urls.hasScheme(u)) return !u.startsWith("//");
        if (image) return false;
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:") || u.startsWith("tel:");
    }

    /**
     * The URL a browser follows: flexmark writes an attribute block's "&amp;#9;" as it is, and the
     * URL parser drops tabs and newlines anywhere and controls or spaces at the ends, so
     * "java&amp;#9;script:" would run as "javascript:"; it reads "/\host" as "//host".
     */
    private static String asBrowserReads(String url) {
        String u = url.indexOf('&') < 0 ? url : org.jsoup.parser.Parser.unescapeEntities(url, true);
        int start = 0, end = u.length();
        while (start < end && blank(u.charAt(start))) start++;
        while (end > start && blank(u.charAt(end - 1))) end--;
        u = u.substring(start, end);
        if (u.indexOf('\t') >= 0 || u.indexOf('\n') >= 0 || u.indexOf('\r') >= 0) u = u.replaceAll("[\t\n\r]", "");
        return u.replace('\\', '/');
    }

    private static boolean blank(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }

    /** Cleans a fragment into a jsoup document, for further processing. */
    public Document cleanDocument(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "https://antq.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element img : clean.select("img[src]")) {
            // relaxed() lets http(s) images through, and a page must not load third-party ones;
            // removing those protocols from the safelist would lift its check for every URL (data: too)
            if (!safeUrl(img.attr("src"), true)) img.removeAttr("src");
        }
        for (Element input : clean.select("input")) {
            // only task-list check boxes survive, read-only
            if (!"checkbox".equals(input.attr("type"))) input.remove();
            else input.attr("disabled", true);
        }
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    /** True when cleaning would leave {@code html} as it is; false warns the editor that something was removed. */
    public boolean isSafe(String html) {
        return new Cleaner(safelist).isValidBodyHtml(html);
    }
}
