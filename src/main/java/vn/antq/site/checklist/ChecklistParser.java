package vn.antq.site.checklist;

import vn.antq.site.content.FieldReader;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Problems;
import vn.antq.site.content.Schema;
import vn.antq.site.content.YamlNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a checklist definition (front matter + Markdown body of sections and task-list
 * items with attribute blocks) and validates it: ids, kinds, expressions (syntax, unknown
 * ids, types, division by zero), points against the declared total, reachable outcomes and
 * bands. Every problem is reported at its file line.
 */
public final class ChecklistParser {
    public static final List<String> KINDS = List.of("yes-no", "not-happened", "choice", "number", "computed");
    private static final Set<String> FIELDS = Set.of("id", "title", "summary", "version", "audience", "legal_basis", "notice", "result", "targets", "draft");
    private static final Set<String> RESULT_FIELDS = Set.of("type", "outcomes", "total", "bands");
    private static final Set<String> ATTRIBUTES = Set.of("kind", "required", "points", "na", "when", "rule", "basis", "min", "max",
            "integer", "constraint", "message");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern ITEM = Pattern.compile("^- \\[[ xX]\\] (.*)$");
    private static final Pattern SECTION = Pattern.compile("^## +(.+?)\\s*$");
    private static final Pattern ATTR_BLOCK = Pattern.compile("\\{([^{}]*)\\}\\s*$");
    private static final Pattern OPTION = Pattern.compile("^ {2,}- \\(([^)]*)\\) +(.+)$");
    private static final Pattern ATTR = Pattern.compile("\\s*(#[^\\s}]+|[a-z_]+=\"[^\"]*\"|[a-z_]+='[^']*'|[a-z_]+=[^\\s\"']+|[a-z_]+)");

    private final Problems problems;

    public ChecklistParser(Problems problems) {
        this.problems = problems;
    }

