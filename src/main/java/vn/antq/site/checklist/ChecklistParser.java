package vn.antq.site.checklist;

import vn.antq.site.content.FieldReader;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.content.YamlNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a checklist definition (front matter + Markdown body of sections and task-list
 * items with attribute blocks) and validates it: ids, kinds, expressions (syntax, unknown
 * ids, types, division by zero), points against the declared total, reachable outcomes and
 * bands. Every problem is reported at its file line. This class reads the front matter (the
 * result: outcomes or bands, and the targets); {@link BodyReader} the body, {@link ItemChecker}
 * its items, {@link ExpressionChecker} every expression.
 */
public final class ChecklistParser {
    public static final List<String> KINDS = ItemChecker.KINDS;
    private static final Set<String> FIELDS = Set.of("id", "title", "summary", "version", "audience", "legal_basis", "notice", "result", "targets", "draft");
    private static final Set<String> RESULT_FIELDS = Set.of("type", "outcomes", "total", "bands");

    private final Problems problems;

    public ChecklistParser(Problems problems) {
        this.problems = problems;
    }

    /** Returns the checklist, or null when it has errors (all reported). */
    public Checklist parse(FrontMatter fm) {
        int errorsBefore = problems.errorCount();
        String path = fm.path();
        ExpressionChecker expressions = new ExpressionChecker(path, problems);
        FieldReader r = new FieldReader(path, fm.fields(), 1, problems);
        r.rejectUnknown(FIELDS);
        String id = r.string("id", true);
        String expectedId = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        if (id != null && !id.equals(expectedId)) {
            r.error(r.node("id"), "checklist.idNotFileName", id, expectedId);
        }
        if (id != null && !id.matches("[a-z0-9-]+")) r.error(r.node("id"), "checklist.badId", id);
        String title = r.string("title", true);
        int version = r.integer("version", 0);
        if (version < 1) problems.error(path, r.lineOf("version"), 0, "checklist.badVersion");
        List<String> audience = r.strings("audience", Schema.AUDIENCES);
        List<String> basis = r.strings("legal_basis", null);

        BodyReader.Body body = new BodyReader(path, problems, expressions).read(fm.body(), fm.bodyLine());
        Map<String, Checklist.Item> byId = new LinkedHashMap<>();
        for (Checklist.Section s : body.sections()) for (Checklist.Item i : s.items()) byId.putIfAbsent(i.id(), i);

        String type = null;
        List<Checklist.Outcome> outcomes = new ArrayList<>();
        List<Checklist.Band> bands = new ArrayList<>();
        int total = 0;
        YamlNode result = r.node("result");
        if (result == null || !result.isMap()) {
            problems.error(path, result == null ? 1 : result.line(), 0, "checklist.resultMissing");
        } else {
            FieldReader rr = new FieldReader(path, result.map(), result.line(), problems);
            rr.rejectUnknown(RESULT_FIELDS);
            type = rr.oneOf("type", List.of(Checklist.PASS_FAIL, Checklist.SCORE), true, null);
            total = rr.integer("total", 0);
            if (Checklist.PASS_FAIL.equals(type)) {
                outcomes = outcomes(path, rr.node("outcomes"), byId, result.line(), expressions);
            } else if (Checklist.SCORE.equals(type)) {
                bands = bands(path, rr.node("bands"), total, result.line());
                int sum = byId.values().stream().mapToInt(Checklist.Item::points).sum();
                if (sum != total) problems.error(path, rr.lineOf("total"), 0, "checklist.pointsTotal", sum, total);
            }
        }
        Set<String> outcomeIds = new HashSet<>();
        outcomes.forEach(o -> outcomeIds.add(o.id()));
        bands.forEach(b -> outcomeIds.add(b.id()));
        List<Checklist.Target> targets = targets(path, r.node("targets"), outcomeIds);
        if (problems.errorCount() > errorsBefore) return null;
        return new Checklist(id, title, r.string("summary", false), version, audience, basis, r.string("notice", false),
                type, List.copyOf(outcomes), total, List.copyOf(bands), List.copyOf(targets), body.intro(),
                List.copyOf(body.sections()), path);
    }

    /** One entry of the outcomes or the bands: its fields, its id (unique in the list) and label. */
    private record Entry(FieldReader fields, String id, String label) {}

