package vn.antq.site.render;

import vn.antq.site.model.Routes;
import vn.antq.site.content.DocDate;
import vn.antq.site.model.Document;
import vn.antq.site.model.Site;

import java.util.List;

/**
 * sitemap.xml, the Atom feed and robots.txt. Sitemap and feed need absolute URLs, so they
 * are written only when a base URL is known. Dates come from the documents, never the clock,
 * so the same content gives the same bytes.
 */
public final class Feeds {
    private static final int FEED_ENTRIES = 50;

    private Feeds() {}

    public static String robots(Site site) {
        StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\n");
        if (site.config().baseUrl() != null) sb.append("Sitemap: ").append(site.config().baseUrl()).append("sitemap.xml\n");
        return sb.toString();
    }

    /** @param pages output paths of every HTML page, sorted */
    public static String sitemap(Site site, List<String> pages) {
        String base = site.config().baseUrl();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        java.util.Map<String, Document> byPath = new java.util.HashMap<>();
        for (Document d : site.documents()) byPath.put(d.outputPath(), d);
        for (String p : pages) {
            sb.append("  <url><loc>").append(xml(base + Routes.canonical(p))).append("</loc>");
            Document d = byPath.get(p);
            if (d != null && d.meta().date().complete()) sb.append("<lastmod>").append(d.meta().date().iso()).append("</lastmod>");
            sb.append("</url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    public static String atom(Site site) {
        String base = site.config().baseUrl();
        List<Document> docs = site.documents().subList(0, Math.min(FEED_ENTRIES, site.documents().size()));
        String updated = docs.isEmpty() ? "2000-01-01T00:00:00Z" : timestamp(docs.get(0).meta().date());
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n")
                .append("  <title>").append(xml(site.config().title())).append("</title>\n")
                .append("  <id>").append(xml(base)).append("</id>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(base)).append("\"/>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(base + "feed.xml")).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n");
        if (site.config().description() != null) {
            sb.append("  <subtitle>").append(xml(site.config().description())).append("</subtitle>\n");
        }
        for (Document d : docs) {
            String url = base + Routes.canonical(d.outputPath());
            sb.append("  <entry>\n")
                    .append("    <title>").append(xml(d.number() + " — " + d.title())).append("</title>\n")
                    .append("    <id>").append(xml(url)).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(url)).append("\"/>\n")
                    .append("    <updated>").append(timestamp(d.meta().date())).append("</updated>\n")
                    .append("    <author><name>").append(xml(d.meta().issuer())).append("</name></author>\n");
            if (d.meta().summary() != null) {
                sb.append("    <summary>").append(xml(d.meta().summary())).append("</summary>\n");
            }
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    private static String timestamp(DocDate d) {
        return String.format("%04d-%02d-%02dT00:00:00Z", d.year(), Math.max(1, d.month()), Math.max(1, d.day()));
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

}
