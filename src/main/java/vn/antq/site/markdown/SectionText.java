package vn.antq.site.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text of a rendered page cut at its headings (and footnotes), for the search
 * index: each piece becomes a sub-result linking to its anchor.
 *
 * @param anchor  id of the heading or footnote ("" for the text before the first heading)
 * @param heading the heading's text ("" before the first heading)
 */
public record SectionText(String anchor, String heading, String text) {

    static List<SectionText> extract(Element body) {
        List<SectionText> out = new ArrayList<>();
        String[] current = {"", ""};
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) return;
                if (node instanceof Element e) {
                    boolean heading = e.tagName().matches("h[1-6]") && !e.id().isEmpty();
                    boolean footnote = e.tagName().equals("li") && e.id().startsWith("fn-");
                    if (heading || footnote) {
                        flush();
                        current[0] = e.id();
                        current[1] = heading ? e.text() : "[" + e.id().substring(3) + "]";
                        if (heading) skipDepth = depth;
                    } else if (e.isBlock() || e.tagName().equals("br")) {
                        text.append('\n');
                    }
                } else if (node instanceof TextNode t) {
                    text.append(t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) skipDepth = -1;
            }

            private void flush() {
                String s = text.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
                if (!s.isEmpty() || !current[1].isEmpty()) out.add(new SectionText(current[0], current[1], s));
                text.setLength(0);
            }
        }, body);
        String s = text.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
        if (!s.isEmpty() || !current[1].isEmpty()) out.add(new SectionText(current[0], current[1], s));
        return out;
    }
}
