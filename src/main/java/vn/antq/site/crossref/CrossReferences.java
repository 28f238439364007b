package vn.antq.site.crossref;

import vn.antq.site.content.Problems;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.model.Document;
import vn.antq.site.model.Site;
import vn.antq.site.references.Citation;
import vn.antq.site.references.ReferenceScanner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who cites whom, and the front-matter relations (implements, replaces) both ways. Every
 * cited number gets an entry, whether the site has a page for it or not: that is the
 * register of cited documents.
 */
public final class CrossReferences {
    /** A place that cites a number: the citing document and the section. */
    public record Place(Document from, String sectionId, String sectionTitle) {}

    /**
     * A cited number, its page if the site has one, every place citing it, and how many
     * documents cite it.
     */
    public record Cited(String key, String number, String type, Document page, List<Place> places, int citingCount) {}

    /** What one document cites, with its own places citing it. */
    public record Citing(Cited cited, List<Place> places) {}

    /** A front-matter relation: {@code from} implements or replaces {@code number}. */
    public record Relation(String kind, Document from, String number, String key, Document target) {}

    private final Map<String, Cited> cited;
    private final Map<Document, List<Citing>> citesOf;
    private final List<Relation> relations;
    // by document, so a page asks in constant time, not by a scan of every relation
    private final Map<Document, List<Relation>> outgoing = new java.util.IdentityHashMap<>();
    private final Map<Document, List<Relation>> incoming = new java.util.IdentityHashMap<>();

    private CrossReferences(Map<String, Cited> cited, Map<Document, List<Citing>> citesOf, List<Relation> relations) {
        this.cited = cited;
        this.citesOf = citesOf;
        this.relations = relations;
        for (Relation r : relations) {
            outgoing.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            if (r.target() != null) incoming.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
        }
        outgoing.replaceAll((k, v) -> List.copyOf(v));
        incoming.replaceAll((k, v) -> List.copyOf(v));
    }

