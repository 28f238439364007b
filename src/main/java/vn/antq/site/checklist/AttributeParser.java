package vn.antq.site.checklist;

import vn.antq.site.content.Problems;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an item's line after its check box: the text, then the attribute block at its end
 * ({@code {#id kind=number required when="..."}}): an id, flags, and values bare or quoted,
 * each problem at its column.
 */
final class AttributeParser {
    /** An attribute block closing a line: an item's, or a section heading's ({@code {#id}}). */
    static final Pattern BLOCK = Pattern.compile("\\{([^{}]*)\\}\\s*$");
    private static final Pattern ATTR = Pattern.compile("\\s*(#[^\\s}]+|[a-z_]+=\"[^\"]*\"|[a-z_]+='[^']*'|[a-z_]+=[^\\s\"']+|[a-z_]+)");
    private static final Set<String> ATTRIBUTES = Set.of("kind", "required", "points", "na", "when", "rule", "basis", "min", "max",
            "integer", "constraint", "message");
    private static final Set<String> FLAGS = Set.of("required", "na", "integer");

    private final String path;
    private final Problems problems;

    AttributeParser(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /** The item of line {@code lineNo}, {@code rest} being what follows {@code "- [ ] "}. */
    ItemDraft item(int lineNo, String rest) {
        ItemDraft d = new ItemDraft();
        d.line = lineNo;
        Matcher ab = BLOCK.matcher(rest);
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
                if (!BodyReader.ID.matcher(d.id).matches()) problems.error(path, lineNo, col, "checklist.badItemId", d.id);
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
                problems.error(path, lineNo, col, "checklist.unknownAttribute", key, String.join(", ", new TreeSet<>(ATTRIBUTES)));
                continue;
            }
            boolean flag = FLAGS.contains(key);
            if (flag != (value == null)) {
                problems.error(path, lineNo, col, flag ? "checklist.flagWithValue" : "checklist.attributeNeedsValue", key);
                continue;
            }
            set(d, key, value, lineNo, valueCol);
        }
        if (!attrs.substring(pos).isBlank()) {
            problems.error(path, lineNo, attrsCol + pos, "checklist.badAttributes", attrs.substring(pos).strip());
        }
        if (d.id == null) problems.error(path, lineNo, 0, "checklist.itemNoId");
        return d;
    }

    /** One known attribute; {@code value} is null for a flag. */
    private void set(ItemDraft d, String key, String value, int lineNo, int valueCol) {
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
}
