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
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("ol", "start", "type")
                .addAttributes("th", "align", "scope").addAttributes("td", "align")
                .addAttributes("a", "rel", "hreflang")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "#", "tel")
                .preserveRelativeLinks(true);
        // relaxed() allows img src over http(s) only; a page must not load third-party images
        safelist.removeProtocols("img", "src", "http", "https");
    }

    /** Cleans a fragment; relative links are kept as they are. */
    public String clean(String html) {
        return cleanDocument(html).body().html();
    }

    /** Cleans a fragment into a jsoup document, for further processing. */
    public Document cleanDocument(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "https://antq.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element input : clean.select("input")) {
            // only task-list check boxes survive, read-only
            if (!"checkbox".equals(input.attr("type"))) input.remove();
            else input.attr("disabled", true);
        }
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    /** True when cleaning would change {@code html} (to warn the editor). */
    public boolean isSafe(String html) {
        return new Cleaner(safelist).isValidBodyHtml(html);
    }
}