    public static CrossReferences build(Site site, Map<String, Rendered> bodies, Problems problems) {
        Map<String, Document> byKey = new HashMap<>();
        for (Document d : site.documents()) {
            if (d.numberKey() != null) byKey.put(d.numberKey(), d);
        }
        Map<String, List<Place>> places = new TreeMap<>();
        Map<String, Set<String>> placeKeys = new HashMap<>();
        Map<String, Integer> citingCount = new HashMap<>();
        Map<String, Citation> firstSeen = new HashMap<>();
        Map<Document, Set<String>> keysOf = new java.util.IdentityHashMap<>();
        for (Document d : site.documents()) {
            Rendered r = bodies.get(d.sourcePath());
            if (r == null) continue;
            String self = ReferenceScanner.key(d.number());
            Set<String> keys = new java.util.LinkedHashSet<>();
            for (Citation c : r.citations()) {
                if (c.key().equals(self)) continue;
                firstSeen.putIfAbsent(c.key(), c);
                if (keys.add(c.key())) citingCount.merge(c.key(), 1, Integer::sum);
                // one place per document and section; a set keeps this linear on large sites
                if (placeKeys.computeIfAbsent(c.key(), k -> new HashSet<>()).add(d.sourcePath() + "#" + c.sectionId())) {
                    places.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(new Place(d, c.sectionId(), c.sectionTitle()));
                }
            }
            keysOf.put(d, keys);
        }
        Map<String, Cited> cited = new TreeMap<>();
        for (Map.Entry<String, List<Place>> e : places.entrySet()) {
            Document page = byKey.get(e.getKey());
            Citation c = firstSeen.get(e.getKey());
            String number = page != null ? page.number() : c.number();
            String type = page != null ? page.meta().type() : c.type();
            cited.put(e.getKey(), new Cited(e.getKey(), number, type, page, List.copyOf(e.getValue()), citingCount.get(e.getKey())));
        }
        // each document's own places, grouped once rather than filtered per page
        Map<Document, Map<String, List<Place>>> own = new java.util.IdentityHashMap<>();
        for (Cited c : cited.values()) {
            for (Place p : c.places()) {
                own.computeIfAbsent(p.from(), k -> new HashMap<>()).computeIfAbsent(c.key(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<Document, List<Citing>> citesOf = new java.util.IdentityHashMap<>();
        keysOf.forEach((d, keys) -> citesOf.put(d, keys.stream()
                .map(k -> new Citing(cited.get(k), own.get(d).get(k))).toList()));

        List<Relation> relations = new ArrayList<>();
        for (Document d : site.documents()) {
            d.meta().relations().forEach((kind, numbers) -> related(d, kind, numbers, byKey, relations, problems));
        }
        checkReplaceCycles(relations, problems);
        return new CrossReferences(cited, citesOf, List.copyOf(relations));
    }

    /**
     * {@code d}'s relation of one kind to each number: a document cannot replace, amend, guide
     * or rest on itself (as relation.itself says; implementing itself is not checked).
     */
    private static void related(Document d, String kind, List<String> numbers, Map<String, Document> byKey,
                                List<Relation> out, Problems problems) {
        for (String n : numbers) {
            String key = ReferenceScanner.key(n);
            if (!kind.equals("implements") && key.equals(ReferenceScanner.key(d.number()))) {
                problems.error(d.sourcePath(), 1, 0, "relation.itself", n);
                continue;
            }
            out.add(new Relation(kind, d, n, key, byKey.get(key)));
        }
    }

    /** A replaces B replaces A cannot be: report each cycle once, at its first document. */
    private static void checkReplaceCycles(List<Relation> relations, Problems problems) {
        Map<Document, List<Document>> next = new java.util.IdentityHashMap<>();
        for (Relation r : relations) {
            if (r.kind().equals("replaces") && r.target() != null) {
                next.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.target());
            }
        }
        Set<Document> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Document> starts = new ArrayList<>(next.keySet());
        starts.sort(Comparator.comparing(Document::sourcePath));
        for (Document start : starts) {
            List<Document> path = new ArrayList<>();
            if (findCycle(start, start, next, path, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())) && reported.add(path.stream().min(Comparator.comparing(Document::sourcePath)).orElseThrow())) {
                StringBuilder sb = new StringBuilder();
                for (Document d : path) sb.append(d.number()).append(" → ");
                sb.append(start.number());
                problems.error(start.sourcePath(), 1, 0, "relation.cycle", sb.toString());
            }
        }
    }

    private static boolean findCycle(Document start, Document at, Map<Document, List<Document>> next,
                                     List<Document> path, Set<Document> visited) {
        path.add(at);
        visited.add(at);
        for (Document n : next.getOrDefault(at, List.of())) {
            if (n == start) return true;
            if (!visited.contains(n) && findCycle(start, n, next, path, visited)) return true;
        }
        path.remove(path.size() - 1);
        return false;
    }

    /** The register of cited documents, by number key. */
    public List<Cited> cited() { return List.copyOf(cited.values()); }

    /** The register's entry for one number key, or null when nothing cites it. */
    public Cited cited(String key) { return cited.get(key); }

    /** What {@code d} cites, in order of first citation, with the places in {@code d}. */
    public List<Citing> citesOf(Document d) { return citesOf.getOrDefault(d, List.of()); }

    /** The places that cite {@code d}. */
    public List<Place> citedBy(Document d) {
        Cited c = cited.get(ReferenceScanner.key(d.number()));
        return c == null || d.meta().blank().contains("number") ? List.of() : c.places();
    }

    /** Relations written in {@code d}'s front matter. */
    public List<Relation> outgoing(Document d) {
        return outgoing.getOrDefault(d, List.of());
    }

    /** Relations of other documents that point at {@code d} (replaced by, implemented by). */
    public List<Relation> incoming(Document d) {
        return incoming.getOrDefault(d, List.of());
    }

    public List<Relation> relations() { return relations; }
}