    /**
     * The entries of a result's list of outcomes or bands, each a mapping of {@code known}
     * fields; {@code missingKey} is reported when there is no list or it is empty.
     */
    private List<Entry> entries(String path, YamlNode node, int line, String missingKey, Set<String> known) {
        List<Entry> out = new ArrayList<>();
        if (node == null || !node.isList() || node.list().isEmpty()) {
            problems.error(path, node == null ? line : node.line(), 0, missingKey);
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (FieldReader f : FieldReader.mappings(path, node.list(), known, "checklist.outcomeNotMapping", problems)) {
            String id = f.string("id", true);
            String label = f.string("label", true);
            if (id != null && !ids.add(id)) problems.error(path, f.lineOf("id"), 0, "checklist.duplicateOutcome", id);
            out.add(new Entry(f, id, label));
        }
        return out;
    }

    private List<Checklist.Outcome> outcomes(String path, YamlNode node, Map<String, Checklist.Item> items, int line,
                                             ExpressionChecker expressions) {
        List<Checklist.Outcome> out = new ArrayList<>();
        boolean always = false;
        for (Entry e : entries(path, node, line, "checklist.outcomesMissing", Set.of("id", "label", "when"))) {
            String whenText = e.fields().string("when", true);
            if (always) problems.error(path, e.fields().line(), 0, "checklist.unreachableOutcome", e.id());
            if (whenText == null) continue;
            Expr when = expressions.check(e.fields().lineOf("when"), 0, whenText, items, null, Expr.Type.BOOL);
            if (when instanceof Expr.Bool b && b.value()) always = true;
            out.add(new Checklist.Outcome(e.id(), e.label(), when, whenText));
        }
        return out;
    }

    private List<Checklist.Band> bands(String path, YamlNode node, int total, int line) {
        List<Checklist.Band> out = new ArrayList<>();
        Double previous = null;
        for (Entry e : entries(path, node, line, "checklist.bandsMissing", Set.of("id", "label", "min"))) {
            FieldReader f = e.fields();
            Double min = null;
            YamlNode m = f.node("min");
            if (m != null && !m.isNull()) {
                if (m.value() instanceof Number n) min = n.doubleValue();
                else problems.error(path, m.line(), m.column(), "checklist.badMin", m.scalarText());
            }
            if (min != null) {
                if (min > total) problems.error(path, f.lineOf("min"), 0, "checklist.bandAboveTotal", e.id(), fmt(min), total);
                if (previous != null && min >= previous) {
                    problems.error(path, f.lineOf("min"), 0, "checklist.bandUnreachable", e.id(), fmt(min), fmt(previous));
                }
                previous = min;
            }
            out.add(new Checklist.Band(e.id(), e.label(), min));
        }
        return out;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The plan's targets shown by the supervisor view: label, outcomes (of this checklist), min percent. */
    private List<Checklist.Target> targets(String path, YamlNode node, Set<String> outcomeIds) {
        List<Checklist.Target> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isList()) {
            problems.error(path, node.line(), node.column(), "checklist.targetsNotList");
            return out;
        }
        String known = String.join(", ", new TreeSet<>(outcomeIds));
        Set<String> fields = Set.of("label", "outcomes", "min", "strict", "source");
        for (FieldReader f : FieldReader.mappings(path, node.list(), fields, "checklist.targetNotMapping", problems)) {
            String label = f.string("label", true);
            List<String> ids = f.strings("outcomes", null);
            if (ids.isEmpty()) problems.error(path, f.line(), 0, "checklist.targetOutcomes", known);
            for (String o : ids) {
                if (!outcomeIds.contains(o)) problems.error(path, f.lineOf("outcomes"), 0, "checklist.targetUnknownOutcome", o, known);
            }
            YamlNode m = f.node("min");
            double min = -1;
            if (m != null && m.value() instanceof Number n) min = n.doubleValue();
            if (min < 0 || min > 100) {
                problems.error(path, m == null ? f.line() : m.line(), m == null ? 0 : m.column(), "checklist.targetMin",
                        m == null ? "" : m.scalarText());
            }
            boolean strict = f.bool("strict");
            out.add(new Checklist.Target(label, List.copyOf(ids), min, strict, f.string("source", false)));
        }
        return out;
    }
}