    /** Returns the checklist, or null when it has errors (all reported). */
    public Checklist parse(FrontMatter fm) {
        int errorsBefore = problems.errorCount();
        String path = fm.path();
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

        Body body = body(path, fm.body(), fm.bodyLine());
        Map<String, Checklist.Item> byId = new LinkedHashMap<>();
        for (Checklist.Section s : body.sections) for (Checklist.Item i : s.items()) byId.putIfAbsent(i.id(), i);

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
                outcomes = outcomes(path, rr.node("outcomes"), byId, result.line());
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
                type, List.copyOf(outcomes), total, List.copyOf(bands), List.copyOf(targets), body.intro,
                List.copyOf(body.sections), path);
    }

    private List<Checklist.Outcome> outcomes(String path, YamlNode node, Map<String, Checklist.Item> items, int line) {
        List<Checklist.Outcome> out = new ArrayList<>();
        if (node == null || !node.isList() || node.list().isEmpty()) {
            problems.error(path, node == null ? line : node.line(), 0, "checklist.outcomesMissing");
            return out;
        }
        Set<String> ids = new HashSet<>();
        boolean always = false;
        for (YamlNode o : node.list()) {
            if (!o.isMap()) {
                problems.error(path, o.line(), o.column(), "checklist.outcomeNotMapping");
                continue;
            }
            FieldReader f = new FieldReader(path, o.map(), o.line(), problems);
            f.rejectUnknown(Set.of("id", "label", "when"));
            String id = f.string("id", true);
            String label = f.string("label", true);
            String whenText = f.string("when", true);
            if (id != null && !ids.add(id)) problems.error(path, f.lineOf("id"), 0, "checklist.duplicateOutcome", id);
            if (always) problems.error(path, o.line(), 0, "checklist.unreachableOutcome", id);
            if (whenText == null) continue;
            Expr when = expression(path, f.lineOf("when"), 0, whenText, items, null, Expr.Type.BOOL);
            if (when instanceof Expr.Bool b && b.value()) always = true;
            out.add(new Checklist.Outcome(id, label, when, whenText));
        }
        return out;
    }

    /** The plan's targets shown by the supervisor view: label, outcomes (of this checklist), min percent. */
    private List<Checklist.Target> targets(String path, YamlNode node, Set<String> outcomeIds) {
        List<Checklist.Target> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isList()) {
            problems.error(path, node.line(), node.column(), "checklist.targetsNotList");
            return out;
        }
        for (YamlNode t : node.list()) {
            if (!t.isMap()) {
                problems.error(path, t.line(), t.column(), "checklist.targetNotMapping");
                continue;
            }
            FieldReader f = new FieldReader(path, t.map(), t.line(), problems);
            f.rejectUnknown(Set.of("label", "outcomes", "min", "strict", "source"));
            String label = f.string("label", true);
            List<String> ids = f.strings("outcomes", null);
            if (ids.isEmpty()) problems.error(path, t.line(), 0, "checklist.targetOutcomes", String.join(", ", new java.util.TreeSet<>(outcomeIds)));
            for (String o : ids) {
                if (!outcomeIds.contains(o)) {
                    problems.error(path, f.lineOf("outcomes"), 0, "checklist.targetUnknownOutcome", o, String.join(", ", new java.util.TreeSet<>(outcomeIds)));
                }
            }
            YamlNode m = f.node("min");
            double min = -1;
            if (m != null && m.value() instanceof Number n) min = n.doubleValue();
            if (min < 0 || min > 100) {
                problems.error(path, m == null ? t.line() : m.line(), m == null ? 0 : m.column(), "checklist.targetMin",
                        m == null ? "" : m.scalarText());
            }
            boolean strict = f.bool("strict");
            out.add(new Checklist.Target(label, List.copyOf(ids), min, strict, f.string("source", false)));
        }
        return out;
    }

    private List<Checklist.Band> bands(String path, YamlNode node, int total, int line) {
        List<Checklist.Band> out = new ArrayList<>();
        if (node == null || !node.isList() || node.list().isEmpty()) {
            problems.error(path, node == null ? line : node.line(), 0, "checklist.bandsMissing");
            return out;
        }
        Double previous = null;
        Set<String> ids = new HashSet<>();
        for (YamlNode b : node.list()) {
            if (!b.isMap()) {
                problems.error(path, b.line(), b.column(), "checklist.outcomeNotMapping");
                continue;
            }
            FieldReader f = new FieldReader(path, b.map(), b.line(), problems);
            f.rejectUnknown(Set.of("id", "label", "min"));
            String id = f.string("id", true);
            String label = f.string("label", true);
            if (id != null && !ids.add(id)) problems.error(path, f.lineOf("id"), 0, "checklist.duplicateOutcome", id);
            Double min = null;
            YamlNode m = f.node("min");
            if (m != null && !m.isNull()) {
                if (m.value() instanceof Number n) min = n.doubleValue();
                else problems.error(path, m.line(), m.column(), "checklist.badMin", m.scalarText());
            }
            if (min != null) {
                if (min > total) problems.error(path, f.lineOf("min"), 0, "checklist.bandAboveTotal", id, fmt(min), total);
                if (previous != null && min >= previous) {
                    problems.error(path, f.lineOf("min"), 0, "checklist.bandUnreachable", id, fmt(min), fmt(previous));
                }
                previous = min;
            }
            out.add(new Checklist.Band(id, label, min));
        }
        return out;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    // ---- body ----

    private record Body(String intro, List<Checklist.Section> sections) {}

    private static final class ItemDraft {
        String id, kind = "yes-no", text, basis, whenText, ruleText, constraintText, message;
        boolean required, na, integer;
        int points, line, whenCol, ruleCol, constraintCol;
        Double min, max;
        final List<Checklist.Option> options = new ArrayList<>();
        final StringBuilder help = new StringBuilder();
        String section;
    }

    private static final class SectionDraft {
        String id, title;
        final StringBuilder intro = new StringBuilder();
        final List<ItemDraft> items = new ArrayList<>();
    }

    private Body body(String path, String markdown, int firstLine) {
        StringBuilder intro = new StringBuilder();
        List<SectionDraft> sections = new ArrayList<>();
        SectionDraft section = null;
        ItemDraft item = null;
        Set<String> sectionIds = new HashSet<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = firstLine + i;
            Matcher sm = SECTION.matcher(line);
            Matcher im = ITEM.matcher(line);
            if (sm.matches()) {
                section = new SectionDraft();
                item = null;
                String title = sm.group(1);
                Matcher ab = ATTR_BLOCK.matcher(title);
                if (ab.find() && ab.group(1).strip().startsWith("#")) {
                    section.id = ab.group(1).strip().substring(1);
                    title = title.substring(0, ab.start()).strip();
                } else {
                    section.id = vn.antq.site.text.Folding.slug(title).replace('-', '_');
                    if (section.id.isEmpty() || !Character.isLetter(section.id.charAt(0))) section.id = "muc_" + section.id;
                }
                if (!ID.matcher(section.id).matches()) problems.error(path, lineNo, 0, "checklist.badItemId", section.id);
                if (!sectionIds.add(section.id)) problems.error(path, lineNo, 0, "checklist.duplicateId", section.id);
                section.title = title;
                sections.add(section);
            } else if (im.matches()) {
                if (section == null) {
                    problems.error(path, lineNo, 0, "checklist.itemOutsideSection");
                    continue;
                }
                item = item(path, lineNo, im.group(1));
                item.section = section.id;
                section.items.add(item);
            } else if (item != null && (line.startsWith("  ") || line.isBlank())) {
                Matcher om = OPTION.matcher(line);
                if (om.matches()) {
                    String optionId = om.group(1).strip();
                    if (!ID.matcher(optionId).matches()) problems.error(path, lineNo, 0, "checklist.badOptionId", optionId);
                    if (item.options.stream().anyMatch(o -> o.id().equals(optionId))) {
                        problems.error(path, lineNo, 0, "checklist.duplicateOption", optionId);
                    }
                    item.options.add(new Checklist.Option(optionId, om.group(2).strip()));
                } else if (line.isBlank()) {
                    // a blank line ends the help text unless indented text follows
                    int next = i + 1;
                    if (next < lines.length && lines[next].startsWith("  ") && !lines[next].isBlank()) item.help.append('\n');
                    else item = null;
                } else {
                    item.help.append(line.strip()).append('\n');
                }
            } else if (line.isBlank()) {
                if (section == null) intro.append('\n');
                else if (section.items.isEmpty()) section.intro.append('\n');
            } else if (section == null) {
                intro.append(line).append('\n');
            } else if (section.items.isEmpty()) {
                section.intro.append(line).append('\n');
            } else {
                problems.error(path, lineNo, 0, "checklist.textBetweenItems");
            }
        }

        // ids and expressions: conditions and rules may only use items above them
        Map<String, Checklist.Item> defined = new LinkedHashMap<>();
        Map<String, Integer> idLines = new HashMap<>();
        List<Checklist.Section> out = new ArrayList<>();
        for (SectionDraft s : sections) {
            List<Checklist.Item> items = new ArrayList<>();
            if (s.items.isEmpty()) problems.error(path, firstLine, 0, "checklist.emptySection", s.title);
            for (ItemDraft d : s.items) {
                if (d.id == null) continue;
                Integer first = idLines.putIfAbsent(d.id, d.line);
                if (first != null || sectionIds.contains(d.id)) {
                    problems.error(path, d.line, 0, "checklist.duplicateItem", d.id, first == null ? d.line : first);
                    continue;
                }
                checkKind(path, d);
                Expr when = d.whenText == null ? null : expression(path, d.line, d.whenCol, d.whenText, defined, d.id, Expr.Type.BOOL);
                Expr rule = d.ruleText == null ? null : expression(path, d.line, d.ruleCol, d.ruleText, defined, d.id, Expr.Type.BOOL);
                Checklist.Item parsed = item(d, when, rule, null);
                if (d.constraintText != null) {
                    // a constraint may use the item's own answer, beside the items above it
                    Map<String, Checklist.Item> withSelf = new LinkedHashMap<>(defined);
                    withSelf.put(d.id, parsed);
                    parsed = item(d, when, rule, expression(path, d.line, d.constraintCol, d.constraintText, withSelf, null, Expr.Type.BOOL));
                }
                defined.put(d.id, parsed);
                items.add(parsed);
            }
            out.add(new Checklist.Section(s.id, s.title, s.intro.toString().strip(), List.copyOf(items)));
        }
        if (sections.isEmpty()) problems.error(path, firstLine, 0, "checklist.noSections");
        return new Body(intro.toString().strip(), out);
    }

    private static Checklist.Item item(ItemDraft d, Expr when, Expr rule, Expr constraint) {
        return new Checklist.Item(d.id, d.kind, d.text, d.help.toString().strip(), d.required, d.points, d.na, when, d.whenText,
                rule, d.ruleText, d.basis, d.min, d.max, d.integer, constraint, d.constraintText, d.message,
                List.copyOf(d.options), d.section, d.line);
    }

    private void checkKind(String path, ItemDraft d) {
        if (!KINDS.contains(d.kind)) {
            problems.error(path, d.line, 0, "checklist.badKind", d.kind, String.join(", ", KINDS));
            return;
        }
        if (d.kind.equals("choice") && d.options.size() < 2) problems.error(path, d.line, 0, "checklist.choiceOptions", d.id);
        if (!d.kind.equals("choice") && !d.options.isEmpty()) problems.error(path, d.line, 0, "checklist.optionsNotChoice", d.id);
        if (d.kind.equals("computed")) {
            if (d.ruleText == null) problems.error(path, d.line, 0, "checklist.computedRule", d.id);
            if (d.na) problems.error(path, d.line, 0, "checklist.computedNa", d.id);
        } else if (d.ruleText != null) {
            problems.error(path, d.line, 0, "checklist.ruleNotComputed", d.id);
        }
        if (!d.kind.equals("number") && (d.min != null || d.max != null)) problems.error(path, d.line, 0, "checklist.minMaxNotNumber", d.id);
        if (d.min != null && d.max != null && d.min > d.max) problems.error(path, d.line, 0, "checklist.minAboveMax", d.id);
        if (d.integer && !d.kind.equals("number")) problems.error(path, d.line, 0, "checklist.integerNotNumber", d.id);
        if (d.constraintText != null && d.kind.equals("computed")) problems.error(path, d.line, 0, "checklist.constraintComputed", d.id);
        if (d.constraintText != null && (d.message == null || d.message.isBlank())) {
            problems.error(path, d.line, 0, "checklist.constraintMessage", d.id);
        }
        if (d.message != null && d.constraintText == null) problems.error(path, d.line, 0, "checklist.messageWithoutConstraint", d.id);
    }

    private ItemDraft item(String path, int lineNo, String rest) {
        ItemDraft d = new ItemDraft();
        d.line = lineNo;
        Matcher ab = ATTR_BLOCK.matcher(rest);
        if (!ab.find()) {
            problems.error(path, lineNo, 0, "checklist.itemNoId");
            d.text = rest.strip();
            return d;
        }
        d.text = rest.substring(0, ab.start()).strip();
        if (d.text.isEmpty()) problems.error(path, lineNo, 0, "checklist.itemNoText");
        String attrs = ab.group(1);
        int attrsCol = "- [ ] ".length() + ab.start(1) + 1;
        Matcher am = ATTR.matcher(attrs);
        int pos = 0;
        while (pos < attrs.length() && am.find(pos) && am.start() == pos) {
            String a = am.group(1);
            int col = attrsCol + am.start(1);
            pos = am.end();
            if (a.startsWith("#")) {
                d.id = a.substring(1);
                if (!ID.matcher(d.id).matches()) problems.error(path, lineNo, col, "checklist.badItemId", d.id);
                continue;
            }
            int eq = a.indexOf('=');
            String key = eq < 0 ? a : a.substring(0, eq);
            String value = eq < 0 ? null : a.substring(eq + 1);
            int valueCol = col + (eq < 0 ? 0 : eq + 1);
            if (value != null && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
                valueCol++;
            }
            if (!ATTRIBUTES.contains(key)) {
                problems.error(path, lineNo, col, "checklist.unknownAttribute", key, String.join(", ", new java.util.TreeSet<>(ATTRIBUTES)));
                continue;
            }
            boolean flag = key.equals("required") || key.equals("na") || key.equals("integer");
            if (flag != (value == null)) {
                problems.error(path, lineNo, col, flag ? "checklist.flagWithValue" : "checklist.attributeNeedsValue", key);
                continue;
            }
            switch (key) {
                case "kind" -> d.kind = value;
                case "required" -> d.required = true;
                case "na" -> d.na = true;
                case "integer" -> d.integer = true;
                case "message" -> d.message = value;
                case "constraint" -> { d.constraintText = value; d.constraintCol = valueCol; }
                case "basis" -> d.basis = value;
                case "when" -> { d.whenText = value; d.whenCol = valueCol; }
                case "rule" -> { d.ruleText = value; d.ruleCol = valueCol; }
                case "points" -> {
                    if (value.matches("\\d{1,4}")) d.points = Integer.parseInt(value);
                    else problems.error(path, lineNo, valueCol, "checklist.badPoints", value);
                }
                case "min", "max" -> {
                    try {
                        double v = Double.parseDouble(value);
                        if (key.equals("min")) d.min = v; else d.max = v;
                    } catch (NumberFormatException e) {
                        problems.error(path, lineNo, valueCol, "checklist.badNumberAttr", key, value);
                    }
                }
                default -> throw new IllegalStateException(key);
            }
        }
        if (!attrs.substring(pos).isBlank()) {
            problems.error(path, lineNo, attrsCol + pos, "checklist.badAttributes", attrs.substring(pos).strip());
        }
        if (d.id == null) problems.error(path, lineNo, 0, "checklist.itemNoId");
        return d;
    }

    // ---- expressions ----

    /**
     * Parses and checks an expression: known ids (defined above {@code self} when given),
     * types, constant division by zero.
     */
    private Expr expression(String path, int line, int col, String text, Map<String, Checklist.Item> known, String self,
                            Expr.Type expected) {
        Expr e;
        try {
            e = ExpressionParser.parse(text);
        } catch (ExpressionParser.SyntaxError err) {
            Object[] args = new Object[err.args.length + 1];
            args[0] = text;
            System.arraycopy(err.args, 0, args, 1, err.args.length);
            problems.error(path, line, col == 0 ? 0 : col + err.column - 1, err.key, args);
            return null;
        }
        Expr.Type t = new TypeChecker(path, line, col, text, known, self).type(e);
        if (t != null && t != expected) {
            problems.error(path, line, col, "checklist.expr.notCondition", text);
        }
        return e;
    }

    /** Infers expression types and reports what cannot be evaluated. */
    private final class TypeChecker {
        private final String path, text, self;
        private final int line, col;
        private final Map<String, Checklist.Item> known;

        TypeChecker(String path, int line, int col, String text, Map<String, Checklist.Item> known, String self) {
            this.path = path; this.line = line; this.col = col; this.text = text; this.known = known; this.self = self;
        }

        private int at(Expr e) {
            return col == 0 ? 0 : col + e.column() - 1;
        }

        Expr.Type type(Expr e) {
            if (e instanceof Expr.Num) return Expr.Type.NUM;
            if (e instanceof Expr.Str) return Expr.Type.STR;
            if (e instanceof Expr.Bool) return Expr.Type.BOOL;
            if (e instanceof Expr.Ref ref) {
                Checklist.Item item = item(ref.id(), ref);
                return item == null ? null : itemType(item);
            }
            if (e instanceof Expr.Call call) return call(call);
            if (e instanceof Expr.Unary u) {
                Expr.Type t = type(u.operand());
                Expr.Type want = u.op().equals("not") ? Expr.Type.BOOL : Expr.Type.NUM;
                if (t != null && t != want) problems.error(path, line, at(u), "checklist.expr.type", text, u.op());
                return want;
            }
            Expr.Binary b = (Expr.Binary) e;
            Expr.Type l = type(b.left());
            Expr.Type r = type(b.right());
            switch (b.op()) {
                case "and", "or" -> {
                    if ((l != null && l != Expr.Type.BOOL) || (r != null && r != Expr.Type.BOOL)) {
                        problems.error(path, line, at(b), "checklist.expr.type", text, b.op());
                    }
                    return Expr.Type.BOOL;
                }
                case "==", "!=" -> {
                    if (l != null && r != null && l != r) problems.error(path, line, at(b), "checklist.expr.type", text, b.op());
                    checkOption(b.left(), b.right());
                    checkOption(b.right(), b.left());
                    return Expr.Type.BOOL;
                }
                case "<", "<=", ">", ">=" -> {
                    if ((l != null && l != Expr.Type.NUM) || (r != null && r != Expr.Type.NUM)) {
                        problems.error(path, line, at(b), "checklist.expr.type", text, b.op());
                    }
                    return Expr.Type.BOOL;
                }
                default -> {
                    if ((l != null && l != Expr.Type.NUM) || (r != null && r != Expr.Type.NUM)) {
                        problems.error(path, line, at(b), "checklist.expr.type", text, b.op());
                    }
                    if (b.op().equals("/") && b.right() instanceof Expr.Num n && n.value() == 0) {
                        problems.error(path, line, at(b), "checklist.expr.divisionByZero", text);
                    }
                    return Expr.Type.NUM;
                }
            }
        }

        /** 'option' compared with a choice item must be one of its options. */
        private void checkOption(Expr ref, Expr literal) {
            if (ref instanceof Expr.Ref r && literal instanceof Expr.Str s) {
                Checklist.Item item = known.get(r.id());
                if (item != null && item.kind().equals("choice") && item.options().stream().noneMatch(o -> o.id().equals(s.value()))) {
                    problems.error(path, line, at(s), "checklist.expr.unknownOption", text, s.value(), r.id(),
                            String.join(", ", item.options().stream().map(Checklist.Option::id).toList()));
                }
            }
        }

        private Checklist.Item item(String id, Expr at) {
            Checklist.Item item = known.get(id);
            if (item == null) {
                String key = id.equals(self) ? "checklist.expr.selfReference" : "checklist.expr.unknownId";
                problems.error(path, line, at(at), key, text, id, String.join(", ", known.keySet()));
            }
            return item;
        }

        private Expr.Type call(Expr.Call c) {
            switch (c.function()) {
                case "all_met" -> { arity(c, 0); return Expr.Type.BOOL; }
                case "score", "count_met" -> { arity(c, 0); return Expr.Type.NUM; }
                case "answered", "is_na" -> {
                    arity(c, 1);
                    for (String a : c.args()) item(a, c);
                    return Expr.Type.BOOL;
                }
                default -> {
                    problems.error(path, line, at(c), "checklist.expr.unknownFunction", text, c.function());
                    return null;
                }
            }
        }

        private void arity(Expr.Call c, int n) {
            if (c.args().size() != n) problems.error(path, line, at(c), "checklist.expr.arity", text, c.function(), n);
        }
    }

    static Expr.Type itemType(Checklist.Item item) {
        return switch (item.kind()) {
            case "number" -> Expr.Type.NUM;
            case "choice" -> Expr.Type.STR;
            default -> Expr.Type.BOOL;
        };
    }
}
