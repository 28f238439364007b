package vn.antq.site.render;

import vn.antq.site.model.Document;
import vn.antq.site.model.Site;
import vn.antq.site.crossref.CrossReferences;
import vn.antq.site.references.ReferenceScanner;
import vn.antq.site.text.Urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The documents and their relations (implements, replaces, cites) drawn as SVG at build
 * time. Layers go top-down from the texts others rest on to those that implement them, at
 * most two nodes a row so it stays readable on a phone; each node links to its page.
 */
final class RelationDiagram {
    /** A diagram of more nodes is unreadable (and slow to lay out): the most connected are drawn. */
    static final int MAX_DOCUMENTS = 60;
    private static final int NODE_W = 160, NODE_H = 58, GAP_X = 24, GAP_Y = 46, MARGIN = 34, PER_ROW = 2, LANE_STEP = 5;

    private record Node(String key, String number, String typeLabel, String issuer, Document page) {}
    private record Edge(String kind, String from, String to) {}

    private static final java.util.Set<String> DRAWN_KINDS = java.util.Set.of("implements", "replaces");

    private RelationDiagram() {}

    /** @param label Vietnamese label of a message key */
    static String svg(Site site, CrossReferences xrefs, Function<String, String> label, String pagePath) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        java.util.Set<Document> drawn = drawn(site, xrefs);
        for (Document d : site.documents()) {
            if (!drawn.contains(d)) continue;
            String key = keyOf(d);
            nodes.put(key, new Node(key, d.number(), label.apply("type." + d.meta().type()), d.meta().issuer(), d));
        }
        List<Edge> edges = new ArrayList<>();
        for (CrossReferences.Relation r : xrefs.relations()) {
            // the diagram draws what its legend explains; amends, guides and basis are listed in its table
            if (!drawn.contains(r.from()) || !DRAWN_KINDS.contains(r.kind())) continue;
            String from = keyOf(r.from());
            if (!nodes.containsKey(r.key())) {
                String type = new ReferenceScanner().scan(r.number()).stream().findFirst().map(x -> x.type()).orElse(null);
                nodes.put(r.key(), new Node(r.key(), r.number(), type == null ? "" : label.apply("type." + type), "", null));
            }
            edges.add(new Edge(r.kind(), from, r.key()));
        }
        for (Document d : site.documents()) {
            if (!drawn.contains(d)) continue;
            for (CrossReferences.Citing citing : xrefs.citesOf(d)) {
                CrossReferences.Cited c = citing.cited();
                if (c.page() == null || !nodes.containsKey(c.key())) continue;
                String from = keyOf(d);
                boolean related = edges.stream().anyMatch(e -> e.from().equals(from) && e.to().equals(c.key()));
                if (!related) edges.add(new Edge("cites", from, c.key()));
            }
        }
        Map<String, Integer> level = levels(nodes.keySet(), edges);
        // rows: by level, then in node order, PER_ROW per row
        Map<Integer, List<Node>> byLevel = new java.util.TreeMap<>();
        for (Node n : nodes.values()) byLevel.computeIfAbsent(level.get(n.key()), k -> new ArrayList<>()).add(n);
        Map<String, int[]> pos = new HashMap<>();
        int y = 10;
        for (List<Node> unordered : byLevel.values()) {
            // barycentre ordering: a node goes under the nodes it points at, to keep lines short
            List<Node> row = new ArrayList<>(unordered);
            Map<String, Double> centre = new HashMap<>();
            for (Node n : row) {
                double sum = 0;
                int count = 0;
                for (Edge e : edges) {
                    int[] t = pos.get(e.to());
                    if (e.from().equals(n.key()) && t != null) { sum += t[0]; count++; }
                }
                centre.put(n.key(), count == 0 ? Double.MAX_VALUE : sum / count);
            }
            row.sort(java.util.Comparator.comparingDouble((Node n) -> centre.get(n.key())));
            for (int i = 0; i < row.size(); i += PER_ROW) {
                List<Node> part = row.subList(i, Math.min(row.size(), i + PER_ROW));
                int width = part.size() * NODE_W + (part.size() - 1) * GAP_X;
                int x = MARGIN + (PER_ROW * NODE_W + (PER_ROW - 1) * GAP_X - width) / 2;
                for (Node n : part) {
                    pos.put(n.key(), new int[] {x, y});
                    x += NODE_W + GAP_X;
                }
                y += NODE_H + GAP_Y;
            }
        }
        int width = 2 * MARGIN + PER_ROW * NODE_W + (PER_ROW - 1) * GAP_X;
        int height = y - GAP_Y + 10;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"diagram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"diagram-title\">\n<title id=\"diagram-title\">").append(esc(label.apply("diagram.title"))).append("</title>\n");
        sb.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-head\"/></marker></defs>\n");
        int leftLanes = 0, rightLanes = 0;
        for (Edge e : edges) {
            int[] a = pos.get(e.from());
            int[] b = pos.get(e.to());
            if (a == null || b == null) continue;
            String d;
            if (a[1] == b[1]) { // same row: side to side
                int x1 = a[0] < b[0] ? a[0] + NODE_W : a[0];
                int x2 = a[0] < b[0] ? b[0] : b[0] + NODE_W;
                int yy = a[1] + NODE_H / 2;
                d = "M" + x1 + "," + yy + " L" + x2 + "," + yy;
            } else if (Math.abs(a[1] - b[1]) == NODE_H + GAP_Y) { // neighbouring rows: a short curve
                boolean up = b[1] < a[1];
                int x1 = a[0] + NODE_W / 2, y1 = up ? a[1] : a[1] + NODE_H;
                int x2 = b[0] + NODE_W / 2, y2 = up ? b[1] + NODE_H : b[1];
                int mid = (y1 + y2) / 2;
                d = "M" + x1 + "," + y1 + " C" + x1 + "," + mid + " " + x2 + "," + mid + " " + x2 + "," + y2;
            } else { // farther: along a lane at the side, so the line never crosses a node
                boolean left = a[0] + NODE_W / 2 < width / 2;
                int lane = left ? MARGIN - 8 - LANE_STEP * (leftLanes++ % 5) : width - MARGIN + 8 + LANE_STEP * (rightLanes++ % 5);
                int x1 = left ? a[0] : a[0] + NODE_W, y1 = a[1] + NODE_H / 2;
                // the line comes in from the lane's side, whichever column the target is in
                int x2 = left ? b[0] : b[0] + NODE_W;
                int y2 = b[1] + NODE_H / 2 + (y1 > b[1] ? 8 : -8);
                d = "M" + x1 + "," + y1 + " L" + lane + "," + y1 + " L" + lane + "," + y2 + " L" + x2 + "," + y2;
            }
            sb.append("<path class=\"edge edge-").append(e.kind()).append("\" d=\"").append(d)
                    .append("\" marker-end=\"url(#arrow)\"><title>")
                    .append(esc(label.apply("diagram.edge." + e.kind()))).append("</title></path>\n");
        }
        for (Node n : nodes.values()) {
            int[] p = pos.get(n.key());
            String cls = n.page() != null ? "node" : "node node-external";
            if (n.page() != null) {
                sb.append("<a href=\"").append(esc(Urls.relative(pagePath, n.page().outputPath()))).append("\">");
            }
            sb.append("<g class=\"").append(cls).append("\"><title>").append(esc(n.typeLabel() + " " + n.number()
                    + (n.page() != null ? ": " + n.page().title() : " — " + label.apply("diagram.no_page")))).append("</title>");
            sb.append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(NODE_W)
                    .append("\" height=\"").append(NODE_H).append("\" rx=\"6\"/>");
            sb.append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 20).append("\" class=\"node-type\">")
                    .append(esc(fit(n.typeLabel(), 24))).append("</text>");
            sb.append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 37).append("\" class=\"node-number\">")
                    .append(esc(fit(n.number(), 22))).append("</text>");
            sb.append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 51).append("\" class=\"node-issuer\">")
                    .append(esc(fit(n.issuer().isEmpty() ? label.apply("diagram.no_page") : n.issuer(), 30))).append("</text>");
            sb.append("</g>");
            if (n.page() != null) sb.append("</a>");
            sb.append('\n');
        }
        return sb.append("</svg>").toString();
    }

    /** All documents, or on a large site the {@link #MAX_DOCUMENTS} with the most relations. */
    static java.util.Set<Document> drawn(Site site, CrossReferences xrefs) {
        java.util.Set<Document> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (site.documents().size() <= MAX_DOCUMENTS) {
            all.addAll(site.documents());
            return all;
        }
        Map<Document, Integer> degree = new java.util.IdentityHashMap<>();
        for (CrossReferences.Relation r : xrefs.relations()) {
            degree.merge(r.from(), 1, Integer::sum);
            if (r.target() != null) degree.merge(r.target(), 1, Integer::sum);
        }
        for (Document d : site.documents()) {
            for (CrossReferences.Citing c : xrefs.citesOf(d)) {
                if (c.cited().page() != null) {
                    degree.merge(d, 1, Integer::sum);
                    degree.merge(c.cited().page(), 1, Integer::sum);
                }
            }
        }
        List<Document> ranked = new ArrayList<>(site.documents());
        ranked.sort(java.util.Comparator.comparingInt((Document d) -> -degree.getOrDefault(d, 0)));
        all.addAll(ranked.subList(0, MAX_DOCUMENTS));
        return all;
    }

    private static String keyOf(Document d) {
        return d.numberKey() == null ? "slug:" + d.slug() : d.numberKey();
    }

    /** Longest-path layering: a document sits one layer below what it implements, replaces or cites. */
    private static Map<String, Integer> levels(Iterable<String> keys, List<Edge> edges) {
        Map<String, Integer> level = new HashMap<>();
        for (String k : keys) level.put(k, 0);
        int size = level.size();
        for (int round = 0; round < size; round++) {
            boolean changed = false;
            for (Edge e : edges) {
                int want = level.get(e.to()) + (e.kind().equals("replaces") ? 0 : 1);
                if (level.get(e.from()) < want && want < size) {
                    level.put(e.from(), want);
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return level;
    }

    private static String fit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
